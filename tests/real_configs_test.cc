// The real-config suite: every fixtures/configs/real/*.expect states, from the config and the
// family's modelling code (the arithmetic is in its comments), what generation must produce.
// Format, one statement per line ('#' starts a comment):
//   config FILE (or shared:NAME, read from ../shared/fixtures/configs) | args FLAGS | layers N |
//   module KEY COUNT [NAME...] | absent KEY | definitions NAME... (the complete set, over all such
//   lines) | unmapped TEXT | warning TEXT | no-warnings | refused TEXT
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "arch/generate.h"
#include "config/model_config.h"
#include "naming/parallelism.h"
#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

const fs::path kConfigsDir = fs::path(FIB_SOURCE_DIR) / "fixtures/configs";
const fs::path kRealDir = kConfigsDir / "real";

struct Expectation {
  std::string config;
  std::vector<std::string> args;
  std::vector<std::vector<std::string>> statements;  // the other lines, split in words
  std::set<std::string> definitions;
  bool has_definitions = false;
};

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

Expectation ReadExpectation(const fs::path& path) {
  Expectation expectation;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    std::vector<std::string> words = Words(line);
    if (words.empty()) continue;
    if (words[0] == "config") {
      expectation.config = words.at(1);
    } else if (words[0] == "args") {
      expectation.args.assign(words.begin() + 1, words.end());
    } else if (words[0] == "definitions") {
      expectation.has_definitions = true;
      expectation.definitions.insert(words.begin() + 1, words.end());
    } else {
      expectation.statements.push_back(words);
    }
  }
  return expectation;
}

std::string Flag(const std::vector<std::string>& args, const std::string& name,
                 const std::string& fallback) {
  auto it = std::find(args.begin(), args.end(), name);
  return it != args.end() && it + 1 != args.end() ? *(it + 1) : fallback;
}

// `config shared:NAME` names ../shared/fixtures/configs/NAME: a real config whose bytes the
// shared fixtures already hold, read from there rather than committed a second time.
constexpr std::string_view kSharedPrefix = "shared:";

bool IsShared(const std::string& config) { return config.rfind(kSharedPrefix, 0) == 0; }

// Where the config of an .expect in `dir` is; nullopt for a shared one when ../shared is absent.
std::optional<fs::path> ConfigPath(const fs::path& dir, const std::string& config) {
  if (!IsShared(config)) return dir / config;
  std::optional<fs::path> shared = testing::SharedDir();
  if (!shared) return std::nullopt;
  return *shared / "fixtures/configs" / config.substr(kSharedPrefix.size());
}

Result<Generation> GenerateFor(const fs::path& config_path, const Expectation& expectation,
                               ModelConfig& config) {
  Result<ModelConfig> loaded = LoadModelConfig(config_path.string());
  if (!loaded) return loaded.error();
  config = std::move(*loaded);
  Result<Parallelism> parallel = ParseParallelism(Flag(expectation.args, "--tp", "1"),
                                                  std::stoll(Flag(expectation.args, "--ep", "1")),
                                                  Flag(expectation.args, "--page-sizes", "1"));
  if (!parallel) return parallel.error();
  GenerationRequest request;
  request.config = &config;
  request.id = config_path.stem().string();
  request.parallel = *parallel;
  return Generate(request);
}

const Module* FindModule(const Model& model, const std::string& key) {
  auto it = std::find_if(model.modules.begin(), model.modules.end(),
                         [&](const Module& m) { return m.key == key; });
  return it == model.modules.end() ? nullptr : &*it;
}

