// Inputs that once crashed or hung the tool, through the real binary under a timeout: each
// must end in a located error (or, for a broken dataset file, a warning), never an abort, a
// stack overflow or a run without end.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace fib {
namespace {

using testing::ReadText;
using testing::RunBinaryWithin;
using testing::RunOutput;
using testing::TempDir;
using testing::WriteText;

constexpr int kSeconds = 60;

constexpr const char* kLlama =
    R"({"model_type": "llama", "architectures": ["LlamaForCausalLM"], "hidden_size": 4096,
 "num_hidden_layers": LAYERS, "num_attention_heads": 32, "num_key_value_heads": KV,
 "intermediate_size": 14336, "vocab_size": 128256}
)";

std::string Llama(const std::string& layers, const std::string& kv = "8") {
  std::string text = kLlama;
  text.replace(text.find("LAYERS"), 6, layers);
  text.replace(text.find("KV"), 2, kv);
  return text;
}

RunOutput Generate(const TempDir& temp, const std::string& config) {
  WriteText(temp.File("config.json"), config);
  return RunBinaryWithin(
      {"generate", "--config", temp.File("config.json"), "--model-name", "x", "--stdout"},
      kSeconds);
}

std::string Frame(const std::string& line, size_t column) {
  return " 2 | " + line + "\n   | " + std::string(column - 1, ' ') + "^\n";
}

TEST(HostileInputsTest, NumberOutOfDoubleRangeInAnEntry) {
  TempDir temp;
  WriteText(temp.File("e.json"),
            R"({"id": "t", "name": "T", "modules": {"R": {"count": 1e400, "type": "block"}}})");
  WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
  RunOutput run = RunBinaryWithin(
      {"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err,
            temp.File("e.json") +
                ":1:53: error: invalid JSON: number 1e400 is out of range (beyond a double's "
                "largest value)\n"
                " 1 | {\"id\": \"t\", \"name\": \"T\", \"modules\": {\"R\": {\"count\": 1e400, "
                "\"type\": \"block\"}}}\n"
                "   |                                                     ^\n");
}

TEST(HostileInputsTest, NumberOutOfDoubleRangeInAConfig) {
  TempDir temp;
  RunOutput run = Generate(temp, Llama("1e400"));
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err, temp.File("config.json") +
                         ":2:23: error: invalid JSON: number 1e400 is out of range (beyond a "
                         "double's largest value)\n" +
                         Frame(" \"num_hidden_layers\": 1e400, \"num_attention_heads\": 32, "
                               "\"num_key_value_heads\": 8,",
                               23));
}

TEST(HostileInputsTest, NumberOutOfDoubleRangeInAManifest) {
  TempDir temp;
  WriteText(temp.File("m.json"),
            R"({"output": "models.ts", "models": [{"id": "a", "config": "c.json", "tp": 1e400}]})");
  RunOutput run = RunBinaryWithin({"refresh", "--manifest", temp.File("m.json")}, kSeconds);
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find(":1:74: error: invalid JSON: number 1e400 is out of range"),
            std::string::npos)
      << run.err;
}

TEST(HostileInputsTest, NumberOutOfDoubleRangeInOneDatasetFileIsListedNotFatal) {
  TempDir temp;
  std::filesystem::create_directories(temp.path() / "definitions/gemm");
  WriteText(temp.File("definitions/gemm/bad.json"), R"({"name": "x", "n": 1e400})");
  WriteText(temp.File("config.json"), Llama("2"));
  RunOutput run = RunBinaryWithin({"generate", "--config", temp.File("config.json"), "--model-name",
                                   "x", "--stdout", "--definitions", temp.path().string()},
                                  kSeconds);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("bad.json: invalid JSON: number 1e400 is out of range"), std::string::npos)
      << run.err;
}

