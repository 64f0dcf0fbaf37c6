import type { Model } from "@/lib/schemas"

const models = loadModels()
