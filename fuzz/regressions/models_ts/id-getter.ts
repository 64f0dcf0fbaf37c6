import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { get id() { return "x"; }, name: "M", modules: {} },
];
