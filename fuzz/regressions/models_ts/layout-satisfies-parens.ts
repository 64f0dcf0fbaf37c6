export const models = ([
  {
    id: "a",
    name: "M",
    modules: {
      R: { count: 1, type: "block" },
    },
  },
] satisfies Model[]);
