#include "config/json_object_map.h"

#include <gtest/gtest.h>

#include <string>

#include "config/json_text.h"

namespace fib {
namespace {

std::string Key(int i) { return "key_" + std::to_string(i); }

// Keys in the order given, each found again, whether the map is small (scanned) or large
// (indexed), and after copies, moves and erasures.
TEST(IndexedObjectMapTest, FindsEveryKeyInInsertionOrder) {
  for (int size : {3, 9, 1000}) {
    OrderedJson object = OrderedJson::object();
    for (int i = size; i-- > 0;) object[Key(i)] = i;
    ASSERT_EQ(object.size(), static_cast<size_t>(size));
    int expected = size;
    for (const auto& [key, value] : object.items()) EXPECT_EQ(key, Key(--expected));
    for (int i = 0; i < size; ++i) EXPECT_EQ(object.at(Key(i)), i) << size;
    EXPECT_FALSE(object.contains("absent"));
    OrderedJson copy = object;
    OrderedJson moved = std::move(copy);
    for (int i = 0; i < size; ++i) EXPECT_EQ(moved[Key(i)], i) << size;
    EXPECT_EQ(moved.size(), static_cast<size_t>(size));  // operator[] found, did not add
  }
}

TEST(IndexedObjectMapTest, ARepeatedKeyReplacesTheValueWhereItStands) {
  OrderedJson object = OrderedJson::parse(R"({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6,
                                              "g": 7, "h": 8, "i": 9, "b": 20})");
  EXPECT_EQ(object.size(), 9u);
  EXPECT_EQ(object.dump(), R"({"a":1,"b":20,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9})");
}

TEST(IndexedObjectMapTest, ErasingKeepsTheOthersFindable) {
  OrderedJson object = OrderedJson::object();
  for (int i = 0; i < 20; ++i) object[Key(i)] = i;
  EXPECT_EQ(object.erase(Key(3)), 1u);
  EXPECT_EQ(object.erase(Key(3)), 0u);
  object.erase(object.find(Key(0)));
  EXPECT_EQ(object.size(), 18u);
  EXPECT_FALSE(object.contains(Key(0)));
  for (int i = 4; i < 20; ++i) EXPECT_EQ(object.at(Key(i)), i);
  EXPECT_EQ(object.begin().key(), Key(1));
  object.clear();
  EXPECT_FALSE(object.contains(Key(5)));
  object[Key(5)] = 5;
  EXPECT_EQ(object.at(Key(5)), 5);
}

TEST(IndexedObjectMapTest, MissingKeyThrowsLikeOrderedJson) {
  const OrderedJson object = OrderedJson::parse(R"({"a": 1})");
  EXPECT_THROW(object.at("b"), nlohmann::json::out_of_range);
}

}  // namespace
}  // namespace fib
