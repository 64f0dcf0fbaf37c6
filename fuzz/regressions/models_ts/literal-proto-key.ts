import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id: "a", name: "A", modules: { __proto__: { count: 1, type: "block" }, constructor: { count: 1, type: "layer" } } },
];
