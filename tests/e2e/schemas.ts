// A copy of the shape of the web app's Model schema (web/apps/web/lib/schemas), written for
// the end-to-end type-check.
import { z } from "zod"

export const ModuleSchema = z.object({
  count: z.number().int().positive(),
  parent: z.string().optional(),
  type: z.enum(["block", "layer"]),
  definitions: z.array(z.string()).optional(),
})

export const ModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  modules: z.record(z.string(), ModuleSchema),
})

export type Model = z.infer<typeof ModelSchema>
