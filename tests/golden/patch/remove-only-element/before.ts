import type { Model } from "@/lib/schemas"

const models: Model[] = [
  {
    id: "tiny",
    name: "Old Tiny",
    modules: {
      R: {
        count: 1,
        type: "block",
      },
    },
  },
] satisfies Model[]

export default models
