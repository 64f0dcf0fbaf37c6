#include "naming/definition_names.h"

#include <algorithm>

namespace fib {

namespace {

std::string N(int64_t value) { return std::to_string(value); }

void AddUnique(std::vector<std::string>& names, std::string name) {
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
}

}  // namespace

std::string RmsNormName(int64_t width) { return "rmsnorm_h" + N(width); }
std::string FusedAddRmsNormName(int64_t width) { return "fused_add_rmsnorm_h" + N(width); }
std::string GemmName(int64_t n, int64_t k) { return "gemm_n" + N(n) + "_k" + N(k); }
std::string RopeName(int64_t head_dim, int64_t rotary_dim) {
  return "rope_with_cos_sin_cache_neox_style_d" + N(head_dim) + "_rd" + N(rotary_dim);
}

std::vector<std::string> GqaNames(const GqaDims& gqa, const Parallelism& parallel) {
  std::vector<std::string> names;
  for (int64_t tp : parallel.tp) {
    std::string shape = "_h" + N(gqa.q_heads / tp) + "_kv" + N(KvHeadsPerRank(gqa.kv_heads, tp)) +
                        "_d" + N(gqa.head_dim);
    for (int64_t ps : parallel.page_sizes)
      AddUnique(names, "gqa_paged_prefill_causal" + shape + "_ps" + N(ps));
    for (int64_t ps : parallel.page_sizes)
      AddUnique(names, "gqa_paged_decode" + shape + "_ps" + N(ps));
    AddUnique(names, "gqa_ragged_prefill_causal" + shape);
  }
  return names;
}

std::vector<std::string> MlaNames(const MlaDims& mla, const Parallelism& parallel) {
  std::vector<std::string> names;
  for (int64_t tp : parallel.tp) {
    std::string heads = "_h" + N(mla.q_heads / tp);
    std::string paged = heads + "_ckv" + N(mla.kv_lora) + "_kpe" + N(mla.rope);
    for (int64_t ps : parallel.page_sizes)
      AddUnique(names, "mla_paged_prefill_causal" + paged + "_ps" + N(ps));
    for (int64_t ps : parallel.page_sizes)
      AddUnique(names, "mla_paged_decode" + paged + "_ps" + N(ps));
    AddUnique(names, "mla_ragged_prefill_causal" + heads + "_qk" + N(mla.nope + mla.rope) + "_vo" +
                         N(mla.v));
  }
  return names;
}

std::string DsaIndexerName(const DsaDims& dsa) {
  return "dsa_topk_indexer_fp8_h" + N(dsa.index_heads) + "_d" + N(dsa.index_head_dim) + "_topk" +
         N(dsa.index_topk) + "_ps64";
}

std::vector<std::string> DsaSparseNames(const MlaDims& mla, const DsaDims& dsa,
                                        const Parallelism& parallel) {
  std::vector<std::string> names;
  for (int64_t tp : parallel.tp) {
    for (int64_t ps : parallel.page_sizes) {
      AddUnique(names, "dsa_sparse_attention_h" + N(mla.q_heads / tp) + "_ckv" + N(mla.kv_lora) +
                           "_kpe" + N(mla.rope) + "_topk" + N(dsa.index_topk) + "_ps" + N(ps));
    }
  }
  return names;
}

std::vector<std::string> GdnNames(const GdnDims& gdn, const Parallelism& parallel) {
  std::vector<std::string> names;
  for (int64_t tp : parallel.tp) {
    std::string shape = "_qk" + N(gdn.key_heads / tp) + "_v" + N(gdn.value_heads / tp) + "_d" +
                        N(gdn.key_dim) + "_k_last";
    for (const char* mode : {"prefill", "decode", "mtp"})
      AddUnique(names, std::string("gdn_") + mode + shape);
  }
  return names;
}

std::vector<std::string> MambaNames(const MambaDims& mamba, const Parallelism& parallel) {
  std::vector<std::string> names;
  for (int64_t tp : parallel.tp) {
    AddUnique(names, "mamba_ssu_decode_h" + N(mamba.heads / tp) + "_d" + N(mamba.head_dim) + "_s" +
                         N(mamba.state) + "_ng" + N(KvHeadsPerRank(mamba.groups, tp)));
  }
  return names;
}

std::vector<std::string> MoeNames(const MoeShape& moe, const Parallelism& parallel) {
  std::string experts =
      "_e" + N(moe.experts / parallel.ep) + "_h" + N(moe.hidden) + "_i" + N(moe.intermediate);
  std::string shape = "_topk" + N(moe.top_k) + experts;
  std::string family = moe.weights == MoeWeights::kInt4PackQuantized ? "moe_int4_pack_quantized"
                                                                     : "moe_fp8_block_scale";
  switch (moe.routing) {
    case MoeRouting::kLlama4:
      return {"trtllm_fp4_block_scale_moe" + shape, "trtllm_fp4_block_scale_routed_moe" + shape,
              "trtllm_fp8_per_tensor_scale_moe" + shape};
    case MoeRouting::kDeepSeek:
      return {family + "_ds_routing_topk" + N(moe.top_k) + "_ng" + N(moe.groups) + "_kg" +
              N(moe.topk_groups) + experts};
    case MoeRouting::kRenorm:
      return {family + "_renorm" + shape};
    case MoeRouting::kDefault:
      return {family + "_default" + shape};
  }
  return {};
}

std::vector<std::string> SamplingNames(int64_t vocab) {
  std::string v = "_v" + N(vocab);
  return {"top_k_sampling_from_probs" + v, "top_p_sampling_from_probs" + v,
          "top_k_top_p_sampling_from_probs" + v};
}

}  // namespace fib
