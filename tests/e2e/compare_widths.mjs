// Sets fib-modelgen's display widths (fib_width_probe) beside prettier's getStringWidth: every
// code point alone, and emoji sequences (every RGI sequence of a pictograph with U+FE0F or a
// skin tone, keycaps, flags, tag flags, common ZWJ sequences), and mixed text.
// Usage: node compare_widths.mjs PROBE. Differences are allowed only for code points that
// Unicode 15 (utf8proc 2.8) leaves unassigned and prettier's Unicode 17 tables assign.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const prettier = createRequire(import.meta.url)("prettier");
const probe = process.argv[2];
const hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16)).join(" ");

const texts = [];
for (let cp = 0; cp <= 0x10ffff; ++cp) {
  if (cp < 0xd800 || cp > 0xdfff) texts.push(String.fromCodePoint(cp));
}
const rgi = /^\p{RGI_Emoji}$/v;
const pictographic = /^\p{Extended_Pictographic}$/u;
const tones = [0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff].map((cp) => String.fromCodePoint(cp));
const sequences = new Set();
for (let cp = 0xa9; cp <= 0x1faff; ++cp) {
  const base = String.fromCodePoint(cp);
  if (!pictographic.test(base)) continue;
  for (const candidate of [base + "\uFE0F", ...tones.map((tone) => base + tone)]) {
    if (rgi.test(candidate)) sequences.add(candidate);
  }
}
for (const key of "0123456789#*") sequences.add(key + "\uFE0F\u20E3").add(key + "\u20E3");
const indicators = [...Array(26)].map((_, i) => String.fromCodePoint(0x1f1e6 + i));
for (const a of indicators) for (const b of indicators) sequences.add(a + b);
for (const region of ["gbeng", "gbsct", "gbwls"]) {
  const tags = [...region].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
  sequences.add("\u{1F3F4}" + tags + "\u{E007F}");
}
const people = ["\u{1F468}", "\u{1F469}", "\u{1F9D1}"];
const objects = ["\u{1F4BB}", "\u{1F52C}", "\u{1F680}", "\u{1F692}", "\u2695\uFE0F", "\u2696\uFE0F",
                 "\u2708\uFE0F", "\u{1F33E}", "\u{1F373}", "\u{1F393}", "\u{1F3A8}", "\u{1F527}"];
for (const person of people) {
  for (const tone of ["", ...tones]) {
    for (const object of objects) {
      const candidate = person + tone + "\u200D" + object;
      if (rgi.test(candidate)) sequences.add(candidate);
    }
  }
}
for (const zwj of ["👨‍👩‍👧", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🏳️‍⚧️", "🏴‍☠️", "❤️‍🔥", "🐻‍❄️", "👁️‍🗨️", "🧑‍🤝‍🧑", "👩‍❤️‍👨"]) {
  sequences.add(zwj);
}
for (const mixed of ["abc✅def", "日本語 ✅ é", "e\u0301\u0302x", "ok 👍🏽 ok", "Привет мир", "x\u200By"]) {
  sequences.add(mixed);
}
texts.push(...sequences);

const output = execFileSync(probe, { input: texts.map(hex).join("\n") + "\n",
                                     maxBuffer: 1 << 26 }).toString().trimEnd().split("\n");
let same = 0, newer = 0;
const wrong = [];
texts.forEach((text, i) => {
  const [ours, unassigned] = output[i].split(" ").map(Number);
  const theirs = prettier.util.getStringWidth(text);
  if (ours === theirs) same++;
  else if (unassigned) newer++;
  else wrong.push(`${hex(text)}: fib-modelgen ${ours}, prettier ${theirs}`);
});
console.log(`widths: ${same} of ${texts.length} texts (${sequences.size} sequences) as prettier ` +
            `${prettier.version} measures them; ${newer} differ where Unicode 15 assigns nothing`);
if (wrong.length) {
  console.log(`FAIL: ${wrong.length} widths differ:\n${wrong.slice(0, 30).join("\n")}`);
  process.exit(1);
}
