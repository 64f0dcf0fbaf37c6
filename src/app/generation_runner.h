// Reads the files generation needs (each config once, however many models share it), runs
// arch's Generate, and prints its warnings and unmapped modules.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/io.h"
#include "arch/generate.h"
#include "config/manifest.h"
#include "patch/plan.h"

namespace fib {

struct GenerationFiles {
  std::string config_path;
  std::string config_label;  // how the marker comment names the config; "" = config_path
  std::string sglang_path;   // optional
};

class GenerationRunner {
 public:
  // Loads the files and generates. `request.config`/`sglang` are filled in here.
  Result<Generation> Run(const GenerationFiles& files, GenerationRequest request);

 private:
  std::map<std::string, ModelConfig> configs_;
};

// Prints each warning (unless `strict`, where they become the error) and one "unmapped:"
// line per op to io.err; with `strict` and warnings, returns the error to report.
Status PrintNotes(const Generation& generation, bool strict, Io& io);

// What generates a manifest's model: its files, and its request (id, identity, shapes).
GenerationFiles FilesFor(const ManifestModel& model);
GenerationRequest RequestFor(const ManifestModel& model);

// The entry and its marker comment, as the patcher takes them.
NewElement ElementOf(const Generation& generation);

}  // namespace fib
