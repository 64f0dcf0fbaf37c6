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
]
