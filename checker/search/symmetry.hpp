// SYMMETRY: states equal up to a permutation of model values are one state.
//
// As TLC (tlc2.tool.TLCStateMut.fingerPrint with MVPerms): the cfg names a set of
// permutations of model values, which is closed under composition into a group; a state
// is fingerprinted as the smallest fingerprint among its images under the group. Any
// fixed choice of orbit representative gives the same equivalence classes, hence the
// same distinct count as TLC's lexicographic minimum; the state that is stored and
// expanded is the one found first, as in TLC.
#pragma once

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "checker/value/value.hpp"

namespace cairn {

class Symmetry {
 public:
  /// `perms`: the value of the SYMMETRY definition, a set of functions on model values.
  explicit Symmetry(const Value& perms);

  size_t group_size() const { return group_.size(); }

  /// The smallest fingerprint among the images of a state under the group; `combine`
  /// folds the variables' fingerprints into a state fingerprint.
  template <class Combine>
  uint64_t min_fingerprint(const Value* state, size_t n, Combine&& combine) const {
    const size_t G = perms_.tables.size();
    std::vector<uint64_t> all(n * G), fps(n);
    for (size_t i = 0; i < n; ++i) fingerprints_permuted(state[i], perms_, &all[i * G]);
    uint64_t best = UINT64_MAX;
    for (size_t g = 0; g < G; ++g) {
      for (size_t i = 0; i < n; ++i) fps[i] = all[i * G + g];
      best = std::min(best, combine(fps.data(), n));
    }
    return best;
  }

  /// TLC's representative of a state's orbit: its lexicographically smallest image under
  /// the group (variables in order, each compared in TLC's total order). With a VIEW, TLC
  /// fingerprints the view of this state (TLCStateMut.fingerPrint).
  std::vector<Value> smallest_image(const Value* state, size_t n) const;

 private:
  using Perm = std::unordered_map<uint32_t, Value>;  // model value token -> image
  static Value apply_perm(const Value& v, const Perm& p);
  std::vector<Perm> group_;
  PermGroup perms_;  // the group as token -> token tables
};

}  // namespace cairn
