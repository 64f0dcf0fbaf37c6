import type { Model } from "@/lib/schemas"

const models: Model[] = [
  // models go here
]

export default models
