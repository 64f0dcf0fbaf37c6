import type { Model } from "@/lib/schemas"

const models: Model[] = [
  {
    id: "a",
    name: "A",
    modules: {
      R: {
        count: 1,
        type: "block",
      },
    },
  },
] satisfies Model[]

export default models
