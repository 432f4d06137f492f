// The breadth-first explorer and what it reports.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/model.hpp"

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
  std::string result = "success";  // success | safety failure | deadlock failure |
                                   // liveness failure | assumption failure | error
  int exit_code = 0;
  int64_t generated = 0, distinct = 0, left = 0, depth = 0;
  double seconds = 0;           // total: safety search plus liveness
  double safety_seconds = 0;    // the safety search
  double liveness_seconds = 0;  // the liveness phase (0 when it did not run)
  int workers = 1;
  std::optional<std::pair<std::string, std::string>> violation;  // kind, name
  std::vector<TraceStep> trace;
  int loop_back = -1;          // liveness lasso: index of the state the cycle returns to
  std::optional<std::pair<Loc, std::string>> error;
  std::string headline;        // "Invariant Inv is violated." etc.
  bool initial_violation = false;  // TLC prints no statistics then
  int64_t seen_bytes = 0;          // memory of the seen-state set
  int64_t link_bytes = 0;          // memory of the parent links (traces)
  std::vector<ActionCoverage> coverage;  // per action, in m.actions order
};

struct CheckOptions {
  int workers = 1;
  bool quiet = false;
  // Called with every new distinct state (from any worker thread), e.g. to round-trip it
  // through the state codec (`cairn check --verify-codec`).
  std::function<void(const Value* state, size_t n)> on_distinct;
};

/// Checks ASSUMEs, then explores the state space. Never throws for spec errors: they
/// come back as a result with exit code and location.
CheckResult check(Model& m, const CheckOptions& opts);

/// The cfg's POSTCONDITION, evaluated once the search (and the liveness check) succeeded,
/// as TLC does (Tool.checkPostCondition): false or failing to evaluate is exit 10.
void check_postcondition(const Model& m, CheckResult& r);

}  // namespace cairn
