import type { Model } from "@/lib/schemas"

const models: Model[] = [
  {
    id: "a",
    name: "A"
    modules: {},
  },
]

export default models
