// The per-state questions the safety explorer and the liveness checker both ask, so that
// they answer them the same way: which states are in the model (CONSTRAINT,
// ACTION_CONSTRAINT), whether a named formula holds on a state or step, and the key a
// state is identified by (its fingerprint, or that of its VIEW, or the smallest over its
// SYMMETRY orbit).
#pragma once

#include <memory>

#include "checker/model/model.hpp"
#include "checker/search/symmetry.hpp"

namespace cairn {

class StateChecks {
 public:
  /// Evaluates the SYMMETRY set if the model has one (throws Error if that fails).
  explicit StateChecks(const Model& m);

  /// Whether `d` holds on state `cur` (and step cur -> next when next is given).
  /// `what` names the formula's role in the message of a non-boolean result.
  bool holds(const NamedDef& d, const Value* cur, const Value* next, int level,
             const char* what) const;

  /// CONSTRAINTs on the (new) state and, for a step, ACTION_CONSTRAINTs.
  bool in_model(const Value* cur, const Value* next, int level) const;

  /// The identity of a state in the seen set and the state graph.
  uint64_t key(const Value* st, int level) const;

 private:
  const Model& m_;
  size_t n_;
  std::unique_ptr<Symmetry> symmetry_;
};

}  // namespace cairn
