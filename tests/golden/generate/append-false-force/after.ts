import type { Model } from "@/lib/schemas";

const models: Model[] = [
  // fib-modelgen: generated from tests/golden/generate/append-false-force/config.json (tp=1, ep=1, ps=1)
  {
    id: "m",
    name: "M",
    description:
      "LlamaForCausalLM: 32 decoder layers, GQA attention (32 heads, 8 KV heads, head_dim 128), gated MLP (14336). Kernel shapes for TP=1, EP=1, page size 1.",
    modules: {
      LlamaForCausalLM: {
        count: 1,
        type: "block",
        definitions: [],
      },
      LlamaModel: {
        count: 1,
        parent: "LlamaForCausalLM",
        type: "block",
        definitions: [],
      },
      embed_tokens: {
        count: 1,
        parent: "LlamaModel",
        type: "layer",
        definitions: [],
      },
      layers: {
        count: 32,
        parent: "LlamaModel",
        type: "block",
        definitions: [],
      },
      LlamaDecoderLayer: {
        count: 32,
        parent: "layers",
        type: "block",
        definitions: [],
      },
      input_layernorm: {
        count: 32,
        parent: "LlamaDecoderLayer",
        type: "layer",
        definitions: ["rmsnorm_h4096", "fused_add_rmsnorm_h4096"],
      },
      self_attn: {
        count: 32,
        parent: "LlamaDecoderLayer",
        type: "block",
        definitions: [],
      },
      qkv_proj: {
        count: 32,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n6144_k4096"],
      },
      rotary_emb: {
        count: 32,
        parent: "self_attn",
        type: "layer",
        definitions: [],
      },
      attn: {
        count: 32,
        parent: "self_attn",
        type: "layer",
        definitions: [
          "gqa_paged_prefill_causal_h32_kv8_d128_ps1",
          "gqa_paged_decode_h32_kv8_d128_ps1",
          "gqa_ragged_prefill_causal_h32_kv8_d128",
        ],
      },
      o_proj: {
        count: 32,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n4096_k4096"],
      },
      post_attention_layernorm: {
        count: 32,
        parent: "LlamaDecoderLayer",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h4096"],
      },
      mlp: {
        count: 32,
        parent: "LlamaDecoderLayer",
        type: "block",
        definitions: [],
      },
      gate_up_proj: {
        count: 32,
        parent: "mlp",
        type: "layer",
        definitions: ["gemm_n28672_k4096"],
      },
      act_fn: {
        count: 32,
        parent: "mlp",
        type: "layer",
        definitions: [],
      },
      down_proj: {
        count: 32,
        parent: "mlp",
        type: "layer",
        definitions: ["gemm_n4096_k14336"],
      },
      norm: {
        count: 1,
        parent: "LlamaModel",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h4096"],
      },
      lm_head: {
        count: 1,
        parent: "LlamaForCausalLM",
        type: "layer",
        definitions: [],
      },
    },
  },
] satisfies Model[];

export default models;
