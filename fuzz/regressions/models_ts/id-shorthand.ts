import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id, name: "M", modules: {} },
];
