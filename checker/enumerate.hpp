// Enumerating initial states and successor states the way TLC does
// (tlc2.tool.impl.Tool.getInitStates / getNextStates):
// conjunctions left to right, where `x' = e` / `x' \in S` (and `x = e`, `x \in S` in Init)
// bind a variable not yet bound and test it otherwise; disjunctions, \E, IF and CASE
// branch; UNCHANGED binds; operators used in actions are expanded; any other conjunct
// is a boolean filter.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "checker/eval.hpp"

namespace cairn {

/// One disjunct of the next-state relation, as TLC splits it into "actions".
struct Action {
  const Node* node = nullptr;
  Def* owner = nullptr;        // whose frame the node is evaluated in
  std::vector<Value> frame;    // the owner's parameter values (constant arguments)
  std::string name;            // operator name, e.g. "Next" or "Send(2)"
  Loc loc;                     // the disjunct's location (printed in traces)
};

/// Called with a complete or incomplete state array (Undef where never bound).
using EmitFn = std::function<void(const Value* state)>;

/// Enumerates the initial states of `init`.
void enumerate_init(const Node* init, Def* owner, size_t nvars, Ctx& base, const EmitFn& emit);

/// Enumerates the initial states of `init` with `tasks` replicas in parallel (see
/// InitSplit in enumerate.cpp); `emit` is called afterwards, on the calling thread, with
/// the states in exactly enumerate_init's order. An error is thrown after the states
/// enumerated before it were emitted. Call inside a oneTBB arena.
void enumerate_init_parallel(const Node* init, Def* owner, size_t nvars, Ctx& base, int tasks,
                             const EmitFn& emit);

/// Enumerates the successors of `cur` under one action.
void enumerate_next(const Action& a, const Value* cur, size_t nvars, Ctx& base, const EmitFn& emit);

/// Splits a next-state formula into TLC's actions (top-level disjuncts, expanding
/// operators called with constant arguments and \E over constant sets).
std::vector<Action> split_actions(const Node* next, Def* owner, const std::string& name);

}  // namespace cairn
