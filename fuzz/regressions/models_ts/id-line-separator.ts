import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  {
    id: "a b",
    name: "M",
    modules: {
      R: { count: 1, type: "block" },
    },
  },
];
