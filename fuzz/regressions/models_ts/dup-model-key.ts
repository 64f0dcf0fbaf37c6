import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id: "a", name: "A", name: "B", modules: {} },
];
