// Dependencies point one way (docs/style.md): each layer of src/ includes only the layers
// below it, nothing includes app/, arch/ never sees patch/ or emit/, naming/ depends on
// nothing above base/. And the README's layout names every folder of src/ and of the top.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "test_support.h"

namespace fib {
namespace {

namespace fs = std::filesystem;

// Which layers each layer may include (itself always).
const std::map<std::string, std::set<std::string>>& Allowed() {
  static const std::map<std::string, std::set<std::string>> allowed = {
      {"base", {}},
      {"config", {"base", "model"}},
      {"naming", {"base"}},
      {"model", {"base", "naming"}},
      {"arch", {"base", "config", "model", "naming"}},
      {"emit", {"base", "config", "model", "naming"}},
      {"ts", {"base", "model"}},
      {"patch", {"base", "config", "emit", "model", "naming", "ts"}},
      {"app", {"arch", "base", "config", "emit", "model", "naming", "patch", "ts"}},
  };
  return allowed;
}

std::string Text(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(IncludeDirectionsTest, EachLayerIncludesOnlyTheLayersBelowIt) {
  const std::regex include(R"re(#include "([a-z_]+)/)re");
  fs::path src = testing::SourceDir() / "src";
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.find("_test.cc") != std::string::npos) continue;
    std::string layer = entry.path().parent_path().filename().string();
    auto allowed = Allowed().find(layer);
    ASSERT_NE(allowed, Allowed().end()) << "src/" << layer << " is not in the layer table";
    std::string text = Text(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
      std::string target = (*it)[1];
      if (target == layer) continue;
      EXPECT_TRUE(allowed->second.count(target))
          << "src/" << layer << "/" << name << " includes " << target << "/";
    }
  }
}

TEST(IncludeDirectionsTest, TheReadmeLayoutNamesEveryFolder) {
  std::string readme = Text(testing::SourceDir() / "README.md");
  std::string layout = readme.substr(readme.find("## Layout"));
  layout = layout.substr(0, layout.find("\n## ", 1));
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() / "src")) {
    if (!entry.is_directory()) continue;
    std::string folder = "src/" + entry.path().filename().string() + "/";
    EXPECT_NE(layout.find(folder), std::string::npos) << folder << " is not in README's layout";
  }
  // And every top-level folder but hidden ones and build output (build*/, dist/).
  for (const auto& entry : fs::directory_iterator(testing::SourceDir())) {
    std::string name = entry.path().filename().string();
    if (!entry.is_directory() || name[0] == '.' || name.rfind("build", 0) == 0 || name == "dist" ||
        name == "node_modules") {
      continue;
    }
    EXPECT_NE(layout.find("\n" + name + "/"), std::string::npos)
        << name << "/ is not in README's layout";
  }
}

}  // namespace
}  // namespace fib
