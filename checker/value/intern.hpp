// The strings and model-value names of one run, numbered in the order they were first
// interned. TLC orders strings and model values by that order (UniqueString.compareTo
// compares tokens; ../shared/notes/tlc-semantics.md §1.2), so the numbering belongs to the
// run: each Session owns an Interner, and two models in one process (the REPL's :load,
// tests) each order their strings as a fresh TLC run would.
//
// A string Value holds its token (the order) and a pointer to its entry (the text and its
// hash), so comparing, printing and fingerprinting need no table; only making a new
// string does.
#pragma once

#include <cstdint>
#include <deque>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cairn {

class Value;

/// One interned name. Immutable once made; lives as long as its Interner.
struct InternEntry {
  std::string text;
  uint64_t hash = 0;  // of the text (fingerprints are by content, not by token)
  uint32_t token = 0;
  // A model value's type (ModelValue.type): the first character of a name `c_...` longer
  // than two characters, else 0 (untyped).
  char model_type = 0;
};

class Interner {
 public:
  Interner() = default;
  Interner(const Interner&) = delete;
  Interner& operator=(const Interner&) = delete;

  /// The entry of s, made (with the next token) if s is new. Thread-safe.
  const InternEntry& intern(std::string_view s);
  /// A string value / a model value named s.
  Value str(std::string_view s);
  Value model(std::string_view s);
  /// The entry with token tok (1 <= tok < count()).
  const InternEntry& entry(uint32_t tok) const;
  /// The number of tokens handed out so far (+1: token 0 is unused); a checkpoint saves
  /// the names in token order so that a resumed run orders strings as the first did.
  size_t count() const;
  /// The names in token order (token 1 first).
  std::vector<std::string> names() const;

 private:
  mutable std::shared_mutex mu_;
  std::unordered_map<std::string_view, uint32_t> ids_;  // keys view entries_' texts
  std::deque<InternEntry> entries_;                     // entries_[tok - 1]
};

}  // namespace cairn
