import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id: "a", name: "A", modules: { R: { count: 18446744073709551615, type: "block" } } },
];
