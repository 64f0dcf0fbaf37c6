import type { Model } from "@/lib/schemas";

const models: Model[] = [
  // fib-modelgen: generated from fixtures/configs/deepseek-v3.json (tp=8, ep=8, ps=1)
  {
    id: "deepseek-v3",
    name: "DeepSeek V3",
    description:
      "DeepseekV3ForCausalLM: 61 decoder layers, MLA attention (128 heads, kv_lora_rank 512), MoE in 58 layers (256 experts, top-8, expert size 2048, shared 2048). Kernel shapes for TP=8, EP=8, page size 1.",
    modules: {
      DeepseekV3ForCausalLM: {
        count: 1,
        type: "block",
        definitions: [],
      },
      DeepseekV3Model: {
        count: 1,
        parent: "DeepseekV3ForCausalLM",
        type: "block",
        definitions: [],
      },
      embed_tokens: {
        count: 1,
        parent: "DeepseekV3Model",
        type: "layer",
        definitions: [],
      },
      layers: {
        count: 61,
        parent: "DeepseekV3Model",
        type: "block",
        definitions: [],
      },
      DeepseekV3DecoderLayer: {
        count: 61,
        parent: "layers",
        type: "block",
        definitions: [],
      },
      input_layernorm: {
        count: 61,
        parent: "DeepseekV3DecoderLayer",
        type: "layer",
        definitions: ["rmsnorm_h7168", "fused_add_rmsnorm_h7168"],
      },
      self_attn: {
        count: 61,
        parent: "DeepseekV3DecoderLayer",
        type: "block",
        definitions: [],
      },
      fused_qkv_a_proj_with_mqa: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n2112_k7168"],
      },
      q_a_layernorm: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: ["rmsnorm_h1536"],
      },
      q_b_proj: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n24576_k1536"],
      },
      kv_a_layernorm: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: ["rmsnorm_h512"],
      },
      kv_b_proj: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n32768_k512"],
      },
      rotary_emb: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: [],
      },
      attn_mla: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: [
          "mla_paged_prefill_causal_h16_ckv512_kpe64_ps1",
          "mla_paged_decode_h16_ckv512_kpe64_ps1",
          "mla_ragged_prefill_causal_h16_qk192_vo128",
        ],
      },
      o_proj: {
        count: 61,
        parent: "self_attn",
        type: "layer",
        definitions: ["gemm_n7168_k16384"],
      },
      post_attention_layernorm: {
        count: 61,
        parent: "DeepseekV3DecoderLayer",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h7168"],
      },
      mlp: {
        count: 61,
        parent: "DeepseekV3DecoderLayer",
        type: "block",
        definitions: [],
      },
      mlp_dense: {
        count: 3,
        parent: "mlp",
        type: "block",
        definitions: [],
      },
      gate_up_proj: {
        count: 3,
        parent: "mlp_dense",
        type: "layer",
        definitions: ["gemm_n36864_k7168"],
      },
      act_fn: {
        count: 3,
        parent: "mlp_dense",
        type: "layer",
        definitions: [],
      },
      down_proj: {
        count: 3,
        parent: "mlp_dense",
        type: "layer",
        definitions: ["gemm_n7168_k18432"],
      },
      moe: {
        count: 58,
        parent: "mlp",
        type: "block",
        definitions: [],
      },
      moe_gate: {
        count: 58,
        parent: "moe",
        type: "layer",
        definitions: ["gemm_n256_k7168"],
      },
      moe_topk: {
        count: 58,
        parent: "moe",
        type: "layer",
        definitions: [
          "moe_fp8_block_scale_ds_routing_topk8_ng8_kg4_e32_h7168_i2048",
        ],
      },
      moe_experts: {
        count: 58,
        parent: "moe",
        type: "layer",
        definitions: [
          "moe_fp8_block_scale_ds_routing_topk8_ng8_kg4_e32_h7168_i2048",
        ],
      },
      shared_experts: {
        count: 58,
        parent: "moe",
        type: "block",
        definitions: [],
      },
      gate_up_proj_shared: {
        count: 58,
        parent: "shared_experts",
        type: "layer",
        definitions: ["gemm_n4096_k7168"],
      },
      act_fn_shared: {
        count: 58,
        parent: "shared_experts",
        type: "layer",
        definitions: [],
      },
      down_proj_shared: {
        count: 58,
        parent: "shared_experts",
        type: "layer",
        definitions: ["gemm_n7168_k2048"],
      },
      norm: {
        count: 1,
        parent: "DeepseekV3Model",
        type: "layer",
        definitions: ["fused_add_rmsnorm_h7168"],
      },
      lm_head: {
        count: 1,
        parent: "DeepseekV3ForCausalLM",
        type: "layer",
        definitions: [],
      },
    },
  },
] satisfies Model[];

export default models;
