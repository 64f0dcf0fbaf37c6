// The object type behind fib::OrderedJson: members in the order the file gives them, with a
// hash index beside them once an object has more than a few members.
//
// nlohmann::ordered_map finds a key by comparing it with every member, and the parser inserts
// each key through that search, so reading an object of n keys cost n squared (a config of
// 200,000 keys took 14 times as long as one of 50,000; an entry of 40,000 modules spent 41 % of
// its time there). This map answers the same calls in O(1): it is ordered_map with every call
// that finds, adds or removes a key redone through the index.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace fib {

template <class Key, class T, class IgnoredLess = std::less<Key>,
          class Allocator = std::allocator<std::pair<const Key, T>>>
class IndexedObjectMap : public nlohmann::ordered_map<Key, T, IgnoredLess, Allocator> {
  using Base = nlohmann::ordered_map<Key, T, IgnoredLess, Allocator>;

  // Keys that may be looked up without building a Key first (as ordered_map allows).
  template <class KeyType>
  using IfKeyLike = nlohmann::detail::enable_if_t<
      nlohmann::detail::is_usable_as_key_type<typename Base::key_compare, Key, KeyType>::value,
      int>;

 public:
  using typename Base::const_iterator;
  using typename Base::iterator;
  using typename Base::key_type;
  using typename Base::size_type;
  using typename Base::value_type;

  IndexedObjectMap() = default;
  template <class It>
  IndexedObjectMap(It first, It last, const Allocator& alloc = Allocator()) : Base(alloc) {
    insert(first, last);
  }
  IndexedObjectMap(std::initializer_list<value_type> init, const Allocator& alloc = Allocator())
      : Base(alloc) {
    insert(init.begin(), init.end());
  }

  std::pair<iterator, bool> emplace(const key_type& key, T&& value) {
    return Add(key, std::move(value));
  }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  std::pair<iterator, bool> emplace(KeyType&& key, T&& value) {
    return Add(std::forward<KeyType>(key), std::move(value));
  }

  T& operator[](const key_type& key) { return emplace(key, T{}).first->second; }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  T& operator[](KeyType&& key) {
    return emplace(std::forward<KeyType>(key), T{}).first->second;
  }
  const T& operator[](const key_type& key) const { return at(key); }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  const T& operator[](KeyType&& key) const {
    return at(key);
  }

  T& at(const key_type& key) { return AtOrThrow(find(key)); }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  T& at(KeyType&& key) {
    return AtOrThrow(find(key));
  }
  const T& at(const key_type& key) const { return AtOrThrow(find(key)); }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  const T& at(KeyType&& key) const {
    return AtOrThrow(find(key));
  }

  iterator find(const key_type& key) { return this->begin() + Position(key); }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  iterator find(KeyType&& key) {
    return this->begin() + Position(key);
  }
  const_iterator find(const key_type& key) const { return this->begin() + Position(key); }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  const_iterator find(KeyType&& key) const {
    return this->begin() + Position(key);
  }

  size_type count(const key_type& key) const { return Position(key) < this->size() ? 1 : 0; }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  size_type count(KeyType&& key) const {
    return Position(key) < this->size() ? 1 : 0;
  }

  size_type erase(const key_type& key) { return EraseKey(key); }
  template <class KeyType, IfKeyLike<KeyType> = 0>
  size_type erase(KeyType&& key) {
    return EraseKey(key);
  }
  iterator erase(iterator pos) { return erase(pos, std::next(pos)); }
  iterator erase(iterator first, iterator last) {
    iterator next = Base::erase(first, last);
    Reindex();  // positions after the gap moved; erasing is rare (nothing in fib-modelgen does)
    return next;
  }

  std::pair<iterator, bool> insert(value_type&& value) {
    return Add(value.first, std::move(value.second));
  }
  std::pair<iterator, bool> insert(const value_type& value) {
    return Add(value.first, value.second);
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(*first);
  }

  void clear() noexcept {
    Base::clear();
    slots_.clear(), hashes_.clear();
  }

 private:
  // Objects up to this size are searched member by member (most objects in a models entry have
  // four members; an index for each would cost more than it saves).
  static constexpr size_type kIndexAbove = 8;

  // Open addressing over positions: slots_ holds position + 1 (0 for an empty slot) and
  // hashes_ the hash of the key at each position, so growing the table and passing over other
  // keys never touch the keys themselves. No allocation per key, unlike a node-based set.
  static size_t HashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

  std::string_view KeyAt(size_type position) const { return (this->begin() + position)->first; }

  // The slot holding `key`, or the empty slot where it would go.
  size_t Slot(std::string_view key, size_t hash) const {
    size_t mask = slots_.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      uint32_t entry = slots_[slot];
      if (entry == 0 || (hashes_[entry - 1] == hash && KeyAt(entry - 1) == key)) return slot;
    }
  }

  // Records the key at `position` (the last one); grows the table past half full.
  void IndexLast(size_type position) {
    hashes_.push_back(HashOf(KeyAt(position)));
    if (2 * hashes_.size() > slots_.size()) return Rehash(4 * hashes_.size());
    slots_[Slot(KeyAt(position), hashes_.back())] = static_cast<uint32_t>(position + 1);
  }

  void Rehash(size_t slots) {
    slots_.assign(std::bit_ceil(slots), 0);
    size_t mask = slots_.size() - 1;
    for (size_t position = 0; position < hashes_.size(); ++position) {
      size_t slot = hashes_[position] & mask;
      while (slots_[slot] != 0) slot = (slot + 1) & mask;
      slots_[slot] = static_cast<uint32_t>(position + 1);
    }
  }

  // Where `key` stands, or size() when it is absent.
  template <class KeyType>
  size_type Position(const KeyType& key) const {
    if (!slots_.empty()) {
      std::string_view wanted(key);
      uint32_t entry = slots_[Slot(wanted, HashOf(wanted))];
      return entry == 0 ? this->size() : entry - 1;
    }
    size_type position = 0;
    for (auto it = this->begin(); it != this->end() && !(it->first == key); ++it) ++position;
    return position;
  }

  template <class KeyType, class Value>
  std::pair<iterator, bool> Add(KeyType&& key, Value&& value) {
    size_type position = Position(key);
    if (position < this->size()) return {this->begin() + position, false};
    Base::Container::emplace_back(std::forward<KeyType>(key), std::forward<Value>(value));
    if (!slots_.empty()) {
      IndexLast(position);
    } else if (this->size() > kIndexAbove) {
      Reindex();
    }
    return {this->begin() + position, true};
  }

  template <class KeyType>
  size_type EraseKey(const KeyType& key) {
    size_type position = Position(key);
    if (position == this->size()) return 0;
    erase(this->begin() + position);
    return 1;
  }

  void Reindex() {
    slots_.clear();
    hashes_.clear();
    if (this->size() <= kIndexAbove) return;
    hashes_.reserve(this->size());
    for (const auto& member : *this) hashes_.push_back(HashOf(member.first));
    Rehash(4 * hashes_.size());
  }

  template <class It>
  auto& AtOrThrow(It it) const {
    if (it == this->end()) throw std::out_of_range("key not found");  // as ordered_map::at
    return it->second;
  }

  std::vector<uint32_t> slots_;  // both empty while the map holds kIndexAbove members or fewer
  std::vector<size_t> hashes_;
};

}  // namespace fib
