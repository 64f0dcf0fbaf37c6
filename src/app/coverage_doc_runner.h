// `coverage --write DOC`: the coverage document updated for some models, with the same
// promises as a models.ts edit: parsed before and after, nothing written when unchanged,
// an atomic write, and --check / --dry-run printing a diff instead.
#pragma once

#include <string>
#include <vector>

#include "app/io.h"
#include "model/dataset_facts.h"
#include "model/doc_coverage.h"

namespace fib {

struct DocWriteRequest {
  std::string path;
  bool check = false;    // exit 1 with a diff when the document is not up to date
  bool dry_run = false;  // print the diff, write nothing
};

// Prints what changed per model (and the tag findings) and a summary line; returns the exit
// code.
int RunCoverageDocWrite(const DocWriteRequest& request,
                        const std::vector<ModelCoverageFacts>& models, const DatasetFacts& dataset,
                        Io& io);

}  // namespace fib
