#include "test_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "app/cli.h"

namespace fib::testing {

TempDir::TempDir() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() /
          ("fib-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::filesystem::path SourceDir() { return FIB_SOURCE_DIR; }

std::optional<std::filesystem::path> SharedDir() {
  std::filesystem::path shared = SourceDir().parent_path() / "shared";
  if (std::filesystem::exists(shared / "fixtures")) return shared;
  return std::nullopt;
}

std::string SourceFile(const std::string& relative) {
  std::filesystem::path path = SourceDir() / relative;
  EXPECT_TRUE(std::filesystem::exists(path)) << "missing " << path;
  return ReadText(path.string());
}

void ExpectGolden(const std::string& relative, const std::string& actual) {
  std::filesystem::path path = SourceDir() / relative;
  const char* update = std::getenv("FIB_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    WriteText(path.string(), actual);
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path))
      << "missing golden file " << path << " (run with FIB_UPDATE_GOLDEN=1 to create it)";
  EXPECT_EQ(ReadText(path.string()), actual) << "golden file " << relative;
}

std::set<std::string> DefinitionNames(const nlohmann::json& model) {
  std::set<std::string> names;
  for (const auto& [key, module] : model["modules"].items()) {
    if (!module.contains("definitions")) continue;
    for (const auto& name : module["definitions"]) names.insert(name.get<std::string>());
  }
  return names;
}

RunOutput RunTool(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  RunOutput result;
  result.exit_code = RunCli(args, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

RunOutput RunBinary(const std::vector<std::string>& args) {
  TempDir capture;
  std::string command = std::string("'") + FIB_BINARY + "'";
  for (const std::string& arg : args) command += " '" + arg + "'";
  command += " >" + capture.File("out") + " 2>" + capture.File("err") + " </dev/null";
  int status = std::system(command.c_str());
  RunOutput result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadText(capture.File("out"));
  result.err = ReadText(capture.File("err"));
  return result;
}

}  // namespace fib::testing

namespace {

// The tool looks for a dataset in these; a developer's setting must not change what the
// tests see.
const bool kDatasetVariablesCleared = [] {
  ::unsetenv("FLASHINFER_TRACE_PATH");
  ::unsetenv("FIB_DATASET_PATH");
  return true;
}();

}  // namespace
