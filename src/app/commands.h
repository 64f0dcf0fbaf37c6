// Every subcommand: an options struct, Setup (registers its flags with CLI11) and Run.
#pragma once

#include <string>
#include <vector>

#include "app/io.h"
#include "ts/models_array.h"

namespace CLI {
class App;
}

namespace fib {

// Where the FlashInfer-Bench repository keeps its refresh manifest, relative to its root (the
// models file: app/format_settings.h).
inline constexpr const char* kDefaultManifestPath = "web/apps/web/data/models.manifest.json";

// --array NAME, shared by the commands that read a models.ts.
ArrayQuery MakeArrayQuery(const std::string& array_name, bool read_values);

struct ListOptions {
  std::string file;  // "": TargetFile (app/format_settings.h), as for every command below
  std::string format = "text";
  std::string array;
};
CLI::App* SetupList(CLI::App& app, ListOptions& options);
Outcome RunList(const ListOptions& options, Io& io);

struct UpsertOptions {
  std::string model;
  std::string output;
  std::string array;
  std::string prettier_config;
  bool dry_run = false;
};
CLI::App* SetupUpsert(CLI::App& app, UpsertOptions& options);
Outcome RunUpsert(const UpsertOptions& options, Io& io);

struct RemoveOptions {
  std::string id;
  std::string output;
  std::string array;
  bool dry_run = false;
};
CLI::App* SetupRemove(CLI::App& app, RemoveOptions& options);
Outcome RunRemove(const RemoveOptions& options, Io& io);

struct CheckOptions {
  std::vector<std::string> files;  // none: the TargetFile
  std::string array;
  std::string output_format = "text";  // text, github or json (app/problem_output.h)
};
CLI::App* SetupCheck(CLI::App& app, CheckOptions& options);
Outcome RunCheck(const CheckOptions& options, Io& io);

struct GenerateOptions {
  std::string config;
  std::string sglang_impl;
  std::string model_name;
  std::string output;  // "": TargetFile (app/format_settings.h)
  std::string append = "true";
  std::string name;
  std::string description;
  std::string tp = "1";
  int64_t ep = 1;
  bool ep_given = false;
  std::string page_sizes = "1";
  std::string definitions;
  bool only_existing = false;
  bool strict = false;
  bool dry_run = false;
  bool to_stdout = false;
  std::string format = "ts";
  bool force = false;
  bool sampling = false;
  std::string array;
  std::string prettier_config;  // "": the target's own prettier configuration
};
CLI::App* SetupGenerate(CLI::App& app, GenerateOptions& options);
Outcome RunGenerate(const GenerateOptions& options, Io& io);

struct RefreshOptions {
  std::string manifest;
  std::string output_format = "text";  // text or github (annotations for --check)
  bool allow_outside_repo = false;     // the manifest's paths may lead outside its repository
  bool check = false;
  bool strict = false;
  bool dry_run = false;
  std::string array;
  std::string prettier_config;
};
CLI::App* SetupRefresh(CLI::App& app, RefreshOptions& options);
Outcome RunRefresh(const RefreshOptions& options, Io& io);

struct CoverageOptions {
  std::string file;      // either FILE ...
  std::string manifest;  // ... or a refresh manifest, whose models are generated
  bool allow_outside_repo = false;
  std::string definitions;
  std::string format = "md";  // md, json, mdx (the coverage document's layout) or kernels
  std::vector<std::string> ids;
  std::string write;  // update this coverage document in place
  bool check = false;
  bool dry_run = false;
  std::string array;
};
CLI::App* SetupCoverage(CLI::App& app, CoverageOptions& options);
Outcome RunCoverage(const CoverageOptions& options, Io& io);

struct TreeCommandOptions {
  std::string file;  // either FILE --id ID ...
  std::string id;
  std::string config;  // ... or a config with generate's flags
  std::string sglang_impl;
  std::string model_name = "model";
  std::string tp = "1";
  int64_t ep = 1;
  bool ep_given = false;
  std::string page_sizes = "1";
  std::string array;
  bool strict = false;
  std::string format = "text";  // text, mermaid or json
  bool color = false;           // --color, NO_COLOR, FORCE_COLOR (app/color_choice.h)
  bool terminal = false;
};
CLI::App* SetupTree(CLI::App& app, TreeCommandOptions& options);
Outcome RunTree(const TreeCommandOptions& options, Io& io);

struct DiffOptions {
  std::string old_spec;         // a path, or REV:PATH
  std::string new_spec;         // "": the TargetFile
  std::string format = "text";  // text, md or mermaid
  std::string array;
};
CLI::App* SetupDiff(CLI::App& app, DiffOptions& options);
Outcome RunDiff(const DiffOptions& options, Io& io);

}  // namespace fib
