const models = ([
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
] satisfies Model[])
