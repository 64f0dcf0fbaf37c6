#include "app/generation_runner.h"

namespace fib {

Result<Generation> GenerationRunner::Run(const GenerationFiles& files, GenerationRequest request) {
  auto it = configs_.find(files.config_path);
  if (it == configs_.end()) {
    Result<ModelConfig> config = LoadModelConfig(files.config_path);
    if (!config) return config.error();
    it = configs_.emplace(files.config_path, std::move(config).value()).first;
  }
  std::optional<SglangImplementation> sglang;
  if (!files.sglang_path.empty()) {
    Result<SglangImplementation> loaded = LoadSglangImplementation(files.sglang_path);
    if (!loaded) return loaded.error();
    sglang = std::move(*loaded);
  }
  request.config = &it->second;
  request.sglang = sglang ? &*sglang : nullptr;
  request.source_label = files.config_label.empty() ? files.config_path : files.config_label;
  return Generate(request);
}

Status PrintNotes(const Generation& generation, bool strict, Io& io) {
  if (!strict) {
    PrintAll(generation.warnings, io);
  }
  for (const Unmapped& unmapped : generation.unmapped) Print(Info(DescribeUnmapped(unmapped)), io);
  return strict ? StrictCheck(generation) : Status(Ok{});
}

GenerationFiles FilesFor(const ManifestModel& model) {
  return {model.config, model.config_as_written, model.sglang_impl};
}

GenerationRequest RequestFor(const ManifestModel& model) {
  GenerationRequest request;
  request.id = model.id;
  request.name = model.name;
  request.description = model.description;
  request.parallel = {model.tp, model.ep, model.page_sizes};
  request.parallel.auto_sized = model.auto_parallel;
  request.parallel.ep_given = model.ep_given;
  request.sampling = model.sampling;
  return request;
}

NewElement ElementOf(const Generation& generation) {
  return NewElement{generation.model, {generation.marker}};
}

}  // namespace fib