std::string Rest(const std::vector<std::string>& words, size_t from) {
  std::string out;
  for (size_t i = from; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

std::string AllText(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.message + "\n";
  return out;
}

std::string AllText(const std::vector<Unmapped>& unmapped) {
  std::string out;
  for (const Unmapped& u : unmapped) out += DescribeUnmapped(u) + "\n";
  return out;
}

void CheckModule(const Model& model, const std::vector<std::string>& words) {
  const Module* module = FindModule(model, words.at(1));
  ASSERT_NE(module, nullptr) << "no module '" << words[1] << "'";
  EXPECT_EQ(module->count, std::stoll(words.at(2))) << words[1];
  std::vector<std::string> names(words.begin() + 3, words.end());
  EXPECT_EQ(module->definitions.value_or(std::vector<std::string>{}), names) << words[1];
}

std::set<std::string> DefinitionSet(const Model& model) {
  std::set<std::string> names;
  for (const Module& module : model.modules) {
    if (module.definitions) names.insert(module.definitions->begin(), module.definitions->end());
  }
  return names;
}

void CheckStatement(const Generation& generation, const std::vector<std::string>& words) {
  const std::string& verb = words[0];
  std::string text = Rest(words, 1);
  if (verb == "module") return CheckModule(generation.model, words);
  if (verb == "layers") {
    const Module* layers = FindModule(generation.model, "layers");
    ASSERT_NE(layers, nullptr);
    EXPECT_EQ(layers->count, std::stoll(words.at(1)));
  } else if (verb == "absent") {
    EXPECT_EQ(FindModule(generation.model, words.at(1)), nullptr) << words[1];
  } else if (verb == "unmapped") {
    EXPECT_NE(AllText(generation.unmapped).find(text), std::string::npos)
        << "no unmapped line has '" << text << "':\n"
        << AllText(generation.unmapped);
  } else if (verb == "warning") {
    EXPECT_NE(AllText(generation.warnings).find(text), std::string::npos)
        << "no warning has '" << text << "':\n"
        << AllText(generation.warnings);
  } else if (verb == "no-warnings") {
    EXPECT_TRUE(generation.warnings.empty()) << AllText(generation.warnings);
  } else {
    ADD_FAILURE() << "unknown statement '" << verb << "'";
  }
}

class RealConfigTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RealConfigTest, GeneratesWhatTheModellingCodeComputes) {
  fs::path path = kConfigsDir / GetParam();
  Expectation expectation = ReadExpectation(path);
  ASSERT_FALSE(expectation.config.empty()) << "no 'config' line";
  std::optional<fs::path> config_path = ConfigPath(path.parent_path(), expectation.config);
  if (!config_path) GTEST_SKIP() << expectation.config << ": ../shared is absent";
  ModelConfig config;
  Result<Generation> generation = GenerateFor(*config_path, expectation, config);
  auto refused = std::find_if(expectation.statements.begin(), expectation.statements.end(),
                              [](const auto& words) { return words[0] == "refused"; });
  if (refused != expectation.statements.end()) {
    ASSERT_FALSE(generation.ok()) << "expected a refusal";
    std::string text = Rest(*refused, 1);
    EXPECT_NE(Render(generation.error()).find(text), std::string::npos)
        << Render(generation.error());
    return;
  }
  ASSERT_TRUE(generation.ok()) << Render(generation.error());
  for (const auto& words : expectation.statements) CheckStatement(*generation, words);
  if (expectation.has_definitions) {
    EXPECT_EQ(DefinitionSet(generation->model), expectation.definitions);
  }
}

// The .expect files of `dir` ("real" or "family"), as paths relative to fixtures/configs.
std::vector<std::string> ExpectFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(kConfigsDir / dir)) {
    if (entry.path().extension() == ".expect") {
      files.push_back(dir + "/" + entry.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Real, RealConfigTest, ::testing::ValuesIn(ExpectFiles("real")), TestName);
// Team-written configs for families no real file was found for (fixtures/configs/family).
INSTANTIATE_TEST_SUITE_P(Family, RealConfigTest, ::testing::ValuesIn(ExpectFiles("family")),
                         TestName);

TEST(RealConfigSuiteTest, HoldsAtLeastTwentyFiveConfigsEachWithItsSource) {
  std::vector<std::string> files = ExpectFiles("real");
  EXPECT_GE(files.size(), 25u);
  std::ifstream sources(kRealDir / "SOURCES.md");
  std::stringstream text;
  text << sources.rdbuf();
  for (const std::string& file : files) {
    std::string config = ReadExpectation(kConfigsDir / file).config;
    std::optional<fs::path> config_path = ConfigPath(kRealDir, config);
    if (config_path) EXPECT_TRUE(fs::exists(*config_path)) << config;
    EXPECT_NE(text.str().find(config), std::string::npos) << config << " is not in SOURCES.md";
  }
}

}  // namespace
}  // namespace fib
