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
  // Hand note about tiny.
  // fib-modelgen: generated from configs/tiny.json (tp=1, ep=1, ps=1)
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
] satisfies Model[]

export default models
