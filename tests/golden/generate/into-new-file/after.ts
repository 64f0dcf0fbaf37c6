import type { Model } from "@/lib/schemas";

const models: Model[] = [
  // fib-modelgen: generated from fixtures/configs/qwen3-8b.json (tp=1, ep=1, ps=1)
  {
    id: "qwen3-8b",
    name: "Qwen3 8B",
    description:
      "Qwen3ForCausalLM: 36 decoder layers, GQA attention (32 heads, 8 KV heads, head_dim 128), gated MLP (12288). Kernel shapes for TP=1, EP=1, page size 1.",
    modules: {
      Qwen3ForCausalLM: {
        count: 1,
        type: "block",
        definitions: [],
      },
      Qwen3Model: {
        count: 1,
        parent: "Qwen3ForCausalLM",
        type: "block",
        definitions: [],
      },
      embed_tokens: {
        count: 1,
        parent: "Qwen3Model",
        type: "layer",
        definitions: [],
      },
      layers: {
        count: 36,
        parent: "Qwen3Model",
        type: "block",
        definitions: [],
      },
      Qwen3DecoderLayer: {
        count: 36,
        parent: "layers",
        type: "block",
        definitions: [],
      },
      input_layernorm: {
        count: 36,
        parent: "Qwen3DecoderLayer",
        type: "layer",
        definitions: ["rmsnorm_h4096", "fused_add_rmsnorm_h4096"],
      },
      self_attn: {
        count: 36,
        parent: "Qwen3DecoderLayer",
        type: "block",
        definitions: [],
      },
      qkv_proj: {
        count: 36,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n6144_k4096"],
      },
      q_norm: {
        count: 36,
        parent: "self_attn",
        type: "layer",
        definitions: ["rmsnorm_h128"],
      },
      k_norm: {
        count: 36,
        parent: "self_attn",
        type: "layer",
        definitions: ["rmsnorm_h128"],
      },
      rotary_emb: {
        count: 36,
        parent: "self_attn",
        type: "layer",
        definitions: [],
      },
      attn: {
        count: 36,
        parent: "self_attn",
        type: "layer",
        definitions: [
          "gqa_paged_prefill_causal_h32_kv8_d128_ps1",
          "gqa_paged_decode_h32_kv8_d128_ps1",
          "gqa_ragged_prefill_causal_h32_kv8_d128",
        ],
      },
      o_proj: {
        count: 36,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n4096_k4096"],
      },
      post_attention_layernorm: {
        count: 36,
        parent: "Qwen3DecoderLayer",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h4096"],
      },
      mlp: {
        count: 36,
        parent: "Qwen3DecoderLayer",
        type: "block",
        definitions: [],
      },
      gate_up_proj: {
        count: 36,
        parent: "mlp",
        type: "layer",
        definitions: ["gemm_n24576_k4096"],
      },
      act_fn: {
        count: 36,
        parent: "mlp",
        type: "layer",
        definitions: [],
      },
      down_proj: {
        count: 36,
        parent: "mlp",
        type: "layer",
        definitions: ["gemm_n4096_k12288"],
      },
      norm: {
        count: 1,
        parent: "Qwen3Model",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h4096"],
      },
      lm_head: {
        count: 1,
        parent: "Qwen3ForCausalLM",
        type: "layer",
        definitions: [],
      },
    },
  },
] satisfies Model[];

export default models;
