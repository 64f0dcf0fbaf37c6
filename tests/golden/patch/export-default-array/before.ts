import type { Model } from "@/lib/schemas"

export default [
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
