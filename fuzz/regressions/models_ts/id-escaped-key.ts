import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { \u0069d: "x", name: "M", modules: {} },
];
