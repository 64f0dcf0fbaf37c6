#include "patch/architecture_claims.h"

#include <regex>
#include <set>

#include "emit/coverage_mdx.h"

namespace fib {

namespace {

std::string N(int64_t value) { return std::to_string(value); }

// "<number> <word>" claims for `pattern` (a regex with the number as group 1).
std::vector<std::smatch> Matches(const std::string& text, const std::regex& pattern) {
  std::vector<std::smatch> matches;
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
    matches.push_back(*it);
  }
  return matches;
}

void Compare(const std::string& claim, int64_t stated, int64_t actual,
             std::vector<std::string>& out) {
  if (stated != actual) out.push_back(claim + " (the model has " + N(actual) + ")");
}

std::set<std::string> KnownWords(std::string_view text, bool with_ffn) {
  static const std::regex kWord(R"(DSA|MLA|GDN|GQA|Mamba2|Dense|MoE)");
  std::string copy(text);
  std::set<std::string> words;
  for (std::sregex_iterator it(copy.begin(), copy.end(), kWord), end; it != end; ++it) {
    std::string word = it->str();
    if (with_ffn || (word != "Dense" && word != "MoE")) words.insert(word);
  }
  return words;
}

}  // namespace

size_t FirstSentenceEnd(std::string_view text) {
  size_t stop = text.find(". ");
  return stop == std::string_view::npos ? text.size() : stop + 1;
}

std::vector<std::string> ContradictedArchitecture(std::string_view sentence,
                                                  const ArchitectureSummary& summary) {
  static const std::regex kLayers(R"((\d+)\s+(?:decoder\s+)?layers\b)");
  static const std::regex kMoe(R"((\d+)\s+MoE\b)");
  static const std::regex kDense(R"((\d+)\s+dense\b)", std::regex::icase);
  static const std::regex kKind(R"((\d+)\s+(GQA|MLA|DSA|GDN|Mamba2)\b)");
  std::string text(sentence);
  std::vector<std::string> out;
  std::vector<std::smatch> layers = Matches(text, kLayers);
  if (!layers.empty() && summary.layers > 0) {
    Compare(layers[0].str(), std::stoll(layers[0][1]), summary.layers, out);
  }
  if (summary.moe_layers > 0) {
    for (const std::smatch& moe : Matches(text, kMoe))
      Compare(moe.str(), std::stoll(moe[1]), summary.moe_layers, out);
    for (const std::smatch& dense : Matches(text, kDense)) {
      if (summary.dense_layers >= 0)
        Compare(dense.str(), std::stoll(dense[1]), summary.dense_layers, out);
    }
  }
  for (const std::smatch& kind : Matches(text, kKind)) {
    for (const auto& [mixer, count] : summary.mixers) {
      if (mixer == kind[2]) Compare(kind.str(), std::stoll(kind[1]), count, out);
    }
  }
  return out;
}

std::string ContradictedShortArchitecture(std::string_view cell,
                                          const ArchitectureSummary& summary) {
  // Without a mapped MoE name the tree cannot tell dense layers from unmapped experts.
  bool with_ffn = summary.moe_layers > 0;
  std::string ours = ArchitectureShort(summary);
  std::set<std::string> stated = KnownWords(cell, with_ffn);
  std::set<std::string> actual = KnownWords(ours, with_ffn);
  if (summary.mixers.empty()) {
    for (const char* kind : {"DSA", "MLA", "GDN", "GQA", "Mamba2"}) stated.erase(kind);
  }
  if (stated == actual || stated.empty()) return "";
  return "says \"" + std::string(cell) + "\", the model is " + ours;
}

}  // namespace fib
