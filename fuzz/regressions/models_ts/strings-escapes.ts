import type { Model } from "@/lib/schemas";

export const models: Model[] = [
  { id: "a", name: "tab\there \"q\" \\ \u{1F680} \x41 \0 ✅", description: 'single \' quote', modules: { "key with space": { count: 1, type: "block" }, 1: { count: 2, parent: "key with space", type: "layer", definitions: [] } } },
];
