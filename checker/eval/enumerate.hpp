// Enumerating initial states and successor states the way TLC does
// (tlc2.tool.impl.Tool.getInitStates / getNextStates):
// conjunctions left to right, where `x' = e` / `x' \in S` (and `x = e`, `x \in S` in Init)
// bind a variable not yet bound and test it otherwise; disjunctions, \E, IF and CASE
// branch; UNCHANGED binds; operators used in actions are expanded; any other conjunct
// is a boolean filter.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/eval/eval.hpp"

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
using EmitFn = FnRef<void(const Value* state)>;  // a parameter type only (see FnRef)

/// Enumerates the initial states of `init`.
void enumerate_init(const Node* init, Def* owner, size_t nvars, Ctx& base, const EmitFn& emit);

/// The initial states in enumerate_init's order, flattened, and the error that stopped
/// the enumeration after them (if any).
struct InitStates {
  std::vector<Value> states;
  std::optional<Error> error;
  bool stopped = false;  // `stop` said so: the states are incomplete
};

/// Enumerates the initial states of `init` with `tasks` replicas in parallel (see
/// InitSplit in enumerate.cpp): exactly enumerate_init's states, in its order. Call
/// inside a oneTBB arena. `stop`, when given, is polled at each state: once it is true the
/// enumeration ends early with `stopped` set (an interrupt).
InitStates enumerate_init_parallel(const Node* init, Def* owner, size_t nvars, Ctx& base, int tasks,
                                   const std::function<bool()>& stop = {});

/// Enumerates the successors of `cur` under one action.
void enumerate_next(const Action& a, const Value* cur, size_t nvars, Ctx& base, const EmitFn& emit);

/// ENABLED a in frame f: whether a has a successor from c's current state (whose
/// variables a need not all bind).
bool action_enabled(const Node* a, Frame* f, const Ctx& c);

/// Splits a next-state formula into TLC's actions (Tool.getActions): its disjuncts,
/// operators called with constant arguments expanded (the action is named by the last
/// one, with its arguments: "Send(2)"), and `\E x \in S` over a constant S split into
/// one action per binding. `worker` evaluates the constant arguments and sets. The
/// actions' successors are the formula's, in the same order.
std::vector<Action> split_actions(const Node* next, Def* owner, const std::string& name, Worker* worker);

/// The same, for an action `n` in the frame of `owner` with parameter values `frame`.
std::vector<Action> split_actions(const Node* n, Def* owner, const std::vector<Value>& frame,
                                  const std::string& name, Worker* worker);


}  // namespace cairn
