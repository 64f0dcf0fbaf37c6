import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { ...base, name: "M", modules: {} },
];
