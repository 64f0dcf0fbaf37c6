#include "config/config_formats.h"

#include <gtest/gtest.h>

#include <cmath>

namespace fib {
namespace {

OrderedJson Parse(const std::string& text, ConfigFormat format) {
  Result<OrderedJson> value = ParseConfigText("c", text, format);
  EXPECT_TRUE(value.ok()) << (value ? "" : Render(value.error()));
  return value ? *value : OrderedJson();
}

// YAML 1.2's core schema, as prettier's YAML reader types plain scalars.
TEST(ParseConfigTextTest, YamlScalarsAreTypedLikePrettiersReader) {
  OrderedJson value = Parse(
      "printWidth: 100\nsemi: False\nuseTabs: TRUE\nquoteProps: consistent\nx: ~\n"
      "quoted: \"80\"\nsingle: 'true'\nhex: 0x10\noctal: 0o17\nreal: 1.5\nwide: .inf\nyes: yes\n",
      ConfigFormat::kYaml);
  EXPECT_EQ(value["printWidth"], 100);
  EXPECT_TRUE(value["printWidth"].is_number_integer());
  EXPECT_EQ(value["semi"], false);
  EXPECT_EQ(value["useTabs"], true);
  EXPECT_EQ(value["quoteProps"], "consistent");
  EXPECT_TRUE(value["x"].is_null());
  EXPECT_EQ(value["quoted"], "80");
  EXPECT_EQ(value["single"], "true");
  EXPECT_EQ(value["hex"], 16);
  EXPECT_EQ(value["octal"], 15);
  EXPECT_EQ(value["real"], 1.5);
  EXPECT_TRUE(std::isinf(value["wide"].get<double>()));
  EXPECT_EQ(value["yes"], "yes");  // YAML 1.1's booleans are strings in 1.2
}

TEST(ParseConfigTextTest, YamlReadsJsonSequencesAndEmptyDocuments) {
  OrderedJson value =
      Parse("{\"semi\": false, \"overrides\": [{\"files\": [\"*.ts\"]}]}", ConfigFormat::kYaml);
  EXPECT_EQ(value["semi"], false);
  EXPECT_EQ(value["overrides"][0]["files"][0], "*.ts");
  EXPECT_TRUE(Parse("", ConfigFormat::kYaml).is_null());
  EXPECT_TRUE(Parse("# only a comment\n", ConfigFormat::kYaml).is_null());
}

TEST(ParseConfigTextTest, TomlAndJsonWithComments) {
  OrderedJson toml = Parse("printWidth = 90\nsemi = false\n[[overrides]]\nfiles = \"*.ts\"\n",
                           ConfigFormat::kToml);
  EXPECT_EQ(toml["printWidth"], 90);
  EXPECT_EQ(toml["semi"], false);
  EXPECT_EQ(toml["overrides"][0]["files"], "*.ts");
  OrderedJson json5 =
      Parse("// prettier\n{ \"tabWidth\": 4 /* wide */ }\n", ConfigFormat::kJsonWithComments);
  EXPECT_EQ(json5["tabWidth"], 4);
  EXPECT_EQ(Parse("\xEF\xBB\xBF{\"semi\": true}", ConfigFormat::kJson)["semi"], true);
}

TEST(ParseConfigTextTest, SyntaxErrorsPointAtTheirPlace) {
  Result<OrderedJson> yaml =
      ParseConfigText(".prettierrc", "semi: false\n  bad: [\n", ConfigFormat::kYaml);
  ASSERT_FALSE(yaml.ok());
  EXPECT_EQ(yaml.error().where->path, ".prettierrc");
  EXPECT_EQ(yaml.error().message.rfind("invalid YAML: ", 0), 0u) << yaml.error().message;
  Result<OrderedJson> toml = ParseConfigText("p.toml", "a = 1\nb = \n", ConfigFormat::kToml);
  ASSERT_FALSE(toml.ok());
  EXPECT_EQ(toml.error().where->line, 2u);
  Result<OrderedJson> json5 =
      ParseConfigText(".prettierrc.json5", "{ semi: false }", ConfigFormat::kJsonWithComments);
  ASSERT_FALSE(json5.ok());
  EXPECT_EQ(json5.error().message, "fib-modelgen reads JSON5 only as JSON with comments");
}

// Found by fuzz/prettier_config_fuzzer.cc: an alias inside its own anchor recursed without
// end, nested aliases expanded to billions of values, and 1e400 threw.
TEST(ParseConfigTextTest, YamlAliasesAndHugeNumbersEndInErrorsOrInfinity) {
  Result<OrderedJson> self = ParseConfigText("c", "a: &a [*a]\n", ConfigFormat::kYaml);
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().message,
            "invalid YAML: nested deeper than the limit of 64 sequences and mappings (an alias "
            "inside its own anchor?)");
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char name = 'b'; name <= 'h'; ++name) {
    std::string ref = std::string("*") + static_cast<char>(name - 1);
    bomb += std::string(1, name) + ": &" + name + " [" + ref + ", " + ref + ", " + ref + ", " +
            ref + ", " + ref + ", " + ref + ", " + ref + ", " + ref + ", " + ref + ", " + ref +
            "]\n";
  }
  Result<OrderedJson> expanded = ParseConfigText("c", bomb, ConfigFormat::kYaml);
  ASSERT_FALSE(expanded.ok());
  EXPECT_EQ(expanded.error().message,
            "invalid YAML: more than 10000 values once its aliases are expanded");
  OrderedJson huge =
      Parse("printWidth: 1e400\ntabWidth: 0x1ffffffffffffffffff\n", ConfigFormat::kYaml);
  EXPECT_TRUE(std::isinf(huge["printWidth"].get<double>()));
  EXPECT_GT(huge["tabWidth"].get<double>(), 1e21);
  EXPECT_FALSE(ParseConfigText("c", "{\"a\": 1e400}", ConfigFormat::kJsonWithComments).ok());
  EXPECT_FALSE(ParseConfigText("c", std::string(100, '[') + std::string(100, ']'),
                               ConfigFormat::kJsonWithComments)
                   .ok());
}

}  // namespace
}  // namespace fib
