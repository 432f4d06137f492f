// The search interface: what a search over a model's state space is given, what it
// publishes while it runs, and what it returns.
//
// Design. A search is built from three parts, so that new searches reuse the first two:
//  - StateSpace (state_space.hpp), a stateless service shared by all workers: initial
//    states, successors by action, CONSTRAINTs, INVARIANTs and action PROPERTYs, state
//    keys under VIEW/SYMMETRY. Every search asks it, so all give the same answers.
//  - TraceStore (trace_store.hpp): a parent link (key, parent id, action) per stored
//    state, and the replay that rebuilds a counterexample from them.
//  - a Search (below): init_states(), then explore_all() explores, progress() publishes counters (read by the
//    driver's ticker, which sends them to the event sinks; a search prints nothing),
//    result() returns the Verdict and statistics as data.
// How the searches plug in:
//  - BFS (explore.cpp, make_bfs): level-synchronous; the frontier of a level is expanded
//    by the workers, new states merged in frontier order, so counts, depth and the
//    violation reported do not depend on the worker count.
//  - Liveness (liveness.hpp): an EdgeObserver (below) attached through CheckOptions
//    enumerates each action's successors for the BFS, labels every edge as it goes and
//    records the nodes per worker; its graph is numbered afterwards as a serial BFS
//    would, so it does not depend on the worker count. No second exploration.
//  - Random walks (simulate.hpp, make_simulation): workers each walk from a random
//    initial state through random successors (StateSpace::successors of an action),
//    checking each state with the same StateSpace calls, a SplitMix64 stream per
//    behaviour index from --seed; the walk is its own trace, so it needs no TraceStore
//    and no seen set; shrink.hpp shortens a violating walk through the same StateSpace.
//  - Checkpoints, spilling (issue 15): the BFS is quiescent between levels (no worker
//    inserting): a checkpoint there writes the frontier (states through the StateCodec),
//    the seen set's fingerprints, the TraceStore's links (plain data) and the counters.
//    The frontier and the seen set become interfaces whose disk-backed versions spill
//    a level in chunks and keep the fingerprints off the heap (as TLC's DiskFPSet).
//  - A distributed frontier (issue 18): the levels become bulk-synchronous rounds. Each
//    rank owns the keys with key % ranks == rank; new successors go to their owner, which
//    deduplicates them in its seen set and queues them for the next round; the end of a
//    level is a barrier, where today's merge (frontier order, then the earliest
//    violation) is done per rank and the least (level, rank, index) violation wins. Parent
//    links stay with their owner (id = rank, index); replay asks the owners. Only rank
//    0's event sink prints.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/model.hpp"
#include "checker/report/verdict.hpp"

namespace cairn {

struct TraceStep {
  std::vector<Value> state;
  std::string action;  // "" for the initial state
  Loc loc;             // the action's location
};

/// What one action of the next-state relation did (--coverage).
struct ActionCoverage {
  int64_t generated = 0;  // successors it produced
  int64_t distinct = 0;   // new distinct states it found first
  int64_t enabled = 0;    // states in which it produced at least one successor
  int64_t fired = 0;      // random walks (simulate.hpp): steps it was chosen for
};

/// What a simulation run (simulate.hpp) adds to its result.
struct SimulationStats {
  uint64_t seed = 0;
  int64_t depth_limit = 0;          // --depth: states per behaviour at most
  int64_t behaviours = 0;           // behaviours generated (up to the violating one)
  int64_t states = 0;               // states on them (initial states included)
  int64_t max_length = 0;           // the longest behaviour, in states
  int64_t violating_behaviour = -1; // the index of the behaviour that violated
  int64_t found_length = 0;         // its length in states, before shrinking
  int64_t shrunk_length = 0;        // after shrinking (0: not shrunk)
};

struct CheckResult {
  Verdict verdict;  // what was found (report.cpp words it, exit_code_of codes it)
  int64_t generated = 0, distinct = 0, left = 0, depth = 0;
  double seconds = 0;           // total: safety search plus liveness
  double safety_seconds = 0;    // the safety search
  double liveness_seconds = 0;  // the liveness phase (0 when it did not run)
  int workers = 1;
  std::vector<TraceStep> trace;
  int loop_back = -1;          // liveness lasso: index of the state the cycle returns to
  // A stuttering lasso of a property whose check needs a cycle (liveness.cpp needs_cycle):
  // TLC then warns that the stuttering may come from a missing fairness (2257, 2259).
  bool stuttering_warning = false;
  // An incomplete_initial verdict: the initial state Init left partly unset (undefined
  // values), which TLC prints with the error ("While working on the initial state:").
  std::vector<Value> partial_state;
  int64_t seen_bytes = 0;          // memory of the seen-state set
  int64_t link_bytes = 0;          // memory of the parent links (traces)
  int64_t spilled_bytes = 0;       // queue bytes spilled to --workdir (frontier.hpp)
  int64_t seen_disk_bytes = 0;     // the seen set's file in --workdir (seen_set.hpp)
  int64_t link_disk_bytes = 0;     // the parent links' file in --workdir (trace_store.hpp)
  std::vector<ActionCoverage> coverage;  // per action, in m.actions order
  std::optional<SimulationStats> simulation;  // set by a simulation run

