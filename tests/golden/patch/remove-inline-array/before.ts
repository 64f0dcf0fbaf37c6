const models = [{ id: "a", name: "A", modules: {} }, { id: "tiny", name: "T", modules: {} }, { id: "b", name: "B", modules: {} }]
