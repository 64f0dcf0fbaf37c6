#include "patch/edit_session.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace fib {
namespace {

constexpr const char* kPath = "/in-memory/models.ts";

const char* const kTwoModels =
    "const models = [\n"
    "  {\n"
    "    id: \"a\",\n"
    "    name: \"A\",\n"
    "    modules: {\n"
    "      Root: { count: 1, type: \"block\" },\n"
    "    },\n"
    "  },\n"
    "  // about b\n"
    "  {\n"
    "    id: \"b\",\n"
    "    name: \"B\",\n"
    "    modules: {\n"
    "      Root: { count: 2, type: \"block\" },\n"
    "    },\n"
    "  },\n"
    "];\n";

NewElement Element(const std::string& id, int64_t count) {
  Model model;
  model.id = id;
  model.name = id == "a" ? "A" : id == "b" ? "B" : "New";
  Module root;
  root.key = "Root";
  root.count = count;
  root.type = "block";
  model.modules = {root};
  return {model, {}};
}

ModelsEdit Edit(ModelsPlanner plan, bool create_if_missing = false) {
  ModelsEdit edit;
  edit.create_if_missing = create_if_missing;
  edit.plan = std::move(plan);
  return edit;
}

// Runs `edit` on `files` as a preview: the whole sequence but the write.
Result<EditResult> Preview(const FileReader& files, const ModelsEdit& edit) {
  Result<EditSession> session = EditSession::Open(kPath, EditMode::kPreview, files);
  if (!session) return session.error();
  return session->EditModels(edit);
}

TEST(EditSessionTest, AnUpsertOfANewModelAppendsIt) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, kTwoModels}});
  Result<EditResult> result = Preview(files, Edit(Upserting(Element("c", 3), PrintStyle())));
  ASSERT_TRUE(result.ok()) << Render(result.error());
  EXPECT_EQ(result->path, kPath);
  EXPECT_TRUE(result->existed);
  EXPECT_TRUE(result->changed);
  EXPECT_EQ(result->before, kTwoModels);
  ASSERT_EQ(result->outcomes.size(), 1u);
  EXPECT_EQ(result->outcomes[0].id, "c");
  EXPECT_EQ(result->outcomes[0].action, PlanAction::kAdded);
  // Everything up to the last element's comma is kept, byte for byte.
  std::string kept = std::string(kTwoModels).substr(0, std::string(kTwoModels).rfind("];"));
  EXPECT_EQ(result->after.substr(0, kept.size()), kept);
  EXPECT_NE(result->after.find("    id: \"c\",\n"), std::string::npos) << result->after;
}

TEST(EditSessionTest, AnUpsertOfAnEqualValueIsUnchanged) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, kTwoModels}});
  Result<EditResult> result = Preview(files, Edit(Upserting(Element("b", 2), PrintStyle())));
  ASSERT_TRUE(result.ok()) << Render(result.error());
  EXPECT_FALSE(result->changed);
  EXPECT_EQ(result->after, result->before);
  EXPECT_EQ(result->outcomes[0].action, PlanAction::kUnchanged);
}

TEST(EditSessionTest, ARemoveTakesTheCommentsAboveTheModel) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, kTwoModels}});
  Result<EditResult> result = Preview(files, Edit(Removing("b")));
  ASSERT_TRUE(result.ok()) << Render(result.error());
  EXPECT_EQ(result->outcomes[0].action, PlanAction::kRemoved);
  EXPECT_EQ(result->after.find("about b"), std::string::npos) << result->after;
  EXPECT_EQ(result->after.find("id: \"b\""), std::string::npos) << result->after;
}

TEST(EditSessionTest, DuplicateIdsAreRefusedBeforePlanning) {
  std::string text = std::string(kTwoModels);
  text.replace(text.find("id: \"b\""), 7, "id: \"a\"");
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, text}});
  bool planned = false;
  Result<EditResult> result = Preview(files, Edit([&](const ModelsFile&) -> Result<BatchPlan> {
                                        planned = true;
                                        return BatchPlan{};
                                      }));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::kValidation);
  EXPECT_FALSE(planned);
}

TEST(EditSessionTest, AnUnreadableIdIsRefused) {
  std::string text = std::string(kTwoModels);
  text.replace(text.find("id: \"b\""), 7, "id: `${b}`");
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, text}});
  Result<EditResult> result = Preview(files, Edit(Removing("a")));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::kValidation);
  EXPECT_NE(result.error().message.find("cannot read the id"), std::string::npos);
}

