#include "config/prettier_config.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

constexpr const char* kTarget = "/r/web/apps/web/data/models.ts";

Result<PrettierConfig> Resolve(std::map<std::string, std::string> files,
                               const std::string& explicit_config = "",
                               const std::string& target = kTarget) {
  files["/r/.git/"] = "";
  MemoryFileReader reader(std::move(files));
  return ResolvePrettierConfig(target, explicit_config, reader);
}

PrettierConfig Resolved(std::map<std::string, std::string> files,
                        const std::string& explicit_config = "") {
  Result<PrettierConfig> config = Resolve(std::move(files), explicit_config);
  EXPECT_TRUE(config.ok()) << (config ? "" : Render(config.error()));
  return config ? *config : PrettierConfig{};
}

// The FlashInfer-Bench repository: a package.json without a `prettier` key, no configuration.
TEST(ResolvePrettierConfigTest, NoConfigurationMeansPrettiersDefaults) {
  PrettierConfig config = Resolved({{"/r/web/package.json", R"({"scripts": {}})"}});
  EXPECT_EQ(config.options, PrettierOptions{});
  EXPECT_EQ(config.config_file, "");
}

TEST(ResolvePrettierConfigTest, TheNearestFolderWithAConfigurationWins) {
  PrettierConfig config = Resolved({{"/r/.prettierrc", "printWidth: 100\n"},
                                    {"/r/web/apps/.prettierrc.json", R"({"semi": false})"}});
  EXPECT_EQ(config.config_file, "/r/web/apps/.prettierrc.json");
  EXPECT_EQ(config.options.semi, false);
  EXPECT_FALSE(config.options.print_width.has_value());  // configurations do not merge
}

TEST(ResolvePrettierConfigTest, WithinAFolderPrettiersOrder) {
  std::map<std::string, std::string> files = {
      {"/r/web/package.json", R"({"prettier": {"printWidth": 1}})"},
      {"/r/web/.prettierrc", "printWidth: 2"},
      {"/r/web/.prettierrc.json", R"({"printWidth": 3})"},
      {"/r/web/.prettierrc.yaml", "printWidth: 4"},
      {"/r/web/.prettierrc.toml", "printWidth = 5"}};
  EXPECT_EQ(Resolved(files).options.print_width, 1u);
  files.erase("/r/web/package.json");
  EXPECT_EQ(Resolved(files).options.print_width, 2u);
  files.erase("/r/web/.prettierrc");
  EXPECT_EQ(Resolved(files).options.print_width, 3u);
  files.erase("/r/web/.prettierrc.json");
  EXPECT_EQ(Resolved(files).options.print_width, 4u);
  files.erase("/r/web/.prettierrc.yaml");
  EXPECT_EQ(Resolved(files).options.print_width, 5u);
}

// A package file counts only when its `prettier` key is set (and it parses).
TEST(ResolvePrettierConfigTest, PackageFilesWithoutOptionsArePassedOver) {
  PrettierConfig config = Resolved({{"/r/web/package.json", R"({"name": "web", "prettier": null})"},
                                    {"/r/web/apps/package.json", "{ not json"},
                                    {"/r/web/apps/web/package.yaml", "name: app\n"},
                                    {"/r/package.yaml", "prettier:\n  tabWidth: 4\n"}});
  EXPECT_EQ(config.config_file, "/r/package.yaml");
  EXPECT_EQ(config.options.tab_width, 4u);
}

TEST(ResolvePrettierConfigTest, EditorconfigFirstThenTheConfiguration) {
  PrettierConfig config =
      Resolved({{"/r/.editorconfig", "[*]\nindent_style = tab\nmax_line_length = 120\n"},
                {"/r/web/.prettierrc", "printWidth: 90\n"}});
  EXPECT_EQ(config.options.use_tabs, true);
  EXPECT_EQ(config.options.print_width, 90u);
}

TEST(ResolvePrettierConfigTest, OverridesMatchLikePrettier) {
  std::string config = R"({
    "printWidth": 100,
    "overrides": [
      {"files": "*.ts", "options": {"semi": false}},
      {"files": ["web/apps/**/models.ts"], "options": {"tabWidth": 4}},
      {"files": "data/*.ts", "options": {"printWidth": 1}},
      {"files": "*.ts", "excludeFiles": "models.ts", "options": {"useTabs": true}},
      {"files": "web/**", "excludeFiles": ["web/apps/web/**"], "options": {"singleQuote": true}},
      {"files": "./web/apps/web/data/models.ts", "options": {"bracketSpacing": false}}
    ]})";
  PrettierConfig resolved = Resolved({{"/r/.prettierrc.json", config}});
  EXPECT_EQ(resolved.options.print_width, 100u);  // data/*.ts has a '/': the whole path
  EXPECT_EQ(resolved.options.semi, false);        // no '/': the file name
  EXPECT_EQ(resolved.options.tab_width, 4u);
  EXPECT_FALSE(resolved.options.use_tabs.has_value());
  EXPECT_FALSE(resolved.options.single_quote.has_value());
  EXPECT_EQ(resolved.options.bracket_spacing, false);
}

TEST(ResolvePrettierConfigTest, AnExplicitFileReplacesTheSearch) {
  PrettierConfig config = Resolved(
      {{"/r/web/.prettierrc", "printWidth: 100\n"}, {"/r/tools/prettier.yaml", "semi: false\n"}},
      "/r/tools/prettier.yaml");
  EXPECT_EQ(config.config_file, "/r/tools/prettier.yaml");
  EXPECT_EQ(config.options.semi, false);
  EXPECT_FALSE(config.options.print_width.has_value());
}

TEST(ResolvePrettierConfigTest, AnEmptyFileMeansTheDefaults) {
  PrettierConfig config = Resolved({{"/r/.prettierrc", ""}, {"/.prettierrc", "semi: false\n"}});
  EXPECT_EQ(config.config_file, "/r/.prettierrc");
  EXPECT_EQ(config.options, PrettierOptions{});
}

TEST(ResolvePrettierConfigTest, WhatCannotBeReadSaysSoAndNamesTheFlag) {
  Result<PrettierConfig> js = Resolve(
      {{"/r/web/prettier.config.mjs", "export default {}"}, {"/r/.prettierrc", "semi: false\n"}});
  ASSERT_FALSE(js.ok());
  EXPECT_EQ(js.error().message,
            "cannot read the prettier configuration '/r/web/prettier.config.mjs': fib-modelgen "
            "does not run JavaScript or TypeScript");
  EXPECT_NE(js.error().help.find("--prettier-config PATH"), std::string::npos);
  Result<PrettierConfig> shared =
      Resolve({{"/r/package.json", R"({"prettier": "@company/prettier-config"})"}});
  ASSERT_FALSE(shared.ok());
  EXPECT_EQ(shared.error().message,
            "'/r/package.json' names the shared prettier configuration "
            "\"@company/prettier-config\", which fib-modelgen cannot load");
  EXPECT_NE(shared.error().help.find("--prettier-config PATH"), std::string::npos);
  Result<PrettierConfig> list = Resolve({{"/r/.prettierrc", "- 1\n"}});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().message,
            "the prettier configuration in '/r/.prettierrc' must be an object, got an array");
  Result<PrettierConfig> value =
      Resolve({{"/r/.prettierrc", "overrides:\n  - files: '*.ts'\n    options: {tabWidth: x}\n"}});
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.error().message,
            "invalid tabWidth in '/r/.prettierrc' (overrides[0]): expected an integer of at least "
            "0, got \"x\"");
}

}  // namespace
}  // namespace fib
