// SYMMETRY: states equal up to a permutation of model values are one state.
//
// As TLC (tlc2.tool.TLCStateMut.fingerPrint with MVPerms): the cfg names a set of
// permutations of model values, which is closed under composition into a group; a state
// is fingerprinted as the smallest fingerprint among its images under the group. Any
// fixed choice of orbit representative gives the same equivalence classes, hence the
// same distinct count as TLC's lexicographic minimum; the state that is stored and
// expanded is the one found first, as in TLC.
#pragma once

#include <unordered_map>
#include <vector>

#include "checker/value.hpp"

namespace cairn {

class Symmetry {
 public:
  /// `perms`: the value of the SYMMETRY definition, a set of functions on model values.
  explicit Symmetry(const Value& perms);

  size_t group_size() const { return group_.size(); }

  /// The images of a state (one per group element, identity included).
  template <class F>
  void for_each_image(const Value* state, size_t n, F&& f) const {
    std::vector<Value> img(n);
    for (const auto& g : group_) {
      for (size_t i = 0; i < n; ++i) img[i] = apply_perm(state[i], g);
      f(img.data());
    }
  }

 private:
  using Perm = std::unordered_map<uint32_t, Value>;  // model value token -> image
  static Value apply_perm(const Value& v, const Perm& p);
  std::vector<Perm> group_;
};

}  // namespace cairn
