import type { Model } from "@/lib/schemas"

const models: Model[] = [] satisfies Model[]

export default models
