const other = { id: "x" }
const models = [
  other,
  {
    id: "a",
    name: "A",
    modules: {
      R: {
        count: 1,
        type: "block",
      },
    },
  },
  ...more,
  {
    id: "tiny",
    name: "Tiny",
    modules: {
      Root: {
        count: 1,
        type: "block",
      },
      leaf: {
        count: 2,
        parent: "Root",
        type: "layer",
        definitions: ["rmsnorm_h64"],
      },
    },
  },
]