TEST(HostileInputsTest, ManyUnclosedBracketsEndInASyntaxError) {
  TempDir temp;
  WriteText(temp.File("models.ts"), "const models = [" + std::string(65600, '[') + "\n");
  RunOutput run = RunBinaryWithin({"check", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 5);
}

TEST(HostileInputsTest, DeeplyNestedArraysInAModelAreRefusedAtTheLimit) {
  TempDir temp;
  std::string line =
      "  {id: \"x\", name: \"x\", modules: {a: {count: 1, type: \"layer\", "
      "definitions: " +
      std::string(20000, '[') + std::string(20000, ']') + "}}},";
  WriteText(temp.File("models.ts"), "const models = [\n" + line + "\n]\n");
  RunOutput run = RunBinaryWithin({"check", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 6);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            temp.File("models.ts") +
                ":2:137: error: nested deeper than the limit of 64 arrays and objects");
}

TEST(HostileInputsTest, DeeplyNestedJsonIsRefusedAtTheLimit) {
  TempDir temp;
  WriteText(temp.File("e.json"), R"({"id": "x", "name": "x", "modules": )" +
                                     std::string(30000, '[') + std::string(30000, ']') + "}");
  WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
  RunOutput run = RunBinaryWithin(
      {"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            temp.File("e.json") +
                ":1:100: error: invalid JSON: nested deeper than the limit of 64 arrays and "
                "objects");
}

TEST(HostileInputsTest, LayerCountsPastTheLimitAreRefused) {
  for (const std::string& layers : {"2147483648", "1e9"}) {
    TempDir temp;
    RunOutput run = Generate(temp, Llama(layers));
    EXPECT_EQ(run.exit_code, 4) << layers;
    std::string shown = layers == "1e9" ? "1000000000" : layers;
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              temp.File("config.json") + ":2:23: error: 'num_hidden_layers' is " + shown +
                  ", past the limit of 100000 layers");
  }
}

TEST(HostileInputsTest, LargestUnsignedIsReportedAsWritten) {
  TempDir temp;
  RunOutput run = Generate(temp, Llama("18446744073709551615"));
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            temp.File("config.json") +
                ":2:23: error: 'num_hidden_layers' must be a positive integer (at most 2^53), "
                "got 1.8446744073709552e+19");
}

TEST(HostileInputsTest, KvHeadsThatDoNotDivideTheHeadsAreRefused) {
  TempDir temp;
  RunOutput run = Generate(temp, Llama("32", "7"));
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            temp.File("config.json") +
                ":2:77: error: 'num_key_value_heads' must divide num_attention_heads (32), got 7");
}

TEST(HostileInputsTest, LongLineWithASyntaxErrorPrintsAWindow) {
  TempDir temp;
  WriteText(temp.File("models.ts"), "const models = [" + std::string(50000000, 'x') + " @ ]\n");
  RunOutput run = RunBinaryWithin({"check", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_LT(run.err.size(), 1000u) << run.err.substr(0, 1000);
}

TEST(HostileInputsTest, JsonObjectWithManyKeysFinishes) {
  TempDir temp;
  std::string text = "{";
  for (int i = 0; i < 300000; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\": 1";
  WriteText(temp.File("e.json"), text + "}");
  WriteText(temp.File("models.ts"), testing::SourceFile("fixtures/models.ts"));
  RunOutput run = RunBinaryWithin(
      {"upsert", "--model", temp.File("e.json"), "--output", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 4);
}

// Found by fuzz/hf_config_fuzzer.cc: the marker comment names the config, and a line break in
// that name ended the comment, so the edit failed its re-parse (exit 8, "a bug").
TEST(HostileInputsTest, ALineBreakInTheConfigsNameStaysInsideTheMarker) {
  TempDir temp;
  std::string config = temp.File("a\nb\u2028c.json");
  WriteText(config, Llama("2"));
  RunOutput run = RunBinaryWithin(
      {"generate", "--config", config, "--model-name", "x", "--output", temp.File("models.ts")},
      kSeconds);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(ReadText(temp.File("models.ts"))
                .find("// fib-modelgen: generated from a\\nb\\u2028c.json (tp=1, ep=1, ps=1)\n"),
            std::string::npos);
}

// Found by fuzz/models_ts_fuzzer.cc: on these 500 bytes tree-sitter's error recovery ran for
// minutes. The parse has a budget; past it the file is refused as not parsing.
TEST(HostileInputsTest, AParseWhoseErrorRecoveryRunsAwayIsCutShort) {
  TempDir temp;
  WriteText(temp.File("models.ts"),
            testing::SourceFile("fuzz/regressions/models_ts/parse-recovery-gives-up.ts"));
  RunOutput run = RunBinaryWithin({"check", temp.File("models.ts")}, kSeconds);
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
            "fib-modelgen: error: '" + temp.File("models.ts") +
                "' does not parse: the parser gave up recovering from its syntax errors after 5 s");
}

// Found by fuzz/hf_config_fuzzer.cc: a Nemotron-H pattern with MoE layers and no routed
// experts (the key misspelled) read an empty optional: "out of memory" (exit 9) or worse.
TEST(HostileInputsTest, MoeLayersWithoutExpertsAreAnInputError) {
  TempDir temp;
  RunOutput run = Generate(
      temp,
      testing::SourceFile("fuzz/regressions/hf_config/nemotron-moe-pattern-without-experts.json"));
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find("error: layer 1 of the pattern is a MoE layer, but the config gives no "
                         "routed experts (n_routed_experts)"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace fib
