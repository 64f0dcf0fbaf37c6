// The rows, read from each family's transformers configuration and modelling code (the
// source of each row is in docs/generator.md). Fields keep their declaration order, as
// designated initializers require.
#include "arch/families.h"

#include <algorithm>

namespace fib {

namespace {

using P = NormPlacement;

// Qwen3-Next's defaults, which Qwen3.5 inherits.
const std::vector<ConfigDefault> kQwenNextDefaults = {
    {"head_dim", "256"},
    {"partial_rotary_factor", "0.25"},
    {"full_attention_interval", "4"},
    {"linear_num_key_heads", "16"},
    {"linear_num_value_heads", "32"},
    {"linear_key_head_dim", "128"},
    {"linear_value_head_dim", "128"},
    {"decoder_sparse_step", "1"},
    {"norm_topk_prob", "true"},
};

std::vector<ConfigDefault> Plus(std::vector<ConfigDefault> base,
                                std::initializer_list<ConfigDefault> more) {
  base.insert(base.end(), more.begin(), more.end());
  return base;
}

// Llama-like dense families and their close relatives.
void AddDenseFamilies(std::vector<Family>& rows) {
  rows.push_back({"llama", {}, {"LlamaFor"}, {}, {}, "", {}});
  rows.push_back({"mistral",
                  {"mistral3", "ministral3", "ministral"},
                  {"MistralFor", "Mistral3For", "Ministral3For", "MinistralFor"},
                  {},
                  {.sliding = SlidingRule::kAllLayers},
                  "",
                  {}});
  rows.push_back({"qwen2",
                  {"mimo"},
                  {"Qwen2For", "MiMoFor"},
                  {{"use_sliding_window", "false"}, {"max_window_layers", "28"}},
                  {.sliding = SlidingRule::kQwen2},
                  "",
                  {}});
  rows.push_back({"qwen3",
                  {},
                  {"Qwen3For"},
                  {{"use_sliding_window", "false"}, {"max_window_layers", "28"}},
                  {.qk_norm = QkNorm::kPerHead, .sliding = SlidingRule::kQwen2},
                  "",
                  {}});
  rows.push_back({"qwen3_vl",
                  {"qwen3_vl_text"},
                  {"Qwen3VLFor"},
                  {{"head_dim", "128"}},
                  {.qk_norm = QkNorm::kPerHead},
                  "",
                  {}});
  rows.push_back({"smollm3",
                  {},
                  {"SmolLM3For"},
                  {{"no_rope_layer_interval", "4"}},
                  {.nope = NopeRule::kFlags},
                  "",
                  {}});
  rows.push_back(
      {"phi3",
       {},
       {"Phi3For"},
       {},
       {.rotary_keys = {"rope_parameters.partial_rotary_factor", "partial_rotary_factor"},
        .sliding = SlidingRule::kAllLayers},
       "",
       {}});
  rows.push_back({"ernie4_5", {}, {"Ernie4_5For"}, {}, {.rope = RopeStyle::kInterleaved}, "", {}});
  rows.push_back({"gemma",
                  {},
                  {"GemmaFor"},
                  {{"head_dim", "256"}, {"vocab_size", "256000"}},
                  {.norm = NormKind::kGemmaRms},
                  "",
                  {}});
  rows.push_back({"qwen2_vl",
                  {"qwen2_vl_text", "qwen2_5_vl", "qwen2_5_vl_text"},
                  {"Qwen2VLFor", "Qwen2_5_VLFor"},
                  {{"use_sliding_window", "false"}, {"max_window_layers", "80"}},
                  {.head_dim_from_hidden = true, .sliding = SlidingRule::kQwen2},
                  "",
                  {}});
  // Granite's multipliers scale the softmax, the embeddings, the residual branches and the
  // logits: no kernel shape changes.
  rows.push_back({"granite", {}, {"GraniteFor"}, {}, {}, "", {}});
  rows.push_back({"seed_oss", {}, {"SeedOssFor"}, {}, {}, "", {}});
  rows.push_back({"internlm2", {}, {"InternLM2For"}, {}, {}, "", {}});
  rows.push_back({"internlm3", {}, {"InternLM3For"}, {}, {}, "", {}});
  rows.push_back({"apertus",
                  {},
                  {"ApertusFor"},
                  {},
                  {.mlp = MlpKind::kNonGated, .qk_norm = QkNorm::kPerHead},
                  "",
                  {}});
  rows.push_back({"arcee", {}, {"ArceeFor"}, {}, {.mlp = MlpKind::kNonGated}, "", {}});
}

// Families whose norms or blocks differ from Llama's.
void AddNormFamilies(std::vector<Family>& rows) {
  rows.push_back({"gemma2",
                  {},
                  {"Gemma2For"},
                  {{"head_dim", "256"},
                   {"vocab_size", "256000"},
                   {"attn_logit_softcapping", "50.0"},
                   {"sliding_window", "4096"}},
                  {.norm = NormKind::kGemmaRms,
                   .placement = P::kSandwich,
                   .sliding = SlidingRule::kPattern,
                   .sliding_pattern = 2,
                   .softcap_key = "attn_logit_softcapping"},
                  "",
                  {}});
  rows.push_back({"gemma3",
                  {"gemma3_text"},
                  {"Gemma3For"},
                  {{"vocab_size", "262208"},
                   {"hidden_size", "2304"},
                   {"intermediate_size", "9216"},
                   {"num_hidden_layers", "26"},
                   {"num_attention_heads", "8"},
                   {"num_key_value_heads", "4"},
                   {"head_dim", "256"},
                   {"sliding_window", "4096"}},
                  {.norm = NormKind::kGemmaRms,
                   .placement = P::kSandwich,
                   .qk_norm = QkNorm::kPerHead,
                   .sliding = SlidingRule::kPattern,
                   .sliding_pattern = 6},
                  "",
                  {}});
  rows.push_back({"olmo", {}, {"OlmoFor"}, {}, {.norm = NormKind::kLayerNorm}, "", {}});
  rows.push_back({"glm",
                  {},
                  {"GlmFor"},
                  {{"partial_rotary_factor", "0.5"}},
                  {.rope = RopeStyle::kInterleaved},
                  "",
                  {}});
  // GLM-4-0414 names its four norms input_layernorm, post_self_attn_layernorm,
  // post_attention_layernorm (before the MLP!) and post_mlp_layernorm: Gemma 2's sandwich.
  // GLM-4.1V's text model (Glm4vTextDecoderLayer) is this layer: the same four norms and
  // the partial interleaved RoPE (rotate_half_llm), so glm4v is an alias, not a new family.
  rows.push_back({"glm4",
                  {"glm4v", "glm4v_text"},
                  {"Glm4For", "Glm4vFor"},
                  {{"partial_rotary_factor", "0.5"}},
                  {.placement = P::kSandwich, .rope = RopeStyle::kInterleaved},
                  "",
                  {}});
  rows.push_back({"starcoder2",
                  {},
                  {"Starcoder2For"},
                  {},
                  {.norm = NormKind::kLayerNorm,
                   .mlp = MlpKind::kNonGated,
                   .mlp_keys = {"c_fc", "c_proj"},
                   .sliding = SlidingRule::kAllLayers},
                  "",
                  {}});
  rows.push_back({"olmo2",
                  {},
                  {"Olmo2For"},
                  {},
                  {.placement = P::kPost, .qk_norm = QkNorm::kFullWidth},
                  "",
                  {}});
  rows.push_back({"olmo3",
                  {},
                  {"Olmo3For"},
                  {},
                  {.placement = P::kPost,
                   .qk_norm = QkNorm::kFullWidth,
                   .sliding = SlidingRule::kPattern,
                   .sliding_pattern = 4},
                  "",
                  {}});
  rows.push_back({"exaone4",
                  {},
                  {"Exaone4For"},
                  {{"num_key_value_heads", "32"}},
                  {.placement = P::kPost,
                   .qk_norm = QkNorm::kPerHead,
                   .nope = NopeRule::kGlobalLayersWhenHybrid,
                   .sliding = SlidingRule::kPattern,
                   .sliding_pattern = 4},
                  "",
                  {}});
  rows.push_back(
      {"phi",
       {},
       {"PhiFor"},
       {{"partial_rotary_factor", "0.5"}},
       {.norm = NormKind::kLayerNorm,
        .placement = P::kParallel,
        .mlp = MlpKind::kNonGated,
        .mlp_keys = {"fc1", "fc2"},
        .head_dim_from_hidden = true,
        .qk_norm = QkNorm::kOther,
        .qk_norm_flag = "qk_layernorm",
        .rotary_keys = {"rope_parameters.partial_rotary_factor", "partial_rotary_factor"}},
       "",
       {}});
  rows.push_back({"cohere",
                  {},
                  {"CohereFor"},
                  {},
                  {.norm = NormKind::kLayerNorm,
                   .placement = P::kParallel,
                   .qk_norm = QkNorm::kOther,
                   .qk_norm_flag = "use_qk_norm",
                   .rope = RopeStyle::kInterleaved},
                  "",
                  {}});
  rows.push_back({"cohere2",
                  {},
                  {"Cohere2For"},
                  {},
                  {.norm = NormKind::kLayerNorm,
                   .placement = P::kParallel,
                   .head_dim_from_hidden = true,
                   .rope = RopeStyle::kInterleaved,
                   .nope = NopeRule::kGlobalLayers,
                   .sliding = SlidingRule::kPattern,
                   .sliding_pattern = 4},
                  "",
                  {}});
  rows.push_back(
      {"stablelm",
       {},
       {"StableLmFor"},
       {{"partial_rotary_factor", "0.25"}},
       {.norm = NormKind::kLayerNorm,
        .placement_flags = {{"use_parallel_residual", P::kParallel}},
        .head_dim_from_hidden = true,
        .qk_norm = QkNorm::kOther,
        .qk_norm_flag = "qk_layernorm",
        .rotary_keys = {"rope_parameters.partial_rotary_factor", "partial_rotary_factor"}},
       "",
       {}});
  rows.push_back({"gpt_neox",
                  {},
                  {"GPTNeoXFor"},
                  {{"rotary_pct", "0.25"}, {"use_parallel_residual", "true"}},
                  {.norm = NormKind::kLayerNorm,
                   .placement_flags = {{"use_parallel_residual", P::kParallelTwoNorms}},
                   .mlp = MlpKind::kNonGated,
                   .mlp_keys = {"dense_h_to_4h", "dense_4h_to_h"},
                   .head_dim_from_hidden = true,
                   .kv_heads_keys = {},
                   .rotary_keys = {"rope_parameters.partial_rotary_factor", "rotary_pct"}},
                  "",
                  {}});
  rows.push_back({"falcon",
                  {},
                  {"FalconFor"},
                  {{"multi_query", "true"},
                   {"parallel_attn", "true"},
                   {"new_decoder_architecture", "false"},
                   {"alibi", "false"}},
                  {.norm = NormKind::kLayerNorm,
                   .placement_flags = {{"new_decoder_architecture", P::kParallelTwoNorms},
                                       {"parallel_attn", P::kParallel}},
                   .parallel_norm_keys = {"ln_attn", "ln_mlp"},
                   .mlp = MlpKind::kNonGated,
                   .mlp_keys = {"dense_h_to_4h", "dense_4h_to_h"},
                   .dense_size_key = "ffn_hidden_size",
                   .dense_size_hidden_multiple = 4,
                   .head_dim_from_hidden = true,
                   .kv_heads_keys = {"num_kv_heads"},
                   .multi_query_flag = "multi_query",
                   .alibi_key = "alibi",
                   .renames = {{"n_head", "num_attention_heads"},
                               {"n_layer", "num_hidden_layers"},
                               {"n_head_kv", "num_kv_heads"}}},
                  "",
                  {}});
}

// Mixture-of-experts families with softmax routing.
void AddSoftmaxMoeFamilies(std::vector<Family>& rows) {
  rows.push_back({"mixtral",
                  {},
                  {"MixtralFor"},
                  {{"num_local_experts", "8"}, {"num_experts_per_tok", "2"}},
                  {.sliding = SlidingRule::kAllLayers,
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kNone,
                   .expert_size_key = "intermediate_size"},
                  "",
                  {}});
  rows.push_back({"qwen2_moe",
                  {},
                  {"Qwen2MoeFor"},
                  {{"decoder_sparse_step", "1"},
                   {"norm_topk_prob", "false"},
                   {"use_sliding_window", "false"},
                   {"max_window_layers", "28"}},
                  {.sliding = SlidingRule::kQwen2,
                   .moe_layers = MoeLayerRule::kSparseStep,
                   .shared = SharedExperts::kSizeKey,
                   .shared_key = "shared_expert_intermediate_size"},
                  "",
                  {}});
  rows.push_back({"qwen3_moe",
                  {},
                  {"Qwen3MoeFor"},
                  {{"decoder_sparse_step", "1"},
                   {"norm_topk_prob", "false"},
                   {"use_sliding_window", "false"},
                   {"max_window_layers", "28"}},
                  {.qk_norm = QkNorm::kPerHead,
                   .sliding = SlidingRule::kQwen2,
                   .moe_layers = MoeLayerRule::kSparseStep,
                   .shared = SharedExperts::kNone},
                  "",
                  {}});
  rows.push_back({"qwen3_vl_moe",
                  {"qwen3_vl_moe_text"},
                  {"Qwen3VLMoeFor"},
                  {{"decoder_sparse_step", "1"}},
                  {.qk_norm = QkNorm::kPerHead,
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kSparseStep,
                   .shared = SharedExperts::kNone},
                  "",
                  {}});
  rows.push_back(
      {"gpt_oss",
       {},
       {"GptOssFor"},
       {{"num_local_experts", "128"}, {"num_experts_per_tok", "4"}, {"sliding_window", "128"}},
       {.sliding = SlidingRule::kPattern,
        .sliding_pattern = 2,
        .attention_sinks = true,
        .renorm = Renorm::kAlways,
        .experts = ExpertKind::kClampedSwiglu,
        .moe_layers = MoeLayerRule::kEvery,
        .shared = SharedExperts::kNone,
        .expert_size_key = "intermediate_size"},
       "",
       {}});
  rows.push_back({"phimoe",
                  {},
                  {"PhimoeFor"},
                  {{"num_local_experts", "16"}, {"num_experts_per_tok", "2"}},
                  {.norm = NormKind::kLayerNorm,
                   .sliding = SlidingRule::kAllLayers,
                   .scoring = Scoring::kSparseMixer,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kNone,
                   .expert_size_key = "intermediate_size"},
                  "",
                  {}});
  rows.push_back({"hunyuan_v1_moe",
                  {"hunyuan"},
                  {"HunYuanMoEV1For"},
                  {{"use_qk_norm", "true"}},
                  {.qk_norm = QkNorm::kPerHead,
                   .qk_norm_flag = "use_qk_norm",
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kCountTimesExpert,
                   .shared_key = "num_shared_expert",
                   .shared_flag = "use_mixed_mlp_moe",
                   .expert_size_key = "intermediate_size"},
                  "",
                  {}});
  rows.push_back({"ernie4_5_moe",
                  {},
                  {"Ernie4_5_MoeFor"},
                  {{"moe_layer_start_index", "1"},
                   {"moe_layer_end_index", "-1"},
                   {"moe_layer_interval", "1"},
                   {"moe_num_shared_experts", "2"}},
                  {.rope = RopeStyle::kInterleaved,
                   .scoring = Scoring::kSoftmaxBiasPick,
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kErnie,
                   .shared = SharedExperts::kCountTimesExpert,
                   .shared_key = "moe_num_shared_experts"},
                  "",
                  {}});
  rows.push_back({"olmoe",
                  {},
                  {"OlmoeFor"},
                  {{"norm_topk_prob", "false"}},
                  {.qk_norm = QkNorm::kFullWidth,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kNone,
                   .expert_size_key = "intermediate_size"},
                  "",
                  {}});
  FamilyTraits granite_moe = {.renorm = Renorm::kAlways,
                              .moe_layers = MoeLayerRule::kEvery,
                              .shared = SharedExperts::kNone,
                              .expert_size_key = "intermediate_size"};
  rows.push_back({"granitemoe", {}, {"GraniteMoeFor"}, {}, granite_moe, "", {}});
  granite_moe.shared = SharedExperts::kSizeKey;
  granite_moe.shared_key = "shared_intermediate_size";
  rows.push_back({"granitemoeshared", {}, {"GraniteMoeSharedFor"}, {}, granite_moe, "", {}});
  rows.push_back({"deepseek",
                  {},
                  {"DeepseekFor"},
                  {{"first_k_dense_replace", "0"}},
                  {.moe_layers = MoeLayerRule::kFirstDense,
                   .shared = SharedExperts::kCountTimesExpert,
                   .shared_key = "n_shared_experts"},
                  "",
                  {}});
  rows.push_back({"bailing_moe",
                  {},
                  {"BailingMoeFor"},
                  {{"norm_topk_prob", "true"}, {"first_k_dense_replace", "0"}},
                  {.moe_layers = MoeLayerRule::kFirstDense,
                   .shared = SharedExperts::kCountTimesExpert,
                   .shared_key = "num_shared_experts"},
                  "",
                  {}});
  rows.push_back({"dbrx",
                  {},
                  {"DbrxFor"},
                  {{"num_key_value_heads", "1"}},
                  {.norm = NormKind::kLayerNorm,
                   .head_dim_from_hidden = true,
                   .renorm = Renorm::kPNorm,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kNone,
                   .expert_size_key = "ffn_hidden_size",
                   .renames = {{"d_model", "hidden_size"},
                               {"n_heads", "num_attention_heads"},
                               {"n_layers", "num_hidden_layers"},
                               {"attn_config.kv_n_heads", "num_key_value_heads"},
                               {"ffn_config.moe_num_experts", "num_local_experts"},
                               {"ffn_config.moe_top_k", "num_experts_per_tok"},
                               {"ffn_config.ffn_hidden_size", "ffn_hidden_size"}}},
                  "",
                  {}});
  rows.push_back({"deepseek_v2",
                  {},
                  {"DeepseekV2For"},
                  {{"first_k_dense_replace", "0"},
                   {"q_lora_rank", "1536"},
                   {"topk_method", "\"greedy\""},
                   {"n_shared_experts", "2"}},
                  {.scoring = Scoring::kDeepSeekV2,
                   .renorm = Renorm::kNever,
                   .moe_layers = MoeLayerRule::kFirstDense,
                   .shared = SharedExperts::kCountTimesExpert,
                   .shared_key = "n_shared_experts"},
                  "",
                  {}});
  rows.push_back({"llama4",
                  {"llama4_text"},
                  {"Llama4For"},
                  {{"intermediate_size_mlp", "16384"},
                   {"interleave_moe_layer_step", "1"},
                   {"num_local_experts", "16"},
                   {"num_experts_per_tok", "1"},
                   {"vocab_size", "202048"},
                   {"use_qk_norm", "true"},
                   {"no_rope_layer_interval", "4"}},
                  {.dense_size_key = "intermediate_size_mlp",
                   .qk_norm = QkNorm::kOther,
                   .qk_norm_flag = "use_qk_norm",
                   .qk_norm_rope_layers_only = true,
                   .rope = RopeStyle::kInterleaved,
                   .nope = NopeRule::kFlags,
                   .scoring = Scoring::kLlama4,
                   .moe_layers = MoeLayerRule::kInterleave,
                   .shared = SharedExperts::kOneOfIntermediate,
                   .expert_size_key = "intermediate_size"},
                  "",
                  {}});
}

// Mixture-of-experts families with DeepSeek-V3's sigmoid router.
void AddSigmoidMoeFamilies(std::vector<Family>& rows) {
  std::vector<ConfigDefault> v3 = {{"n_group", "8"},
                                   {"topk_group", "4"},
                                   {"first_k_dense_replace", "3"},
                                   {"norm_topk_prob", "true"},
                                   {"n_shared_experts", "1"}};
  FamilyTraits sigmoid = {.scoring = Scoring::kSigmoidBias,
                          .moe_layers = MoeLayerRule::kFirstDense,
                          .shared = SharedExperts::kCountTimesExpert,
                          .shared_key = "n_shared_experts"};
  rows.push_back({"deepseek_v3",
                  {"kimi_k2", "kimi_k25"},
                  {"DeepseekV3For", "KimiK25For"},
                  v3,
                  sigmoid,
                  "",
                  {}});
  rows.push_back({"deepseek_v32", {}, {"DeepseekV32For"}, v3, sigmoid, "", {}});
  FamilyTraits glm = sigmoid;
  glm.qk_norm = QkNorm::kPerHead;
  glm.qk_norm_flag = "use_qk_norm";
  rows.push_back({"glm4_moe",
                  {},
                  {"Glm4MoeFor"},
                  {{"partial_rotary_factor", "0.5"},
                   {"first_k_dense_replace", "1"},
                   {"n_group", "1"},
                   {"topk_group", "1"},
                   {"norm_topk_prob", "true"},
                   {"n_shared_experts", "1"},
                   {"use_qk_norm", "false"}},
                  glm,
                  "",
                  {}});
  rows.push_back({"glm4_moe_lite",
                  {},
                  {"Glm4MoeLiteFor"},
                  {{"first_k_dense_replace", "1"},
                   {"n_group", "1"},
                   {"topk_group", "1"},
                   {"norm_topk_prob", "true"},
                   {"n_shared_experts", "1"}},
                  sigmoid,
                  "",
                  {}});
  rows.push_back({"glm_moe_dsa",
                  {},
                  {"GlmMoeDsaFor"},
                  {{"first_k_dense_replace", "3"},
                   {"n_group", "1"},
                   {"topk_group", "1"},
                   {"norm_topk_prob", "true"},
                   {"n_shared_experts", "1"}},
                  sigmoid,
                  "",
                  {}});
  rows.push_back({"dots1",
                  {},
                  {"Dots1For"},
                  {{"n_group", "1"},
                   {"topk_group", "1"},
                   {"first_k_dense_replace", "0"},
                   {"norm_topk_prob", "false"}},
                  {.qk_norm = QkNorm::kPerHead,
                   .sliding = SlidingRule::kMaxWindowLayers,
                   .scoring = Scoring::kSigmoidBias,
                   .moe_layers = MoeLayerRule::kFirstDense,
                   .shared = SharedExperts::kCountTimesExpert,
                   .shared_key = "n_shared_experts"},
                  "",
                  {}});
  rows.push_back({"minimax_m2",
                  {},
                  {"MiniMaxM2For"},
                  {{"head_dim", "128"}, {"partial_rotary_factor", "0.5"}},
                  {.qk_norm = QkNorm::kFullWidth,
                   .rotary_keys = {"rotary_dim", "rope_parameters.partial_rotary_factor",
                                   "partial_rotary_factor"},
                   .scoring = Scoring::kSigmoidBias,
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kNone,
                   .expert_size_key = "intermediate_size"},
                  "",
                  {}});
}

// Gated DeltaNet and Mamba hybrids.
void AddHybridFamilies(std::vector<Family>& rows) {
  FamilyTraits next = {.norm = NormKind::kGemmaRms,
                       .qk_norm = QkNorm::kPerHead,
                       .output_gate = true,
                       .moe_layers = MoeLayerRule::kSparseStep,
                       .shared = SharedExperts::kSizeKey,
                       .shared_key = "shared_expert_intermediate_size",
                       .hybrid = HybridKind::kGdn};
  rows.push_back({"qwen3_next", {}, {"Qwen3NextFor"}, kQwenNextDefaults, next, "", {}});
  rows.push_back({"qwen3_5", {"qwen3_5_text"}, {"Qwen3_5For"}, kQwenNextDefaults, next, "", {}});
  FamilyTraits next_moe = next;
  next_moe.renorm = Renorm::kAlways;
  next_moe.moe_layers = MoeLayerRule::kEvery;
  rows.push_back({"qwen3_5_moe",
                  {"qwen3_5_moe_text"},
                  {"Qwen3_5MoeFor"},
                  Plus(kQwenNextDefaults, {{"num_experts", "256"},
                                           {"num_experts_per_tok", "8"},
                                           {"moe_intermediate_size", "512"},
                                           {"shared_expert_intermediate_size", "512"}}),
                  next_moe,
                  "",
                  {}});
  rows.push_back({"nemotron_h",
                  {},
                  {"NemotronHFor"},
                  {{"head_dim", "128"},
                   {"mlp_hidden_act", "\"relu2\""},
                   {"n_group", "1"},
                   {"topk_group", "1"},
                   {"norm_topk_prob", "true"},
                   {"mamba_num_heads", "128"},
                   {"mamba_head_dim", "64"},
                   {"ssm_state_size", "128"},
                   {"n_groups", "8"}},
                  {.mlp = MlpKind::kNonGated,
                   .rope = RopeStyle::kNone,
                   .scoring = Scoring::kSigmoidBias,
                   .experts = ExpertKind::kNonGatedRelu2,
                   .moe_layers = MoeLayerRule::kPattern,
                   .shared = SharedExperts::kSizeKey,
                   .shared_key = "moe_shared_expert_intermediate_size",
                   .latent_moe = true,
                   .hybrid = HybridKind::kMambaPattern,
                   .renames = {{"mamba_n_groups", "n_groups"}}},
                  "",
                  {}});
  rows.push_back({"granitemoehybrid",
                  {},
                  {"GraniteMoeHybridFor"},
                  {{"mamba_n_heads", "128"},
                   {"mamba_n_groups", "1"},
                   {"mamba_d_state", "256"},
                   {"mamba_expand", "2"},
                   {"num_local_experts", "8"},
                   {"num_experts_per_tok", "2"},
                   {"shared_intermediate_size", "1024"}},
                  {.dense_size_key = "shared_intermediate_size",
                   .nope = NopeRule::kPositionEmbeddingType,
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kSizeKey,
                   .shared_key = "shared_intermediate_size",
                   .expert_size_key = "intermediate_size",
                   .hybrid = HybridKind::kMambaLayerTypes},
                  "",
                  {}});
  rows.push_back({"falcon_h1",
                  {},
                  {"FalconH1For"},
                  {{"mamba_n_heads", "128"},
                   {"mamba_n_groups", "1"},
                   {"mamba_d_state", "256"},
                   {"mamba_expand", "2"},
                   {"mamba_d_ssm", "1024"}},
                  {.hybrid = HybridKind::kParallelMamba},
                  "",
                  {}});
  rows.push_back({"bamba",
                  {},
                  {"BambaFor"},
                  {{"mamba_n_heads", "128"},
                   {"mamba_n_groups", "1"},
                   {"mamba_d_state", "256"},
                   {"mamba_expand", "2"}},
                  {.forced_rotary_factor = 0.5, .hybrid = HybridKind::kMambaLayerTypes},
                  "",
                  {}});
  rows.push_back({"minimax",
                  {"minimax_m1", "minimax_text_01"},
                  {"MiniMaxFor", "MiniMaxM1For", "MiniMaxText01For"},
                  {{"postnorm", "true"}},
                  {.placement_flags = {{"postnorm", P::kPreUnfused}},
                   .rotary_keys = {"rotary_dim", "rope_parameters.partial_rotary_factor",
                                   "partial_rotary_factor"},
                   .renorm = Renorm::kAlways,
                   .moe_layers = MoeLayerRule::kEvery,
                   .shared = SharedExperts::kSizeKey,
                   .shared_key = "shared_intermediate_size",
                   .expert_size_key = "intermediate_size",
                   .hybrid = HybridKind::kLinearAttention},
                  "",
                  {}});
  rows.push_back({"lfm2",
                  {"lfm2_vl"},
                  {"Lfm2For", "Lfm2VlFor"},
                  {},
                  {.dense_size_auto_adjust = true,
                   .head_dim_from_hidden = true,
                   .qk_norm = QkNorm::kPerHead,
                   .hybrid = HybridKind::kShortConv,
                   .renames = {{"block_ff_dim", "intermediate_size"}}},
                  "",
                  {}});
  rows.push_back({"jamba",
                  {},
                  {"JambaFor"},
                  {{"num_experts", "16"},
                   {"num_experts_per_tok", "2"},
                   {"expert_layer_period", "2"},
                   {"expert_layer_offset", "1"},
                   {"attn_layer_period", "8"},
                   {"attn_layer_offset", "4"},
                   {"mamba_expand", "2"},
                   {"mamba_d_state", "16"}},
                  {.head_dim_from_hidden = true,
                   .rope = RopeStyle::kNone,
                   .renorm = Renorm::kNever,
                   .moe_layers = MoeLayerRule::kJamba,
                   .shared = SharedExperts::kNone,
                   .expert_size_key = "intermediate_size",
                   .hybrid = HybridKind::kJamba},
                  "",
                  {}});
}

// Families the tool cannot express: refused with the feature and the keys that carry it.
void AddRefusedFamilies(std::vector<Family>& rows) {
  rows.push_back(
      {"gemma4",
       {"gemma4_text"},
       {"Gemma4For"},
       {},
       {},
       "per-layer-type head sizes (head_dim on sliding layers, global_head_dim on "
       "full layers) and per-layer-type KV heads",
       {"global_head_dim", "num_global_key_value_heads", "attention_k_eq_v", "num_kv_shared_layers",
        "hidden_size_per_layer_input", "enable_moe_block", "use_double_wide_mlp"}});
  rows.push_back({"gemma3n",
                  {"gemma3n_text"},
                  {"Gemma3nFor"},
                  {},
                  {},
                  "AltUp parallel residual streams, LAuReL branches and per-layer embeddings",
                  {"altup_num_inputs", "laurel_rank", "hidden_size_per_layer_input",
                   "num_kv_shared_layers", "activation_sparsity_pattern"}});
  rows.push_back({"mllama",
                  {"mllama_text_model"},
                  {"MllamaFor"},
                  {},
                  {},
                  "cross-attention layers to the image features between the self-attention "
                  "layers",
                  {"cross_attention_layers"}});
  rows.push_back(
      {"zamba2",
       {},
       {"Zamba2For"},
       {},
       {},
       "shared transformer blocks over a 2H concatenated input with per-layer LoRA "
       "adapters",
       {"hybrid_layer_ids", "num_mem_blocks", "use_shared_attention_adapter", "adapter_rank"}});
  rows.push_back({"longcat_flash",
                  {},
                  {"LongcatFlashFor"},
                  {},
                  {},
                  "layers of two attention+MLP sublayers with a shortcut MoE and zero-compute "
                  "experts",
                  {"num_layers", "zero_expert_num", "expert_ffn_hidden_size"}});
  rows.push_back({"kimi_linear",
                  {},
                  {"KimiLinearFor"},
                  {},
                  {},
                  "Kimi Delta Attention layers (a gated delta rule with per-channel decay, which "
                  "no Definition family computes) beside NoPE MLA layers",
                  {"linear_attn_config"}});
  rows.push_back({"nemotron-nas",
                  {"deci", "decilm"},
                  {"DeciLMFor"},
                  {},
                  {},
                  "per-layer block_configs (DeciLM / Nemotron-NAS: per-layer KV heads and FFN "
                  "widths, skipped and linear-replaced sublayers)",
                  {"block_configs", "num_key_value_heads_per_layer"}});
}

std::vector<Family> BuildTable() {
  std::vector<Family> rows;
  AddDenseFamilies(rows);
  AddNormFamilies(rows);
  AddSoftmaxMoeFamilies(rows);
  AddSigmoidMoeFamilies(rows);
  AddHybridFamilies(rows);
  AddRefusedFamilies(rows);
  return rows;
}

}  // namespace

const std::vector<Family>& AllFamilies() {
  static const std::vector<Family> table = BuildTable();
  return table;
}

const Family* FindFamily(const std::string& model_type) {
  if (model_type.empty()) return nullptr;
  for (const Family& family : AllFamilies()) {
    if (family.model_type == model_type) return &family;
    const auto& aliases = family.aliases;
    if (std::find(aliases.begin(), aliases.end(), model_type) != aliases.end()) return &family;
  }
  return nullptr;
}

const Family* FindFamilyOfClass(const std::string& class_name) {
  const Family* best = nullptr;
  size_t best_length = 0;
  for (const Family& family : AllFamilies()) {
    for (const std::string& prefix : family.class_prefixes) {
      if (class_name.rfind(prefix, 0) == 0 && prefix.size() > best_length) {
        best = &family;
        best_length = prefix.size();
      }
    }
  }
  return best;
}

const FamilyTraits& DefaultTraits() {
  static const FamilyTraits traits;
  return traits;
}

}  // namespace fib
