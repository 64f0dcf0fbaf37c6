const models = [
  {
    id: "a",
    name: "A",
    modules: {},
  }]
