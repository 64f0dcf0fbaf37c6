export const models = [
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
export default [
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
