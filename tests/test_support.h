// Helpers shared by the test suites: temporary directories, files, the shared fixtures, and
// running the real binary.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fib::testing {

// A fresh directory, removed with its contents when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

void WriteText(const std::string& path, const std::string& text);
std::string ReadText(const std::string& path);

// The project's source directory (for fixtures/ and tests/golden/).
std::filesystem::path SourceDir();

// ../shared beside the project, or nothing when it is absent (tests then skip).
std::optional<std::filesystem::path> SharedDir();

// The text of a file under tests/golden/ or fixtures/; a missing file fails the test.
std::string SourceFile(const std::string& relative);

// Compares `actual` with golden file `relative` (under the source dir) byte for byte. With
// FIB_UPDATE_GOLDEN=1 in the environment it rewrites the golden file instead.
void ExpectGolden(const std::string& relative, const std::string& actual);

struct RunOutput {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Every Definition name a Model JSON object maps, over all its modules.
std::set<std::string> DefinitionNames(const nlohmann::json& model);

// Runs RunCli in-process with `args`.
RunOutput RunTool(const std::vector<std::string>& args);

// The binary end-to-end tests run: this build's, or FIB_BINARY_UNDER_TEST when set (to run
// the suites against another build, e.g. main's, and see which of them it fails).
std::string BinaryUnderTest();

// Runs the built binary as a separate process (for end-to-end tests).
RunOutput RunBinary(const std::vector<std::string>& args);

// The same, killed after `seconds` (exit code 124 then): for inputs that once made it hang.
RunOutput RunBinaryWithin(const std::vector<std::string>& args, int seconds);

}  // namespace fib::testing
