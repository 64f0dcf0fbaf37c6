import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id: "a", name: "A", modules: { R: { count: Infinity, type: "block" }, S: { count: NaN, type: "layer" }, T: { count: 1e400, type: "layer" } } },
];
