// The shapes that Definition names encode, as plain values. Only what a name spells is here;
// how a model comes to have these shapes is arch/'s business.
#pragma once

#include <cstdint>

namespace fib {

struct GqaDims {
  int64_t q_heads = 0;
  int64_t kv_heads = 0;
  int64_t head_dim = 0;
};

struct MlaDims {
  int64_t q_heads = 0;
  int64_t q_lora = 0;  // 0: no q LoRA (DeepSeek V2-Lite)
  int64_t kv_lora = 0;
  int64_t nope = 0;
  int64_t rope = 0;
  int64_t v = 0;
};

struct DsaDims {
  int64_t index_heads = 0;
  int64_t index_head_dim = 0;
  int64_t index_topk = 0;
};

struct GdnDims {
  int64_t key_heads = 0;
  int64_t value_heads = 0;
  int64_t key_dim = 0;
  int64_t value_dim = 0;
};

struct MambaDims {
  int64_t heads = 0;
  int64_t head_dim = 0;
  int64_t state = 0;
  int64_t groups = 0;
};

// The MoE Definition families of spec §4: which routing the fused kernel implements.
enum class MoeRouting {
  kDeepSeek,  // sigmoid scores + correction bias, expert groups, renormalised top-k
  kRenorm,    // softmax, renormalised top-k
  kDefault,   // softmax, top-k weights as they are
  kLlama4,    // Llama 4's sigmoid top-1 (the trtllm names)
};

// How the routed experts' weights are stored, where the dataset has a family for it.
enum class MoeWeights {
  kFp8BlockScale,     // moe_fp8_block_scale_… (also the dataset's name for bf16 checkpoints)
  kInt4PackQuantized  // moe_int4_pack_quantized_… (compressed-tensors INT4, group-quantised)
};

struct MoeShape {
  int64_t experts = 0;  // routed experts in the whole model (EP divides them in the name)
  int64_t top_k = 0;
  int64_t hidden = 0;        // the width the experts see (the latent width for latent MoE)
  int64_t intermediate = 0;  // per expert
  MoeRouting routing = MoeRouting::kRenorm;
  int64_t groups = 1;
  int64_t topk_groups = 1;
  MoeWeights weights = MoeWeights::kFp8BlockScale;
};

}  // namespace fib
