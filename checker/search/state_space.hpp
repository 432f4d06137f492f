// The state space of a model as a service, asked the same questions the same way by every
// search (the BFS, liveness's graph, the next searches): its initial states, the
// successors of a state by each action of the split next-state relation, which states
// are in the model (CONSTRAINT, ACTION_CONSTRAINT), whether the INVARIANTs and action
// PROPERTYs hold, and the key a state is identified by (its fingerprint, or that of its
// VIEW, or the smallest over its SYMMETRY orbit). It holds no search state: one instance
// serves every worker.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/eval/compiled.hpp"
#include "checker/eval/enumerate.hpp"
#include "checker/model/model.hpp"
#include "checker/search/symmetry.hpp"

namespace cairn {

class StateSpace {
 public:
  /// Evaluates the SYMMETRY set if the model has one (throws Error if that fails).
  explicit StateSpace(const Model& m);

  const Model& model() const { return m_; }
  size_t nvars() const { return n_; }
  size_t action_count() const { return m_.actions.size(); }
  const Action& action(size_t i) const { return m_.actions[i]; }

  /// The initial states in Init's enumeration order (TLC's), complete or not.
  void initial_states(Ctx& base, const EmitFn& emit) const {
    enumerate_init(m_.init, m_.init_owner, n_, base, emit);
  }
  /// The same states, enumerated by `tasks` replicas in parallel (inside a oneTBB arena).
  InitStates initial_states_parallel(Ctx& base, int tasks, const std::function<bool()>& stop = {}) const {
    return enumerate_init_parallel(m_.init, m_.init_owner, n_, base, tasks, stop);
  }
  /// The successors of `cur` by action `i`, in enumeration order, complete or not.
  void successors(size_t i, const Value* cur, Ctx& c, const EmitFn& emit) const {
    enumerate_next(m_.actions[i], cur, n_, c, emit);
  }

  /// Whether `d` holds on state `cur` (and step cur -> next when next is given).
  /// `what` names the formula's role in the message of a non-boolean result.
  /// `w`: the calling thread's worker when the caller has it at hand (else looked up).
  bool holds(const NamedDef& d, const Value* cur, const Value* next, int level,
             const char* what, Worker* w = nullptr) const;

  /// CONSTRAINTs on the (new) state and, for a step, ACTION_CONSTRAINTs. `level`: the new
  /// state's; TLCGet("level") is that in a CONSTRAINT and the current state's (level - 1)
  /// in an ACTION_CONSTRAINT, as in TLC.
  bool in_model(const Value* cur, const Value* next, int level, Worker* w = nullptr) const;

  /// The INVARIANTs on `st`, in order: the index of the first violated one, or -1. An
  /// evaluation error propagates with `at` set to the index of the invariant evaluated.
  int violated_invariant(const Value* st, int level, size_t& at, Worker* w = nullptr) const;

  /// The action PROPERTYs on the step cur -> next, in order, as violated_invariant
  /// (`level`: next's; TLCGet("level") is cur's, as in an ACTION_CONSTRAINT).
  int violated_action_property(const Value* cur, const Value* next, int level, size_t& at,
                               Worker* w = nullptr) const;

  /// The state-level PROPERTY parts on an initial state, as violated_invariant.
  int violated_implied_init(const Value* st, size_t& at) const;

  /// The identity of a state in the seen set and the state graph.
  uint64_t key(const Value* st, int level) const;

  /// Per predicate (constraints, action constraints, invariants, action properties, in
  /// the model's order): compiled, or why not (compiled.hpp). For --explain-compiled.
  const std::vector<std::pair<std::string, std::string>>& compiled_report() const { return compiled_report_; }

 private:
  const Model& m_;
  size_t n_;
  std::unique_ptr<Symmetry> symmetry_;
  // The compiled form of each predicate the searches ask about every state (null where
  // it is not compiled), keyed by the NamedDef it compiles.
  std::unordered_map<const NamedDef*, std::unique_ptr<CompiledExpr>> compiled_;
  std::vector<std::pair<std::string, std::string>> compiled_report_;
};

}  // namespace cairn
