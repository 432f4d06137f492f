// Everything a run reports, as a stream of events, and the sinks that render it: TLC's
// text on stdout/stderr, the JSON report (--report-json) and the ITF trace (--trace-json).
// The engine only publishes (counters, verdicts, traces); a sink decides what is printed,
// so TLC's -tool protocol or a distributed run's rank-0 printer are one more sink.
//
// The order of events in a run (driver/driver.cpp): start, init_states?, progress*, liveness_graph?,
// liveness_done?, violation?, trace?, statistics, coverage?, end. A run that stops before
// it has a model (parse, cfg or file errors) sends only load_error.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "checker/search/explore.hpp"

namespace cairn {

struct RunStart {
  std::string spec_path, cfg_path;
  int workers = 1;
  std::string verb = "checking";  // "simulating" for `cairn simulate`
};

/// The statistics of the liveness graph, once it is built.
struct LivenessGraph {
  size_t branches = 0, states = 0, edges = 0;
  double build_seconds = 0;
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void start(const Model&, const RunStart&) {}
  /// The initial states are computed (cairn's text prints nothing for it, as before).
  virtual void init_states(const Progress&) {}
  virtual void progress(const Progress&) {}
  virtual void liveness_graph(const LivenessGraph&) {}
  virtual void liveness_done(double /*seconds*/, double /*safety_seconds*/) {}
  virtual void violation(const Verdict&) {}
  /// The counterexample (a lasso when loop_back >= 0, see CheckResult).
  virtual void trace(const std::vector<TraceStep>&, int /*loop_back*/, bool /*initial*/) {}
  virtual void statistics(const CheckResult&) {}
  virtual void coverage(const CheckResult&) {}
  virtual void end(const CheckResult&) {}
  /// `sources`: the files read before the error (the error points into them).
  virtual void load_error(const Error&, const SourceManager& /*sources*/) {}
  /// False once the sink failed (a report file it could not write: exit 153).
  virtual bool ok() const { return true; }
};

/// Sends every event to several sinks, in order.
class FanOut : public EventSink {
 public:
  void add(std::unique_ptr<EventSink> s) { sinks_.push_back(std::move(s)); }
  void start(const Model& m, const RunStart& s) override;
  void init_states(const Progress& p) override;
  void progress(const Progress& p) override;
  void liveness_graph(const LivenessGraph& g) override;
  void liveness_done(double seconds, double safety_seconds) override;
  void violation(const Verdict& v) override;
  void trace(const std::vector<TraceStep>& t, int loop_back, bool initial) override;
  void statistics(const CheckResult& r) override;
  void coverage(const CheckResult& r) override;
  void end(const CheckResult& r) override;
  void load_error(const Error& e, const SourceManager& sources) override;
  bool ok() const override;

 private:
  std::vector<std::unique_ptr<EventSink>> sinks_;
};

struct TextOptions {
  bool quiet = false;     // only the outcome: no start, progress or liveness lines
  bool coverage = false;  // --coverage
  bool difftrace = false;  // --difftrace: a trace's states show only what changed (TLC's -difftrace)
  bool warnings = true;    // TLC's warnings (report.hpp stuttering_warning); -nowarning: none
};

/// TLC's text: results on `out`, located errors on `err`.
std::unique_ptr<EventSink> text_printer(std::ostream& out, std::ostream& err, TextOptions o);

/// The JSON report, written to `path` at the end of the run (or at a load error).
std::unique_ptr<EventSink> json_report(std::string path);

/// The counterexample as an ITF trace, written to `path` if the run has one.
std::unique_ptr<EventSink> itf_trace(std::string path);

/// Sends a finished run's outcome: violation, trace, statistics, coverage, end.
void publish_result(EventSink& sink, const CheckResult& r);

}  // namespace cairn
