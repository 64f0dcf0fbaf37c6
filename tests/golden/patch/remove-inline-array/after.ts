const models = [{ id: "a", name: "A", modules: {} }, { id: "b", name: "B", modules: {} }]
