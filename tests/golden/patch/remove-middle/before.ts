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
  // about tiny
  {
    id: "tiny",
    name: "Old Tiny",
    modules: {
      R: {
        count: 1,
        type: "block",
      },
    },
  }, // trailing note
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
