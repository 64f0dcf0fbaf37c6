#include "config/editorconfig.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

PrettierOptions For(const std::string& target, std::map<std::string, std::string> files) {
  MemoryFileReader reader(std::move(files));
  return EditorconfigOptions(target, reader);
}

TEST(EditorconfigOptionsTest, MapsIndentationWidthAndQuotes) {
  PrettierOptions options = For("/r/web/models.ts", {{"/r/.git/", ""},
                                                     {"/r/.editorconfig",
                                                      "root = true\n[*]\nindent_style = Tab\n"
                                                      "tab_width = 4\nmax_line_length = 100\n"
                                                      "quote_type = single\n"}});
  EXPECT_EQ(options.use_tabs, true);
  EXPECT_EQ(options.tab_width, 4u);
  EXPECT_EQ(options.print_width, 100u);
  EXPECT_EQ(options.single_quote, true);
  EXPECT_FALSE(options.semi.has_value());
}

// indent_size is the width with spaces; with tabs, tab_width is (editorconfig's defaults).
TEST(EditorconfigOptionsTest, IndentSizeAndTabWidth) {
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig",
                             "[*]\nindent_style = space\nindent_size = 4\n"
                             "tab_width = 8\n"}})
                .tab_width,
            4u);
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig",
                             "[*]\nindent_style = tab\nindent_size = 4\n"
                             "tab_width = 8\n"}})
                .tab_width,
            8u);
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig", "[*]\nindent_size = 3\n"}}).tab_width, 3u);
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig", "[*]\nindent_size = tab\n"}}).use_tabs, true);
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig", "[*]\nmax_line_length = off\n"}}).print_width,
            kUnlimitedWidth);
  PrettierOptions odd = For("/r/a.ts", {{"/r/.editorconfig",
                                         "[*]\nindent_size = 04\n"
                                         "max_line_length = Off\n"}});
  EXPECT_FALSE(odd.tab_width.has_value());
  EXPECT_FALSE(odd.print_width.has_value());
}

TEST(EditorconfigOptionsTest, SectionsMatchLikeEditorconfigGlobs) {
  std::string text =
      "[*]\nmax_line_length = 90\n[*.{ts,tsx}]\nmax_line_length = 80\n"
      "[web/**.ts]\nmax_line_length = 70\n[/top.ts]\nmax_line_length = 60\n"
      "[../x.ts]\nmax_line_length = 10\n";
  EXPECT_EQ(For("/r/a.js", {{"/r/.editorconfig", text}}).print_width, 90u);
  EXPECT_EQ(For("/r/deep/a.ts", {{"/r/.editorconfig", text}}).print_width, 80u);
  EXPECT_EQ(For("/r/web/app/a.ts", {{"/r/.editorconfig", text}}).print_width, 70u);
  EXPECT_EQ(For("/r/top.ts", {{"/r/.editorconfig", text}}).print_width, 60u);
  EXPECT_EQ(For("/r/deep/top.ts", {{"/r/.editorconfig", text}}).print_width, 80u);
}

TEST(EditorconfigOptionsTest, NearerFilesWinAndRootOrTheProjectStopsTheSearch) {
  std::map<std::string, std::string> files = {
      {"/.editorconfig", "[*]\nquote_type = single\n"},
      {"/r/.editorconfig", "[*]\nmax_line_length = 90\ntab_width = 8\n"},
      {"/r/web/.editorconfig", "[*]\nmax_line_length = 70\n"}};
  PrettierOptions options = For("/r/web/a.ts", files);
  EXPECT_EQ(options.print_width, 70u);
  EXPECT_EQ(options.tab_width, 8u);
  EXPECT_EQ(options.single_quote, true);  // no project root: up to /
  files["/r/.git/"] = "";
  EXPECT_FALSE(For("/r/web/a.ts", files).single_quote.has_value());
  files.erase("/r/.git/");
  files["/r/.editorconfig"] = "root = true\n[*]\nmax_line_length = 90\n";
  EXPECT_FALSE(For("/r/web/a.ts", files).single_quote.has_value());
}

TEST(EditorconfigOptionsTest, MalformedFilesCountAsEmpty) {
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig", "[*]\nmax_line_length = 90\nnonsense\n"}}),
            PrettierOptions{});
  EXPECT_EQ(For("/r/a.ts", {{"/r/.editorconfig", "[*\nmax_line_length = 90\n"}}),
            PrettierOptions{});
}

// Found by fuzz/editorconfig_fuzzer.cc: indent_size = 10^14 was printed with; a section whose
// braces stand for a hundred million patterns ran out of memory.
TEST(EditorconfigOptionsTest, WidthsPastTheLimitAndHugeGlobsAreIgnored) {
  PrettierOptions options =
      For("/r/a.ts", {{"/r/.editorconfig",
                       "[*]\nindent_style = space\nindent_size = 99999999999999\n"
                       "[{1..100000000}]\nmax_line_length = 40\n"}});
  EXPECT_FALSE(options.tab_width.has_value());
  EXPECT_FALSE(options.print_width.has_value());
  EXPECT_EQ(options.use_tabs, false);
}

}  // namespace
}  // namespace fib
