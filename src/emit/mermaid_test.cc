#include "emit/mermaid.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Model Small() {
  Model model;
  model.id = "tiny";
  model.name = "Tiny \"1B\"";
  model.modules = {
      {"TinyForCausalLM", 1, std::nullopt, "block", std::vector<std::string>{}},
      {"attn", 4, "TinyForCausalLM", "layer", std::vector<std::string>{"gqa_a", "gqa_b"}},
      {"embed<x>", 1, "TinyForCausalLM", "layer", std::vector<std::string>{}},
      {"lm_head", 1, "TinyForCausalLM", "layer", std::nullopt},
  };
  return model;
}

TEST(MermaidTest, OneNodePerModuleStyledByWhatItMaps) {
  EXPECT_EQ(MermaidFlowchart(Small()),
            "%% tiny: Tiny \"1B\"\n"
            "flowchart LR\n"
            "  m0[\"<b>TinyForCausalLM ×1</b>\"]:::block\n"
            "  m1[\"<b>attn ×4</b><br/>gqa_a<br/>gqa_b\"]:::mapped\n"
            "  m2[\"<b>embed#60;x#62; ×1</b>\"]:::unmapped\n"
            "  m3[\"<b>lm_head ×1</b>\"]:::unmapped\n"
            "  m0 --> m1\n"
            "  m0 --> m2\n"
            "  m0 --> m3\n" +
                MermaidClassDefs("  "));
}

TEST(MermaidTest, EscapesWhatWouldEndOrChangeALabel) {
  EXPECT_EQ(MermaidEscape("a\"b#c&d<e>f`g\nh"), "a#34;b#35;c#38;d#60;e#62;f#96;g h");
  EXPECT_EQ(MermaidEscape("plain_name ×2"), "plain_name ×2");
}

TEST(MermaidTest, MovedNodesGetADottedEdgeFromTheOldParent) {
  std::vector<MermaidNode> nodes = {
      {"a", std::nullopt, std::nullopt, {"a"}, "block"},
      {"b", "a", std::nullopt, {"b"}, "block"},
      {"c", "b", "a", {"c"}, "changed"},
  };
  EXPECT_EQ(MermaidGraphLines(nodes, "p", ""),
            "p0[\"<b>a</b>\"]:::block\np1[\"<b>b</b>\"]:::block\np2[\"<b>c</b>\"]:::changed\n"
            "p0 --> p1\np1 --> p2\np0 -. was .-> p2\n");
}

TEST(MermaidTest, EveryStyleHasAClassDef) {
  std::string defs = MermaidClassDefs("");
  for (const char* style : {"block", "mapped", "unmapped", "added", "removed", "changed"}) {
    EXPECT_NE(defs.find(std::string("classDef ") + style + " "), std::string::npos) << style;
  }
}

}  // namespace
}  // namespace fib
