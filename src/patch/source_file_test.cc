#include "patch/source_file.h"

#include <gtest/gtest.h>

namespace fib {
namespace {

TEST(NewModelsFileTextTest, AsPrettierPrintsItWithTheStyle) {
  EXPECT_EQ(NewModelsFileText(PrintStyle()),
            "import type { Model } from \"@/lib/schemas\";\n\n"
            "const models: Model[] = [] satisfies Model[];\n\n"
            "export default models;\n");
  PrintStyle upstream;
  upstream.semi = false;
  upstream.single_quote = true;
  upstream.bracket_spacing = false;
  EXPECT_EQ(NewModelsFileText(upstream),
            "import type {Model} from '@/lib/schemas'\n\n"
            "const models: Model[] = [] satisfies Model[]\n\n"
            "export default models\n");
}

}  // namespace
}  // namespace fib