  int exit_code() const { return exit_code_of(verdict); }
  /// An invariant violated by an initial state: TLC prints no statistics then.
  bool initial_violation() const {
    return (verdict.kind == VerdictKind::invariant && verdict.initial) || verdict.kind == VerdictKind::property_initial;
  }
};

class EventSink;
class EdgeObserver;
struct Checkpoint;
class StateCodec;

struct CheckOptions {
  int workers = 1;
  bool quiet = false;
  EventSink* events = nullptr;  // where the liveness phase reports its graph (may be null)
  uint64_t seed = 0;  // --seed: the random generators' seed (README, "Random choices")
  // Called with every new distinct state (from any worker thread), e.g. to round-trip it
  // through the state codec (`cairn check --verify-codec`).
  std::function<void(const Value* state, size_t n)> on_distinct;
  // Sees every edge of the search and enumerates the successors for it (liveness builds
  // its graph from them): null when no one watches.
  EdgeObserver* edges = nullptr;
  // Set (to the signal's number) when the run must stop: the search polls it between
  // states and ends with an `interrupted` verdict (driver/interrupt.hpp).
  const std::atomic<int>* stop = nullptr;
  // Checkpoints (search/checkpoint.hpp): written into checkpoint_dir at a level boundary
  // once checkpoint_every seconds have passed since the last, and when interrupted;
  // `resume` is one to continue from instead of computing Init. Both need the codec.
  std::string checkpoint_dir;
  double checkpoint_every = 1800;
  uint64_t run_hash = 0;
  const Checkpoint* resume = nullptr;
  const StateCodec* codec = nullptr;
  // The memory limit (memory.hpp; 0: none) and, when spilling is on, the folder the
  // frontier spills to (frontier.hpp; needs the codec).
  uint64_t memory_limit = 0;
  std::string workdir;
  // Tests: the seen set and the parent links spill to workdir whenever the seen set's
  // table holds this many states (0: only past memory_limit).
  uint64_t spill_seen_at = 0;
};

/// Watches a search's edges, and enumerates them: liveness labels each edge as it is
/// enumerated, with its own split of the actions (units), so the search asks it for the
/// successors instead of StateSpace::successors. It must give the same successors in the
/// same order (the generated counts depend on it). A worker calls begin(), then
/// successors() for each action in order, then end(), on one thread; nodes of several
/// workers interleave. keep(nx) is the search's handling of a successor (constraints,
/// invariants, seen set): it returns the successor's key when the state is in the model.
class EdgeObserver {
 public:
  using KeepFn = std::function<std::optional<uint64_t>(const Value* nx)>;
  virtual ~EdgeObserver() = default;
  /// The initial states' keys, in their order (once, before any begin()).
  virtual void initial(const std::vector<uint64_t>& keys) = 0;
  virtual void begin(const Value* cur, uint64_t key, int level) = 0;
  virtual void successors(size_t action, Ctx& c, const KeepFn& keep) = 0;
  /// The state was expanded completely (not called when its expansion was cut short).
  /// Throws the first error labelling the state or its edges: the search stops there.
  virtual void end() = 0;
  /// After the state's next-state relation failed: whether labelling it fails as well
  /// (TLC's ENABLED of each fair action, which stops at the first step it finds).
  virtual bool labels_fail(const Value* /*cur*/) { return false; }
};

/// The counters a running search publishes (progress lines, TLCGet("stats")).
struct Progress {
  int64_t depth = 0, generated = 0, distinct = 0, queue = 0;
  double seconds = 0;  // since the search started
  int64_t behaviours = -1;  // a simulation's behaviours so far (-1: not a simulation)
  int64_t sim_states = 0, max_length = 0;  // a simulation's states on them, longest one
};

/// A search over the state space of a model: init_states() computes the initial states,
/// explore_all() explores from them, result() gives the outcome and statistics (also of
/// a search never run: ASSUMEs failed); progress() may be called from another thread
/// while the first two run.
class Search {
 public:
  virtual ~Search() = default;
  virtual void init_states() = 0;
  virtual void explore_all() = 0;
  virtual CheckResult result() = 0;
  virtual Progress progress() const = 0;
};

class StateSpace;

/// The level-synchronous breadth-first search (explore.cpp) over `space` (which must
/// outlive it).
std::unique_ptr<Search> make_bfs(const StateSpace& space, const CheckOptions& opts);

/// The ASSUMEs of the model, in order: the first false or failing one is the verdict.
Verdict check_assumptions(const Model& m, const std::atomic<int>* stop = nullptr);

/// The cfg's POSTCONDITION, evaluated once the search (and the liveness check) succeeded,
/// as TLC does (Tool.checkPostCondition): false or failing to evaluate is exit 10.
void check_postcondition(const Model& m, CheckResult& r);

}  // namespace cairn
