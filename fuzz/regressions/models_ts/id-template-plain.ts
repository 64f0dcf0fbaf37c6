import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  {
    id: `plain`,
    name: "M",
    modules: {
      R: { count: 1, type: "block" },
    },
  },
];
