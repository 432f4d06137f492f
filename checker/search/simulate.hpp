// Random simulation (`cairn simulate`): a Search whose workers walk random behaviours
// through the StateSpace, as TLC's -simulate (tlc2.tool.Simulator, SimulationWorker).
//
// One behaviour. Its generator is seeded from the root seed and the behaviour's index
// (behaviour_seed: SplitMix64 of both), so behaviour i is the same walk whatever worker
// runs it and whenever. Its first state is drawn uniformly from the initial states that
// satisfy the CONSTRAINTs (every initial state is checked against the INVARIANTs first,
// once, as TLC does before the walks). Then, while it has fewer than --depth states:
//  - an action is drawn uniformly, and a stride coprime with the number of actions: the
//    actions are TLC's (Tool.getActions): the split next-state relation split again at
//    each `\E x \in S` over a constant S into one action per binding (split_actions), so
//    `\E p \in Procs : A(p) \/ B(p)` is 2|Procs| actions, each as likely; the
//    actions are tried from the drawn one in steps of the stride (TLC draws a prime
//    stride, which can revisit actions when it divides their number; a coprime stride
//    visits each once), until one has a successor in the model;
//  - every successor that action generates is checked, as TLC checks every successor
//    it generates: all its variables defined, the INVARIANTs, the action PROPERTYs; the
//    ones outside the CONSTRAINTs / ACTION_CONSTRAINTs are not candidates;
//  - the next state is drawn uniformly among the candidates. So the distribution is:
//    P(t | s) = sum over actions A that the walk reaches and stops at of
//    P(A chosen first among the enabled-in-model ones by the rotation) / |succ_A(s)|,
//    uniform over actions with an in-model successor when the stride visits them in a
//    random order, then uniform within the action (not uniform over all successors: an
//    action with one successor is as likely as one with a thousand, as in TLC);
//  - no successor at all (by any action, before the CONSTRAINTs) is a deadlock, reported
//    unless disabled; successors that all fail the CONSTRAINTs end the behaviour there
//    (TLC reports a deadlock then too; cairn keeps check's meaning of deadlock).
// RandomElement and the other random operators draw from the worker's generator reseeded
// for each (state, action) enumerated (shrink.hpp, seeded_successors), so the successors
// of a state are the same in the walk, in shrinking and in a replay.
// Each behaviour that ends without a violation (at --depth, at a deadlock not reported,
// or where every successor leaves the CONSTRAINTs) is then checked against the temporal
// PROPERTYs as TLC does (SimulationWorker: liveCheck.checkTrace; see BehaviourCheck), and
// a violation is reported with its lasso, not shrunk.
// A stuttering step (the next state equals the current one) counts against --depth but
// is not added to the trace (TLC's getTrace drops finite stuttering).
//
// Workers and determinism. Behaviour indices are handed out in order; a worker stops
// taking new ones once a violation is known at a smaller index, or --num / --duration
// is reached. The violation reported is the one of the smallest behaviour index, and the
// statistics count the behaviours up to it, so with --num (or a violation) the output
// does not depend on the worker count or on thread timing. With --duration alone, how
// many behaviours fit in the time does.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "checker/search/explore.hpp"
#include "checker/search/state_space.hpp"

namespace cairn {

/// What a finished behaviour is checked for beyond its states and steps: the temporal
/// PROPERTYs (liveness::make_behaviour_check). The verdict and the lasso of a violation,
/// or nullopt. A worker's own: it need not be thread-safe.
class BehaviourCheck {
 public:
  virtual ~BehaviourCheck() = default;
  virtual std::optional<CheckResult> check(const std::vector<std::vector<Value>>& states) = 0;
};

struct SimOptions {
  int workers = 1;
  int64_t depth = 100;    // states per behaviour at most (TLC's -depth)
  int64_t num = 0;        // behaviours (TLC's -simulate num=N); 0: until --duration
  double duration = 0;    // seconds; 0: until --num
  uint64_t seed = 0;
  bool shrink = true;
  /// The signal flag (driver/interrupt.hpp): once set, no new behaviour starts and the run
  /// ends as interrupted (null: no handler).
  const std::atomic<int>* stop = nullptr;
  /// Makes one worker's check of finished behaviours (null: none, no temporal PROPERTY).
  std::function<std::unique_ptr<BehaviourCheck>()> behaviour_check;
};

/// The seed of behaviour `index` of a run seeded with `root`.
uint64_t behaviour_seed(uint64_t root, uint64_t index);

/// The random-walk search over `space` (which must outlive it).
std::unique_ptr<Search> make_simulation(const StateSpace& space, const SimOptions& opts);

}  // namespace cairn
