import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { ["id"]: "x", name: "M", modules: {} },
];
