// Writes Model JSON entries whose strings, keys and arrays take every width from 1 to 130
// columns, in plain ASCII and in text mixing wide, zero-width and emoji characters, so that
// every line-breaking decision of the printer meets prettier on both sides of its limit,
// whatever printWidth, tabWidth or indentation a configuration sets.
// Usage: node sweep_entries.mjs OUTDIR
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const { getStringWidth } = createRequire(import.meta.url)("prettier").util;
const out = process.argv[2];
fs.mkdirSync(out, { recursive: true });

// Text of exactly `width` columns from a repeating pattern of units (each a string).
function text(width, units) {
  let s = "";
  for (let i = 0; getStringWidth(s) < width; i++) {
    const unit = units[i % units.length];
    s += getStringWidth(s + unit) <= width ? unit : "a";
  }
  return s;
}
const patterns = {
  ascii: ["x"],
  wide: ["a", "日", "b", "✅", "é", "🚀", "e\u0301", "⭐", "한"],
  emoji: ["👍🏽", "-", "1️⃣", "🇺🇸", "©", "👨‍👩‍👧", "☝"],
};
const widths = [...Array(130)].map((_, i) => i + 1);

function write(model) {
  fs.writeFileSync(path.join(out, model.id + ".json"), JSON.stringify(model, null, 2));
}

for (const [name, units] of Object.entries(patterns)) {
  // Module keys (bare or quoted) before `: {`, parents, and definitions arrays.
  const modules = { R: { count: 1, type: "block" } };
  for (const width of widths) {
    const key = (name === "ascii" ? "k" : "") + text(width, units);
    modules[key] = { count: width, parent: "R", type: "layer", definitions: [] };
    modules["p" + width] = { count: 1, parent: key, type: "layer",
                             definitions: [text(width, units)] };
    modules["q" + width] = { count: 1, parent: "R", type: "block",
                             definitions: [text(width / 2, units), text(width / 2, units)] };
  }
  write({ id: `sweep-${name}-modules`, name: "Sweep", modules });
  // id, name and description of every width (keys of 2, 4 and 11 columns).
  for (const width of widths) {
    write({ id: `sweep-${name}-${width}`, name: text(width, units),
            description: text(width, units), modules: {} });
  }
}
