// An sglang_implementation.json beside a fixed Qwen3 config → Generate (renamed classes and
// modules, kernel calls checked against the config) → the entry through the edit cycle.
#include "config/model_config.h"
#include "fuzz_checks.h"
#include "generation_checks.h"

namespace {

constexpr const char* kConfig = R"({"architectures": ["Qwen3MoeForCausalLM"],
 "model_type": "qwen3_moe", "hidden_size": 2048, "num_hidden_layers": 48,
 "num_attention_heads": 32, "num_key_value_heads": 4, "head_dim": 128,
 "intermediate_size": 6144, "moe_intermediate_size": 768, "num_experts": 128,
 "num_experts_per_tok": 8, "norm_topk_prob": true, "vocab_size": 151936})";

const fib::ModelConfig& Config() {
  static const fib::ModelConfig config = fib::ModelConfigFromText("qwen3.json", kConfig).value();
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace fib;
  Result<SglangImplementation> sglang =
      SglangImplementationFromText("fuzz/sglang.json", fuzz::Text(data, size));
  if (!sglang) {
    fuzz::CheckRenders(sglang.error());
    return 0;
  }
  GenerationRequest request;
  request.config = &Config();
  request.sglang = &*sglang;
  request.id = "fuzz-model";
  fuzz::CheckGenerations(request);
  return 0;
}
