import type { Model } from "@/lib/schemas"

const models: Model[] = [
  {
    id: "tiny-moe",
    name: "Tiny MoE 1B",
    description: "Four layers, one of them dense.",
    modules: {
      TinyForCausalLM: { count: 1, type: "block", definitions: [] },
      TinyDecoderLayer: { count: 4, parent: "TinyForCausalLM", type: "block", definitions: [] },
      attn: {
        count: 4,
        parent: "TinyDecoderLayer",
        type: "layer",
        definitions: [
          "gqa_paged_decode_h8_kv2_d128_ps1",
          "gqa_paged_decode_h8_kv2_d128_ps64",
          "gqa_ragged_prefill_causal_h8_kv2_d128",
        ],
      },
      mlp_dense: { count: 1, parent: "TinyDecoderLayer", type: "block", definitions: [] },
      act_fn: { count: 1, parent: "mlp_dense", type: "layer", definitions: [] },
      moe: { count: 3, parent: "TinyDecoderLayer", type: "block", definitions: [] },
      moe_gate: { count: 3, parent: "moe", type: "layer", definitions: ["gemm_n8_k1024"] },
      moe_experts: {
        count: 3,
        parent: "moe",
        type: "layer",
        definitions: ["moe_fp8_block_scale_renorm_topk2_e8_h1024_i512"],
      },
      TinyModel: { count: 1, parent: "TinyForCausalLM", type: "block" },
      norm: {
        count: 1,
        parent: "TinyModel",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h1024", "rmsnorm_h1024"],
      },
    },
  },
  {
    id: "same",
    name: "Same",
    modules: { SameForCausalLM: { count: 1, type: "block" } },
  },
  {
    id: "new-one",
    name: "New One",
    modules: {
      NewForCausalLM: { count: 1, type: "block" },
      norm: { count: 1, parent: "NewForCausalLM", type: "layer", definitions: ["rmsnorm_h512"] },
    },
  },
]

export default models
