// The stages of a run, in order: load (parse, resolve, cfg), the state space (SYMMETRY),
// ASSUMEs, the initial states, the search from them, liveness, POSTCONDITION, report.
// Each stage's outcome is data (a Verdict in a CheckResult); what is printed and written
// is the event sinks' business (report/events.hpp).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "checker/model/model.hpp"
#include "checker/report/dot.hpp"
#include "checker/report/html.hpp"
#include "checker/search/explore.hpp"
#include "checker/search/simulate.hpp"

namespace cairn {

class FanOut;

struct RunOptions {
  ModelOptions model;
  int workers = 1;
  std::string report_path;  // --report-json
  std::string trace_path;   // --trace-json
  bool quiet = false;
  bool coverage = false;
  bool warnings = true;       // TLC's warnings (-nowarning, --nowarning: none)
  bool tool = false;          // `cairn tlc -tool`: TLC's framed messages instead of its text (report/tool.hpp)
  // More sinks for the run, after the printer and the files above (`cairn tlc -dumpTrace`).
  std::function<void(FanOut&)> more_sinks;
  bool verify_codec = false;  // --verify-codec: round-trip every distinct state (debug)
  std::string checkpoint_dir;          // --checkpoint DIR
  double checkpoint_every_minutes = 30;  // --checkpoint-every (TLC's default)
  std::string resume_dir;              // --resume DIR (checkpoints go on there)
  std::string memory;                  // --memory SIZE (default: memory.hpp's default_memory_limit)
  std::string workdir;                 // --workdir DIR: the queue spills there
  uint64_t spill_seen_at = 0;          // --spill-seen-at N (tests): seen set and links to disk every N states
  uint64_t seed = 0;          // --seed: the random generators' seed (README, "Random choices")
  bool difftrace = false;     // --difftrace (TLC's -difftrace)
  std::string tlc_trace_path; // --dump-trace-json FILE (TLC's -dumpTrace json FILE)
  DotOptions dot;             // --dump-dot FILE (TLC's -dump dot): the state graph
  DotOptions dot_trace;       // --dump-dot-trace FILE: the counterexample only
  HtmlOptions html;           // --html FILE: the report as a page
};

/// `cairn check`: runs every stage and reports; returns TLC's exit code.
int run_check(const RunOptions& o);

/// `cairn simulate`: random behaviours (search/simulate.hpp) instead of the BFS, the
/// same stages around them; returns TLC's exit code.
int run_simulate(const RunOptions& o, const SimOptions& so);

/// `cairn parse`: loads and resolves only.
int run_parse(const ModelOptions& mo);

class EventSink;
class FanOut;
class StateCodec;

/// What a checkpoint must agree with to be resumed: the spec's IR (all its modules),
/// the spec and cfg text, cairn's version and the options that change the search (not
/// the worker count: the BFS's answers do not depend on it). cairn-mpi's too.
uint64_t checkpoint_run_hash(const Model& m, const RunOptions& o, const StateCodec& codec);

/// The safety stages on a configured model, for any search `make` builds (the BFS, random
/// walks, the distributed search): the state space (SYMMETRY), the ASSUMEs, then the
/// search's Init and exploration, progress going to `events` when given.
CheckResult run_search(Model& m, const std::function<std::unique_ptr<Search>(const StateSpace&)>& make,
                       EventSink* events, bool quiet, bool init_event, const std::atomic<int>* stop = nullptr);

/// The last stages of a run, after its search: POSTCONDITION, then the result to the
/// sinks; TLC's exit code (or a system error when a report could not be written).
int finish_run(FanOut& sinks, const Model& m, CheckResult& r);

/// The safety stages (state space, ASSUMEs, search) on a loaded model, progress going to
/// `events` when given. Never throws for spec errors: they come back in the verdict.
CheckResult check(Model& m, const CheckOptions& opts);

}  // namespace cairn
