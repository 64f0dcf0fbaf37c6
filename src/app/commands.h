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

// --array NAME, shared by the commands that read a models.ts.
ArrayQuery MakeArrayQuery(const std::string& array_name, bool read_values);

struct ListOptions {
  std::string file;
  std::string format = "text";
  std::string array;
};
CLI::App* SetupList(CLI::App& app, ListOptions& options);
int RunList(const ListOptions& options, Io& io);

struct UpsertOptions {
  std::string model;
  std::string output;
  std::string array;
  bool dry_run = false;
};
CLI::App* SetupUpsert(CLI::App& app, UpsertOptions& options);
int RunUpsert(const UpsertOptions& options, Io& io);

struct RemoveOptions {
  std::string id;
  std::string output;
  std::string array;
  bool dry_run = false;
};
CLI::App* SetupRemove(CLI::App& app, RemoveOptions& options);
int RunRemove(const RemoveOptions& options, Io& io);

struct CheckOptions {
  std::vector<std::string> files;
  std::string array;
};
CLI::App* SetupCheck(CLI::App& app, CheckOptions& options);
int RunCheck(const CheckOptions& options, Io& io);

}  // namespace fib
