import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  {
    id: "fuzz-entry",
    name: "M",
    modules: {
      R: { count: 1, type: "block" },
    },
  },
  {
    id: "other",
    name: "M",
    modules: {
      R: { count: 1, type: "block" },
    },
  },
];
