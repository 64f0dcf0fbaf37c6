#!/usr/bin/env node
// Writes the inputs of one input shape at size N for bench/scaling.sh (plain Node, no packages):
//
//   UPSTREAM=models.ts CONFIGS=dir [NORMAL=file.ts] node bench/shapes.mjs SHAPE N OUT_DIR
//
// UPSTREAM is the real models.ts, CONFIGS a directory of config.json files, NORMAL a
// prettier-laid-out file of N models (../shared/peer/gen-big.mjs makes it: it needs prettier).
// Every shape writes into OUT_DIR what scaling.sh runs its commands on:
//   target.ts           the models.ts every command reads (a copy is edited)
//   entry.json          the entry `upsert` writes: it replaces the model `remove-id` names
//   remove-id           the id `remove` removes
//   manifest-few.json   a refresh of 1 % of the models (at least one), from the configs in turn
//   manifest-all.json   a refresh of every model the configs can stand for
//   dry-run.json        the entry of the shape's large change, for `upsert --dry-run`
//                       (normal and oneline use `refresh --dry-run` of manifest-all instead)
//   base.ts             (wide) the file dry-run.json is appended to
//   config.json         (config) a config.json with N extra keys, for `generate`
// The shapes:
//   normal   NORMAL as it is
//   oneline  NORMAL with the whole array on one line
//   deep     UPSTREAM plus a model whose N modules each parent the next; dry-run.json changes
//            every module's count (a change of N lines spread over one element)
//   wide     UPSTREAM plus a model of N modules, all children of its root; dry-run.json appends
//            it to UPSTREAM (base.ts): an insertion of 6N lines
//   config   UPSTREAM, and a config.json of N extra keys
import fs from "node:fs"
import path from "node:path"

const [shape, nArg, out] = process.argv.slice(2)
const n = Number(nArg)
const { UPSTREAM, CONFIGS, NORMAL } = process.env
if (!shape || !Number.isInteger(n) || n < 1 || !out || !UPSTREAM || !CONFIGS) {
  console.error("usage: UPSTREAM=models.ts CONFIGS=dir [NORMAL=file.ts] node bench/shapes.mjs SHAPE N OUT_DIR")
  process.exit(2)
}
fs.mkdirSync(out, { recursive: true })
const write = (name, text) => fs.writeFileSync(path.join(out, name), text)
const pad = (i) => String(i).padStart(String(n).length, "0")
const configs = fs
  .readdirSync(CONFIGS)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => path.resolve(CONFIGS, f))

// A model as prettier prints it inside the array (printWidth 100, trailing commas).
function printModel(model) {
  const lines = ["  {", `    id: ${JSON.stringify(model.id)},`, `    name: ${JSON.stringify(model.name)},`]
  if (model.description) lines.push(`    description: ${JSON.stringify(model.description)},`)
  lines.push("    modules: {")
  for (const [key, module] of Object.entries(model.modules)) {
    lines.push(`      ${key}: {`, `        count: ${module.count},`)
    if (module.parent) lines.push(`        parent: ${JSON.stringify(module.parent)},`)
    lines.push(`        type: ${JSON.stringify(module.type)},`)
    if (module.definitions) {
      lines.push(`        definitions: [${module.definitions.map((d) => JSON.stringify(d)).join(", ")}],`)
    }
    lines.push("      },")
  }
  lines.push("    },", "  },")
  return lines.join("\n") + "\n"
}

// `text` (a prettier-laid-out models.ts) with `extra` printed before the array's closing `]`.
function withModel(text, extra) {
  const close = text.lastIndexOf("\n] satisfies")
  if (close < 0) throw new Error("no '] satisfies' line in the models file")
  return text.slice(0, close + 1) + printModel(extra) + text.slice(close + 1)
}

// The array's lines joined with spaces (line comments become block comments, which end where
// the line did).
function oneLine(text) {
  const open = text.indexOf("[\n") + 1
  const close = text.lastIndexOf("\n] satisfies")
  const body = text
    .slice(open, close)
    .split("\n")
    .map((line) => line.trim().replace(/^\/\/(.*)$/, "/*$1 */"))
    .filter((line) => line !== "")
    .join(" ")
  return text.slice(0, open) + " " + body + text.slice(close)
}

const idsOf = (text) => [...text.matchAll(/^ {4}id: "([^"]+)",$/gm)].map((m) => m[1])

function chain(count) {
  const modules = { m0: { count: 1, type: "block" } }
  for (let i = 1; i < n; i++) {
    modules[`m${i}`] = { count, parent: `m${i - 1}`, type: "layer", definitions: ["rmsnorm_h4096"] }
  }
  return modules
}

function flat() {
  const modules = { Root: { count: 1, type: "block" } }
  for (let i = 1; i < n; i++) {
    modules[`layer_${pad(i)}`] = { count: 1, parent: "Root", type: "layer", definitions: [`gemm_n${i}_k4096`] }
  }
  return modules
}

// A small valid entry with the given id (what `upsert` writes over a big model).
const smallEntry = (id) => ({
  id,
  name: "Changed",
  description: "Changed by the benchmark.",
  modules: { Root: { count: 1, type: "block" }, layer: { count: 2, parent: "Root", type: "layer" } },
})

function manifests(ids) {
  const entry = (id, i) => ({ id, config: configs[i % configs.length] })
  const few = ids.filter((_, i) => i % 100 === 50 % ids.length)
  write("manifest-few.json", JSON.stringify({ output: "target.ts", models: few.map(entry) }))
  write("manifest-all.json", JSON.stringify({ output: "target.ts", models: ids.map(entry) }))
}

const upstream = fs.readFileSync(UPSTREAM, "utf8")
let target
if (shape === "normal" || shape === "oneline") {
  const normal = fs.readFileSync(NORMAL, "utf8")
  target = shape === "normal" ? normal : oneLine(normal)
  const ids = idsOf(normal)
  const middle = ids[Math.floor(ids.length / 2)]
  write("entry.json", JSON.stringify(smallEntry(middle)))
  write("remove-id", middle)
  manifests(ids)
} else if (shape === "deep") {
  const model = { id: "deep", name: "Deep", description: "A chain of modules.", modules: chain(1) }
  target = withModel(upstream, model)
  write("entry.json", JSON.stringify({ ...model, description: "Changed by the benchmark." }))
  write("dry-run.json", JSON.stringify({ ...model, modules: chain(2) }))
  write("remove-id", "deep")
  manifests(idsOf(upstream))
} else if (shape === "wide") {
  const model = { id: "wide", name: "Wide", description: "Many modules.", modules: flat() }
  target = withModel(upstream, model)
  write("entry.json", JSON.stringify({ ...model, description: "Changed by the benchmark." }))
  write("dry-run.json", JSON.stringify(model))
  write("base.ts", upstream)
  write("remove-id", "wide")
  manifests(idsOf(upstream))
} else if (shape === "config") {
  const config = JSON.parse(fs.readFileSync(path.join(CONFIGS, "llama-3.1-8b.json"), "utf8"))
  for (let i = 0; i < n; i++) config[`extra_field_${pad(i)}`] = i % 2 ? [i, `value ${i}`] : { nested: i }
  write("config.json", JSON.stringify(config, null, 2) + "\n")
  target = upstream
} else {
  console.error(`shapes: unknown shape '${shape}'`)
  process.exit(2)
}
write("target.ts", target)
