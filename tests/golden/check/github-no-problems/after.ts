import type { Model } from "@/lib/schemas"

// The FlashInfer-Bench model catalogue (bundled example for fib-modelgen).
const models: Model[] = [
  {
    id: "qwen2.5-7b",
    name: "Qwen2.5 7B",
    description:
      "Qwen2.5 7B. 28 decoder layers, GQA attention (28 heads, 4 KV heads), gated MLP (18944). TP=1.",
    modules: {
      Qwen2ForCausalLM: {
        count: 1,
        type: "block",
      },
      Qwen2Model: {
        count: 1,
        parent: "Qwen2ForCausalLM",
        type: "block",
        definitions: [],
      },
      embed_tokens: {
        count: 1,
        parent: "Qwen2Model",
        type: "layer",
        definitions: [],
      },
      layers: {
        count: 28,
        parent: "Qwen2Model",
        type: "block",
        definitions: [],
      },
      Qwen2DecoderLayer: {
        count: 28,
        parent: "layers",
        type: "block",
        definitions: [],
      },
      input_layernorm: {
        count: 28,
        parent: "Qwen2DecoderLayer",
        type: "layer",
        definitions: ["rmsnorm_h3584", "fused_add_rmsnorm_h3584"],
      },
      self_attn: {
        count: 28,
        parent: "Qwen2DecoderLayer",
        type: "block",
        definitions: [],
      },
      qkv_proj: {
        count: 28,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n4608_k3584"],
      },
      rotary_emb: {
        count: 28,
        parent: "self_attn",
        type: "layer",
        definitions: [],
      },
      attn: {
        count: 28,
        parent: "self_attn",
        type: "layer",
        definitions: [
          "gqa_paged_prefill_causal_h28_kv4_d128_ps1",
          "gqa_paged_decode_h28_kv4_d128_ps1",
          "gqa_ragged_prefill_causal_h28_kv4_d128",
        ],
      },
      o_proj: {
        count: 28,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n3584_k3584"],
      },
      post_attention_layernorm: {
        count: 28,
        parent: "Qwen2DecoderLayer",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h3584"],
      },
      mlp: {
        count: 28,
        parent: "Qwen2DecoderLayer",
        type: "block",
        definitions: [],
      },
      gate_up_proj: {
        count: 28,
        parent: "mlp",
        type: "layer",
        definitions: ["gemm_n37888_k3584"],
      },
      act_fn: {
        count: 28,
        parent: "mlp",
        type: "layer",
        definitions: [],
      },
      down_proj: {
        count: 28,
        parent: "mlp",
        type: "layer",
        definitions: ["gemm_n3584_k18944"],
      },
      norm: {
        count: 1,
        parent: "Qwen2Model",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h3584"],
      },
      lm_head: {
        count: 1,
        parent: "Qwen2ForCausalLM",
        type: "layer",
        definitions: [],
      },
    },
  },
  // Hand-maintained entry: comments like this one are kept by every edit.
  {
    id: "mistral-7b-v0.3",
    name: "Mistral 7B v0.3",
    description:
      "Mistral 7B v0.3. 32 decoder layers, GQA attention (32 heads, 8 KV heads), gated MLP (14336). TP=1.",
    modules: {
      MistralForCausalLM: {
        count: 1,
        type: "block",
      },
      MistralModel: {
        count: 1,
        parent: "MistralForCausalLM",
        type: "block",
        definitions: [],
      },
      embed_tokens: {
        count: 1,
        parent: "MistralModel",
        type: "layer",
        definitions: [],
      },
      layers: {
        count: 32,
        parent: "MistralModel",
        type: "block",
        definitions: [],
      },
      MistralDecoderLayer: {
        count: 32,
        parent: "layers",
        type: "block",
        definitions: [],
      },
      input_layernorm: {
        count: 32,
        parent: "MistralDecoderLayer",
        type: "layer",
        definitions: ["rmsnorm_h4096", "fused_add_rmsnorm_h4096"],
      },
      self_attn: {
        count: 32,
        parent: "MistralDecoderLayer",
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
        parent: "MistralDecoderLayer",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h4096"],
      },
      mlp: {
        count: 32,
        parent: "MistralDecoderLayer",
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
        parent: "MistralModel",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h4096"],
      },
      lm_head: {
        count: 1,
        parent: "MistralForCausalLM",
        type: "layer",
        definitions: [],
      },
    },
  },
] satisfies Model[]

export default models
