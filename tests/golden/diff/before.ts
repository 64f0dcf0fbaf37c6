import type { Model } from "@/lib/schemas"

const models: Model[] = [
  {
    id: "tiny-moe",
    name: "Tiny MoE",
    description: "Four layers.",
    modules: {
      TinyForCausalLM: { count: 1, type: "block", definitions: [] },
      TinyDecoderLayer: { count: 4, parent: "TinyForCausalLM", type: "block", definitions: [] },
      attn: {
        count: 4,
        parent: "TinyDecoderLayer",
        type: "layer",
        definitions: ["gqa_paged_decode_h8_kv2_d128_ps1", "gqa_ragged_prefill_causal_h8_kv2_d128"],
      },
      rotary_emb: {
        count: 4,
        parent: "TinyDecoderLayer",
        type: "layer",
        definitions: ["rope_with_cos_sin_cache_neox_style_d128_rd128"],
      },
      mlp_dense: { count: 3, parent: "TinyDecoderLayer", type: "block", definitions: [] },
      moe: { count: 1, parent: "TinyDecoderLayer", type: "block", definitions: [] },
      moe_experts: {
        count: 1,
        parent: "moe",
        type: "layer",
        definitions: ["moe_fp8_block_scale_renorm_topk2_e8_h1024_i512"],
      },
      act_fn: { count: 3, parent: "mlp_dense", type: "block", definitions: [] },
      norm: {
        count: 1,
        parent: "TinyForCausalLM",
        type: "layer",
        definitions: ["rmsnorm_h1024", "fused_add_rmsnorm_h1024"],
      },
    },
  },
  {
    id: "gone",
    name: "Gone",
    modules: {
      GoneForCausalLM: { count: 1, type: "block" },
      lm_head: { count: 1, parent: "GoneForCausalLM", type: "layer", definitions: [] },
    },
  },
  {
    id: "same",
    name: "Same",
    modules: { SameForCausalLM: { count: 1, type: "block" } },
  },
]

export default models
