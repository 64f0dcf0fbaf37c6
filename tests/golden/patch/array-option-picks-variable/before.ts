const models = [
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
]
const drafts = [
  {
    id: "b",
    name: "B",
    modules: {
      R: {
        count: 1,
        type: "block",
      },
    },
  },
]
