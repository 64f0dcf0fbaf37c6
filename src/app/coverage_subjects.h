// The models `coverage` reports on: read from a models.ts (their shapes from the marker
// comment), or generated from a manifest (their shapes from a generation per TP, and the
// unmapped modules generation reports).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/io.h"
#include "base/result.h"
#include "config/manifest.h"
#include "model/doc_coverage.h"
#include "model/kernel_inventory.h"

namespace fib {

struct CoverageSubject {
  Model model;
  KernelShapes shapes;
  std::optional<std::vector<UnmappedOp>> unmapped;  // known only when generated
};

struct CoverageSubjects {
  std::vector<CoverageSubject> subjects;
  std::string definitions;  // the manifest's "definitions", resolved ("" for a file)
};

// A manifest to generate the models of, and where its paths may lead.
struct ManifestRequest {
  std::string path;  // "": none
  ManifestPaths allowed = ManifestPaths::kInsideRepository;
};

// From FILE (`file` non-empty) or MANIFEST; only the models whose id is in `ids` when it is
// not empty (an id that matches none is an error). Generation warnings and unmapped lines
// go to io.err, as `refresh` prints them; `printed` is set when the problems were printed
// there, and the error returned only carries their kind.
Result<CoverageSubjects> LoadCoverageSubjects(const std::string& file,
                                              const ManifestRequest& manifest,
                                              const std::string& array,
                                              const std::vector<std::string>& ids, Io& io,
                                              bool& printed);

}  // namespace fib
