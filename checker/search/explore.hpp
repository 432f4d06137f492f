// The breadth-first explorer and what it reports.
#pragma once

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
  int64_t seen_bytes = 0;          // memory of the seen-state set
  int64_t link_bytes = 0;          // memory of the parent links (traces)
  std::vector<ActionCoverage> coverage;  // per action, in m.actions order

  int exit_code() const { return exit_code_of(verdict); }
  /// An invariant violated by an initial state: TLC prints no statistics then.
  bool initial_violation() const { return verdict.kind == VerdictKind::invariant && verdict.initial; }
};

class EventSink;

struct CheckOptions {
  int workers = 1;
  bool quiet = false;
  EventSink* events = nullptr;  // where the liveness phase reports its graph (may be null)
};

/// The counters a running search publishes (progress lines, TLCGet("stats")).
struct Progress {
  int64_t depth = 0, generated = 0, distinct = 0, queue = 0;
  double seconds = 0;  // since the search started
};

/// A search over the state space of a model: explore_all() explores, result() gives the
/// outcome and statistics (also of a search never run: ASSUMEs failed); progress() may be
/// called from another thread while explore_all() runs.
class Search {
 public:
  virtual ~Search() = default;
  virtual void explore_all() = 0;
  virtual CheckResult result() = 0;
  virtual Progress progress() const = 0;
};

/// The level-synchronous breadth-first search (explore.cpp). Evaluates SYMMETRY: throws
/// Error if that fails.
std::unique_ptr<Search> make_bfs(Model& m, const CheckOptions& opts);

/// The ASSUMEs of the model, in order: the first false or failing one is the verdict.
Verdict check_assumptions(const Model& m);

/// The cfg's POSTCONDITION, evaluated once the search (and the liveness check) succeeded,
/// as TLC does (Tool.checkPostCondition): false or failing to evaluate is exit 10.
void check_postcondition(const Model& m, CheckResult& r);

}  // namespace cairn
