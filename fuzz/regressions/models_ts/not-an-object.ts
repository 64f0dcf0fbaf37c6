import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  42,
  "x",
];