TEST(EditSessionTest, AMissingTargetIsCreatedOnlyWhenAsked) {
  MemoryFileReader none({});
  Result<EditResult> created =
      Preview(none, Edit(Upserting(Element("c", 3), PrintStyle()), /*create_if_missing=*/true));
  ASSERT_TRUE(created.ok()) << Render(created.error());
  EXPECT_FALSE(created->existed);
  EXPECT_TRUE(created->changed);
  EXPECT_EQ(created->before, "");
  EXPECT_EQ(created->after.rfind("import type { Model } from \"@/lib/schemas\";\n", 0), 0u);

  Result<EditResult> refused = Preview(none, Edit(Removing("c")));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kIo);
  EXPECT_EQ(refused.error().message, "cannot read '/in-memory/models.ts': no such file");
}

TEST(EditSessionTest, AFreshFileReplacesTheTargetWholeButComparesWithIt) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, kTwoModels}});
  ModelsEdit edit = Edit(Upserting(Element("c", 3), PrintStyle()));
  edit.fresh_file = true;
  Result<EditResult> result = Preview(files, edit);
  ASSERT_TRUE(result.ok()) << Render(result.error());
  EXPECT_EQ(result->before, kTwoModels);
  EXPECT_TRUE(result->existed);
  EXPECT_EQ(result->after.find("id: \"a\""), std::string::npos);
  EXPECT_NE(result->after.find("id: \"c\""), std::string::npos);
}

TEST(EditSessionTest, AFailedVerificationIsAVerifyError) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, kTwoModels}});
  // A plan that says it adds "c" but inserts nothing: the ids read back are not the planned ones.
  Result<EditResult> result = Preview(files, Edit([](const ModelsFile& file) -> Result<BatchPlan> {
                                        BatchPlan batch;
                                        batch.plan.expected_ids = ElementIds(file.array());
                                        batch.plan.expected_ids.push_back("c");
                                        batch.plan.expected_elements = 3;
                                        return batch;
                                      }));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::kVerify);
}

TEST(EditSessionTest, APreviewNeverWrites) {
  MemoryFileReader files(std::map<std::string, std::string>{{kPath, kTwoModels}});
  Result<EditSession> session = EditSession::Open(kPath, EditMode::kPreview, files);
  ASSERT_TRUE(session.ok());
  Result<EditResult> result = session->EditModels(Edit(Upserting(Element("c", 3), PrintStyle())));
  ASSERT_TRUE(result.ok());
  Status written = session->Commit(*result);
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().kind, ErrorKind::kInternal);
}

TEST(EditSessionTest, AnotherDocumentIsEditedByItsOwnFunction) {
  MemoryFileReader files(std::map<std::string, std::string>{{"/in-memory/doc.md", "# Title\n"}});
  Result<EditSession> session =
      EditSession::OpenExisting("/in-memory/doc.md", EditMode::kPreview, files);
  ASSERT_TRUE(session.ok());
  Result<EditResult> result = session->EditText(
      [](const std::string& before) -> Result<std::string> { return before + "text\n"; });
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->changed);
  EXPECT_EQ(result->after, "# Title\ntext\n");
  EXPECT_TRUE(result->outcomes.empty());

  Result<EditSession> missing =
      EditSession::OpenExisting("/in-memory/none.md", EditMode::kWrite, files);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kIo);
}

// On disk: the commit writes, leaves an unchanged file alone, and refuses a file that changed
// after it was read.
TEST(EditSessionTest, CommitWritesOnlyWhatWasReadAndChanged) {
  testing::TempDir dir;
  std::string path = dir.File("models.ts");
  testing::WriteText(path, kTwoModels);
  {
    Result<EditSession> session = EditSession::Open(path, EditMode::kWrite);
    ASSERT_TRUE(session.ok());
    Result<EditResult> result = session->EditModels(Edit(Upserting(Element("c", 3), PrintStyle())));
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(session->Commit(*result).ok());
    EXPECT_EQ(testing::ReadText(path), result->after);
  }
  std::string written = testing::ReadText(path);
  Result<EditSession> session = EditSession::Open(path, EditMode::kWrite);
  ASSERT_TRUE(session.ok());
  Result<EditResult> result = session->EditModels(Edit(Removing("c")));
  ASSERT_TRUE(result.ok());
  testing::WriteText(path, written + "// another program was here\n");
  Status refused = session->Commit(*result);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::kWrite);
  EXPECT_EQ(testing::ReadText(path), written + "// another program was here\n");
}

TEST(EditSessionTest, ATargetThatCannotBeWrittenIsRefusedAtOpen) {
  testing::TempDir dir;
  for (EditMode mode : {EditMode::kWrite, EditMode::kPreview}) {
    Result<EditSession> session = EditSession::Open(dir.path().string(), mode);
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().kind, ErrorKind::kWrite);
  }
}

}  // namespace
}  // namespace fib
