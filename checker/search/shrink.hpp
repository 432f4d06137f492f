// Shrinking a violating behaviour found by a random walk (simulate.hpp) to a shorter one
// that violates the same property, and the replay that proves a behaviour is one.
//
// Design. A behaviour is legal when its first state is an initial state of the model,
// every step s -> t is a successor of s by some action (StateSpace::successors) with t
// in the model (CONSTRAINT) and the step allowed (ACTION_CONSTRAINT), no state before
// the last violates an INVARIANT and no step before the last an action PROPERTY (else
// replaying it would report another violation first), and the last state (or step)
// violates the target: the named invariant, the named action property, or has no
// successor at all (deadlock). The shrinker keeps a legal behaviour and applies, in
// order, passes that each return a legal behaviour no longer than their input:
//  1. cut cycles: when state i repeats at a later j, the states i+1..j go (the step that
//     left j leaves i, which is the same state);
//  2. shortcuts: the states before the last one that is itself initial go; then, from
//     each state k in order, the states k+1..j-1 go for the largest j whose state is a
//     successor of state k (any action) and whose new step is legal. Dropping a single
//     step is the case j = k + 2;
//  3. a bounded breadth-first search from the initial states through the states within
//     a small distance of the behaviour (the behaviour's states and their successors,
//     up to four steps out while that stays under a budget of 50000 states): the shortest path in that
//     neighbourhood to a state that violates the target.
// Each pass's result is replayed (replays() below) before it is kept, so a pass that
// went wrong (a constraint that reads TLCGet("level"), say) costs only its own work. The
// three passes are repeated while the behaviour gets shorter: a shorter behaviour has
// another neighbourhood. Each round costs O(length) successor enumerations for the
// first two passes and at most the budget's states for the third.
//
// Compared with QuickCheck and Hypothesis. QuickCheck shrinks the generated value with a
// type's shrink function (smaller candidates, keep the first that still fails, repeat);
// Hypothesis shrinks the underlying choice sequence (delete and lower the random draws,
// replay the generator), so every candidate is valid by construction. A behaviour is
// constrained the way Hypothesis's test cases are: most edits of a state sequence are not
// behaviours. Here the candidates are edits of the state sequence checked against the
// next-state relation (closer to QuickCheck, with validity re-checked instead of built
// in), and the last pass is something neither tool can do: the model is a graph we can
// search, so in the neighbourhood of the behaviour the shortest counterexample is found
// exactly rather than approached by local edits.
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_set>
#include <vector>

#include "checker/report/verdict.hpp"
#include "checker/search/state_space.hpp"

namespace cairn {

/// The successors of `st` by action `a`, the calling worker's generator reseeded for the
/// state and the action (Worker::begin_state): RandomElement's draws are a function of
/// (seed, state, action), so a walk, its shrinking and its replay make the same draws.
void seeded_successors(const StateSpace& space, size_t a, const Value* st, int level, const EmitFn& emit);

/// The same with the state's key (StateSpace::key(st, level)) given, and the calling
/// worker's context: for a walk that tries several actions of one state.
void seeded_successors(const StateSpace& space, size_t a, const Value* st, int level, uint64_t key, Worker* w,
                       const EmitFn& emit);

/// The initial states, the generator restarted first as the BFS does (Worker::begin_init).
void seeded_initial_states(const StateSpace& space, const EmitFn& emit);

/// A finite behaviour: states[i] was reached by actions[i] (-1 for the initial state).
struct Behaviour {
  std::vector<std::vector<Value>> states;
  std::vector<int> actions;
  size_t size() const { return states.size(); }
};

/// What a behaviour must violate: an invariant or action property (by index in the
/// model's lists), or a deadlock. Other verdicts are not shrunk.
struct ShrinkTarget {
  VerdictKind kind = VerdictKind::ok;
  size_t index = 0;
  /// The target of a verdict, or a target of kind ok when it is not shrinkable.
  static ShrinkTarget of(const Model& m, const Verdict& v);
  bool shrinkable() const { return kind != VerdictKind::ok; }
};

class Shrinker {
 public:
  Shrinker(const StateSpace& space, ShrinkTarget target) : space_(space), target_(target) {}

  /// A legal behaviour violating the target, no longer than `b` (which must be one).
  Behaviour shrink(Behaviour b) const;

  /// Whether `b` is legal and violates the target (see the design note).
  bool replays(const Behaviour& b) const;

 private:
  const StateSpace& space_;
  ShrinkTarget target_;
  mutable std::optional<std::unordered_set<uint64_t>> initial_fps_;  // see is_initial

  Behaviour cut_cycles(Behaviour b) const;
  Behaviour drop_steps(Behaviour b) const;
  Behaviour nearby_bfs(const Behaviour& b) const;
  /// Whether step i of `b` (into states[i]) is legal where it stands (see replays()).
  bool step_legal(const Behaviour& b, size_t i) const;
  /// The action by which `to` is a successor of `from` (tried: `hint` first), or -1.
  int step_action(const std::vector<Value>& from, const std::vector<Value>& to, int level, int hint) const;
  bool is_initial(const std::vector<Value>& st) const;
  /// Whether state `st` (reached by the step from `prev`, null for an initial state)
  /// violates the target.
  bool violates(const Value* prev, const Value* st, int level) const;
  /// Whether it violates any invariant or action property (the target included).
  bool violates_any(const Value* prev, const Value* st, int level) const;
  bool deadlocked(const Value* st, int level) const;
};

}  // namespace cairn
