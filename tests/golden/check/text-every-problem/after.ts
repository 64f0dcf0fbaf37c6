const models = [
  {
    id: "m",
    name: "M",
    modules: {
      Root: { count: 1, type: "block" },
      a: { count: 0, parent: "Root", type: "leaf", defintions: [] },
      a: { count: 1, parent: "Ghost", type: "layer", definitions: ["x", 3] },
      b: { count: 1.5, parent: "c", type: "layer" },
      c: { count: 1, parent: "b", type: "layer" },
    },
  },
  {
    id: "m",
    modules: {},
  },
  "not a model",
  {
    id: "z",
    name: "Z",
    modules: { r: { count: 1, type: "block", definitions: [someVariable] } },
  },
  {
    id: "percent",
    name: "P",
    modules: { "50%,off": { count: 0, type: "block" } },
  },
]
