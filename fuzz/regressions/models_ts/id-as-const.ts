import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  {
    id: "x" as const,
    name: "M",
    modules: {
      R: { count: 1, type: "block" },
    },
  },
];
