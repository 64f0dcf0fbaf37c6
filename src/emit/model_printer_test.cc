#include "emit/model_printer.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

Model Sample() {
  Model model;
  model.id = "m";
  model.name = "Model";
  model.description = "A description that is long enough to leave its key's line at width 60.";
  Module root;
  root.key = "Root";
  root.count = 1;
  root.type = "block";
  Module layer;
  layer.key = "odd.key";
  layer.count = 2;
  layer.parent = "Root";
  layer.type = "layer";
  layer.definitions = std::vector<std::string>{"rmsnorm_h4096", "it's"};
  model.modules = {root, layer};
  return model;
}

TEST(PrintModelObjectTest, PrettiersDefaults) {
  EXPECT_EQ(PrintModelObject(Sample(), PrintStyle()),
            "{\n"
            "  id: \"m\",\n"
            "  name: \"Model\",\n"
            "  description:\n"
            "    \"A description that is long enough to leave its key's line at width 60.\",\n"
            "  modules: {\n"
            "    Root: {\n"
            "      count: 1,\n"
            "      type: \"block\",\n"
            "    },\n"
            "    \"odd.key\": {\n"
            "      count: 2,\n"
            "      parent: \"Root\",\n"
            "      type: \"layer\",\n"
            "      definitions: [\"rmsnorm_h4096\", \"it's\"],\n"
            "    },\n"
            "  },\n"
            "}");
}

// Tabs (4 columns each for the width), single quotes, every key quoted when one must be, no
// trailing commas, and a narrow width that breaks the array.
TEST(PrintModelObjectTest, EveryOptionThatChangesThePrint) {
  PrintStyle style;
  style.base_indent = "\t";
  style.use_tabs = true;
  style.tab_width = 4;
  style.print_width = 40;
  style.single_quote = true;
  style.quote_props = QuoteProps::kConsistent;
  style.trailing_comma = TrailingComma::kNone;
  EXPECT_EQ(PrintModelObject(Sample(), style),
            "{\n"
            "\t\tid: 'm',\n"
            "\t\tname: 'Model',\n"
            "\t\tdescription:\n"
            "\t\t\t\"A description that is long enough to leave its key's line at width 60.\",\n"
            "\t\tmodules: {\n"
            "\t\t\t'Root': {\n"
            "\t\t\t\tcount: 1,\n"
            "\t\t\t\ttype: 'block'\n"
            "\t\t\t},\n"
            "\t\t\t'odd.key': {\n"
            "\t\t\t\tcount: 2,\n"
            "\t\t\t\tparent: 'Root',\n"
            "\t\t\t\ttype: 'layer',\n"
            "\t\t\t\tdefinitions: [\n"
            "\t\t\t\t\t'rmsnorm_h4096',\n"
            "\t\t\t\t\t\"it's\"\n"
            "\t\t\t\t]\n"
            "\t\t\t}\n"
            "\t\t}\n"
            "\t}");
}

// prettier keeps a value beside a key narrower than tabWidth + 3 columns however long it is.
TEST(PrintModelObjectTest, TheShortKeyRuleFollowsTabWidth) {
  Model model = Sample();
  model.name = std::string(90, 'n');
  model.modules.clear();
  PrintStyle style;
  EXPECT_NE(PrintModelObject(model, style).find("  name: \"nnn"), std::string::npos);
  style.tab_width = 1;  // "name" is 4 columns, not under 1 + 3
  EXPECT_NE(PrintModelObject(model, style).find(" name:\n  \"nnn"), std::string::npos);
}

}  // namespace
}  // namespace fib
