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
  {
    id: "b",
    name: "B",
    modules: {
      R: {
        count: 1,
        type: "block",
      },
    },
  },
]

export default models
