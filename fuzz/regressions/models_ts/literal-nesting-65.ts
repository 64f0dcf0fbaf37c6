import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id: "a", name: "A", modules: { R: { count: 1, type: "layer", definitions: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] } } },
];
