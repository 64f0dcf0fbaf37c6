#include "app/coverage_subjects.h"

#include <algorithm>
#include <set>

#include "app/commands.h"
#include "app/generation_runner.h"
#include "app/kernel_shapes.h"
#include "config/manifest.h"
#include "patch/model_reader.h"

namespace fib {

namespace {

Result<CoverageSubjects> FromFile(const std::string& path, const std::string& array, Io& io,
                                  bool& printed) {
  Result<ModelsFile> file = ModelsFile::Load(path, MakeArrayQuery(array, true), false);
  if (!file) return file.error();
  ModelReading reading = ReadModels(*file);
  if (!reading.diagnostics.empty()) {
    PrintAll(reading.diagnostics, io);
    printed = true;
    return Error(ErrorKind::kValidation, "'" + path + "' has invalid models");
  }
  CoverageSubjects loaded;
  for (Model& model : reading.models) {
    KernelShapes shapes = ShapesOfFileModel(*file, model.id);
    loaded.subjects.push_back({std::move(model), std::move(shapes), std::nullopt});
  }
  return loaded;
}

std::vector<UnmappedOp> UnmappedOf(const Generation& generation) {
  std::vector<UnmappedOp> ops;
  for (const Unmapped& unmapped : generation.unmapped)
    ops.push_back({unmapped.modules, unmapped.op});
  return ops;
}

// Generates the manifest's models (only those in `ids` when it is not empty).
Result<CoverageSubjects> FromManifest(const ManifestRequest& wanted,
                                      const std::vector<std::string>& ids, Io& io) {
  Result<Manifest> manifest = LoadManifest(wanted.path, wanted.allowed);
  if (!manifest) return manifest.error();
  CoverageSubjects loaded;
  loaded.definitions = manifest->definitions;
  GenerationRunner runner;
  for (const ManifestModel& entry : manifest->models) {
    if (!ids.empty() && std::find(ids.begin(), ids.end(), entry.id) == ids.end()) continue;
    GenerationRequest request = RequestFor(entry);
    Result<Generation> generated = runner.Run(FilesFor(entry), request);
    if (!generated) return generated.error();
    Status notes = PrintNotes(*generated, false, io);
    if (!notes) return notes.error();
    Result<KernelShapes> shapes = ShapesOfGeneration(runner, FilesFor(entry), request, *generated);
    if (!shapes) return shapes.error();
    loaded.subjects.push_back({generated->model, std::move(*shapes), UnmappedOf(*generated)});
  }
  return loaded;
}

Status KeepOnly(const std::vector<std::string>& ids, std::vector<CoverageSubject>& subjects) {
  if (ids.empty()) return Ok{};
  for (const std::string& id : ids) {
    bool known = std::any_of(subjects.begin(), subjects.end(),
                             [&](const CoverageSubject& s) { return s.model.id == id; });
    if (!known) {
      return Error(ErrorKind::kValidation, "no model with id \"" + id + "\"",
                   "'fib-modelgen list FILE' shows the ids there are");
    }
  }
  std::set<std::string> wanted(ids.begin(), ids.end());
  subjects.erase(
      std::remove_if(subjects.begin(), subjects.end(),
                     [&](const CoverageSubject& s) { return !wanted.count(s.model.id); }),
      subjects.end());
  return Ok{};
}

}  // namespace

Result<CoverageSubjects> LoadCoverageSubjects(const std::string& file,
                                              const ManifestRequest& manifest,
                                              const std::string& array,
                                              const std::vector<std::string>& ids, Io& io,
                                              bool& printed) {
  if (file.empty() == manifest.path.empty()) {
    return Error(ErrorKind::kUsage, "coverage takes either FILE or --manifest PATH",
                 "e.g. fib-modelgen coverage models.ts --definitions ../flashinfer-trace");
  }
  Result<CoverageSubjects> loaded =
      file.empty() ? FromManifest(manifest, ids, io) : FromFile(file, array, io, printed);
  if (!loaded) return loaded;
  Status kept = KeepOnly(ids, loaded->subjects);
  if (!kept) return kept.error();
  return loaded;
}

}  // namespace fib
