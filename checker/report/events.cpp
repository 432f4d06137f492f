#include "checker/report/events.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <ostream>

#include "checker/report/report.hpp"
#include "checker/report/tlc_order.hpp"
#include "checker/value/pretty.hpp"

namespace cairn {

// ---- FanOut ------------------------------------------------------------------------------

void FanOut::start(const Model& m, const RunStart& s) { for (auto& k : sinks_) k->start(m, s); }
void FanOut::init_states(const Progress& p) { for (auto& k : sinks_) k->init_states(p); }
void FanOut::progress(const Progress& p) { for (auto& k : sinks_) k->progress(p); }
void FanOut::liveness_graph(const LivenessGraph& g) { for (auto& k : sinks_) k->liveness_graph(g); }
void FanOut::liveness_done(double s, double safety) { for (auto& k : sinks_) k->liveness_done(s, safety); }
void FanOut::violation(const Verdict& v) { for (auto& k : sinks_) k->violation(v); }
void FanOut::trace(const std::vector<TraceStep>& t, int loop_back, bool initial) {
  for (auto& k : sinks_) k->trace(t, loop_back, initial);
}
void FanOut::statistics(const CheckResult& r) { for (auto& k : sinks_) k->statistics(r); }
void FanOut::coverage(const CheckResult& r) { for (auto& k : sinks_) k->coverage(r); }
// A sink that failed (a report it could not write) stops the ones after it, as the files
// were written one after the other and the first failure ended the run.
void FanOut::end(const CheckResult& r) {
  for (auto& k : sinks_) {
    k->end(r);
    if (!k->ok()) return;
  }
}
void FanOut::load_error(const Error& e, const SourceManager& sources) {
  for (auto& k : sinks_) k->load_error(e, sources);
}
bool FanOut::ok() const {
  return std::all_of(sinks_.begin(), sinks_.end(), [](const auto& k) { return k->ok(); });
}

void publish_result(EventSink& sink, const CheckResult& r) {
  if (!r.verdict.ok()) sink.violation(r.verdict);
  if (!r.trace.empty()) sink.trace(r.trace, r.loop_back, r.initial_violation());
  sink.statistics(r);
  sink.coverage(r);
  sink.end(r);
}

namespace {

int64_t ms(double seconds) { return static_cast<int64_t>(seconds * 1000); }

// ---- TLC's text ----------------------------------------------------------------------------

class TextPrinter : public EventSink {
 public:
  TextPrinter(std::ostream& out, std::ostream& err, TextOptions o) : out_(out), err_(err), o_(o) {}

  void start(const Model& m, const RunStart& s) override {
    m_ = &m;
    order_ = tlc_variable_order(m);
    if (o_.quiet) return;
    out_ << "cairn " << CAIRN_VERSION << ": " << s.verb << " " << s.spec_path << " with " << s.cfg_path << " ("
         << s.workers << " worker" << (s.workers == 1 ? "" : "s") << ")\n";
  }

  void progress(const Progress& p) override {
    if (o_.quiet) return;
    if (p.behaviours >= 0) return simulation_progress(p);
    out_ << "Progress(" << p.depth << ") at " << static_cast<int64_t>(p.seconds) << "s: " << p.generated
         << " states generated (" << static_cast<int64_t>(p.generated / std::max(p.seconds, 1e-9))
         << " s/s), " << p.distinct << " distinct states found, " << p.queue << " states left on queue."
         << std::endl;
  }

  void liveness_graph(const LivenessGraph& g) override {
    if (o_.quiet) return;
    out_ << "Checking " << g.branches << " temporal " << (g.branches == 1 ? "branch" : "branches")
         << " on a graph of " << g.states << " states and " << g.edges << " edges (" << ms(g.build_seconds)
         << "ms to build).\n";
  }

  void liveness_done(double seconds, double safety_seconds) override {
    if (o_.quiet) return;
    out_ << "Liveness checked in " << ms(seconds) << "ms (safety search: " << ms(safety_seconds) << "ms).\n";
  }

  void violation(const Verdict& v) override {
    verdict_ = v.kind;
    if (v.kind == VerdictKind::interrupted) {
      out_ << "Interrupted by " << signal_name(v.error_code) << ": the search stopped; the statistics are of the work so far.\n";
      return;
    }
    if (v.kind == VerdictKind::memory_limit) {
      out_ << "Memory limit reached: " << v.detail << ". The search stopped; the statistics are of the work so far.\n";
      return;
    }
    if (auto e = located_error(v)) {
      // An ASSUME whose error has no location is worded as TLC's unlocated error.
      if (exit_code_of(v) == exit_code::assumption && !e->loc.valid()) err_ << "Error: " << e->message << "\n";
      else err_ << format_diagnostic(e->loc, e->message);
    }
    if (std::string h = headline(v); !h.empty()) out_ << "Error: " << h << "\n";
  }

  // A liveness lasso (loop_back >= 0): when the cycle returns to an earlier state,
  // trace.back() repeats trace[loop_back] and prints as "Back to state k"; when
  // loop_back is the last state, the behaviour ends stuttering there.
  void trace(const std::vector<TraceStep>& trace, int loop_back, bool initial) override {
    bool lasso = loop_back >= 0;
    bool back = lasso && static_cast<size_t>(loop_back) + 1 < trace.size();
    if (lasso)
      out_ << "Error: The following behavior constitutes a counter-example:\n";
    else if (!initial)
      out_ << "Error: The behavior up to this point is:\n";
    for (size_t i = 0; i < trace.size(); ++i) {
      const TraceStep& s = trace[i];
      if (back && i + 1 == trace.size()) {
        out_ << "Back to state " << loop_back + 1 << ": <" << s.action << " " << tlc_location(s.loc) << ">\n\n";
        break;
      }
      if (!initial) {
        out_ << "State " << i + 1 << ": ";
        if (s.action.empty()) out_ << "<Initial predicate>\n";
        else out_ << "<" << s.action << " " << tlc_location(s.loc) << ">\n";
      }
      int base = o_.difftrace ? diff_base(static_cast<int>(i), static_cast<int>(trace.size()), lasso) : -1;
      print_state(s.state, base < 0 ? nullptr : &trace[static_cast<size_t>(base)].state);
    }
    if (lasso && !back) out_ << "State " << trace.size() + 1 << ": Stuttering\n";
  }

  void statistics(const CheckResult& r) override {
    if (r.verdict.kind == VerdictKind::incomplete_initial && !r.partial_state.empty() && m_) {
      // TLC's text for it (with the located message above, on stderr), and no statistics.
      out_ << "Error: " << (r.simulation ? incomplete_initial_simulation_text : incomplete_initial_text);
      print_state(r.partial_state);
      out_ << "Finished in " << ms(r.seconds) << "ms\n";
      return;
    }
    if (r.simulation) return simulation_statistics(r, *r.simulation);
    if (auto w = o_.warnings && m_ ? stuttering_warning(*m_, r) : std::nullopt)
      // MP.printWarning: the hint about -nowarning follows the run's first warning.
      out_ << "Warning: " << w->text << "\n(Use the -nowarning option to disable this warning.)\n";
    const int code = exit_code_of(r.verdict);
    if (code == exit_code::success) {
      // TLC's EC.TLC_SUCCESS message, with the optimistic estimate only (TLC adds one from
      // the smallest gap between fingerprints when this one is >= 1E-10).
      double p = collision_probability(r.distinct, r.generated);
      out_ << "Model checking completed. No error has been found.\n"
           << "  Estimates of the probability that TLC did not check all reachable states\n"
           << "  because two distinct states had the same fingerprint:\n"
           << "  calculated (optimistic):  val = " << (r.distinct == 0 && r.generated == 0 ? "0.0" : probability_text(p, 2))
           << "\n";
    }
    // TLC prints no statistics after an initial state's violation or an ASSUME's (but
    // does after a POSTCONDITION's, checked once the search is over).
    if (!r.initial_violation() && (code != exit_code::assumption || after_search(r.verdict))) {
      out_ << r.generated << " states generated, " << r.distinct << " distinct states found, " << r.left
           << " states left on queue.\n";
      out_ << "The depth of the complete state graph search is " << r.depth << ".\n";
    }
    out_ << "Finished in " << ms(r.seconds) << "ms\n";
  }

  /// Per-action coverage (--coverage): location, distinct states found, states generated.
  void coverage(const CheckResult& r) override {
    if (r.simulation && m_) return simulation_coverage(r);
    if (!o_.coverage || !m_) return;
    out_ << "The coverage statistics (action: distinct states found, states generated, states where enabled):\n";
    for (size_t i = 0; i < r.coverage.size() && i < m_->actions.size(); ++i) {
      const auto& c = r.coverage[i];
      out_ << "<" << m_->actions[i].name << " " << tlc_location(m_->actions[i].loc) << ">: " << c.distinct << ":"
           << c.generated << " (enabled in " << c.enabled << " states)\n";
    }
  }

  void load_error(const Error& e, const SourceManager&) override { err_ << format_diagnostic(e.loc(), e.what()); }

 private:
  std::ostream& out_;
  std::ostream& err_;
  TextOptions o_;
  const Model* m_ = nullptr;
  std::vector<size_t> order_;  // the variables as TLC prints them (report/tlc_order.hpp)
  VerdictKind verdict_ = VerdictKind::ok;

  /// -difftrace: the state that state i of an n-state trace is printed against (only the
  /// variables that differ from it), or -1 to print it whole. TLC's TLCTrace.printTrace:
  /// the first and the last state whole, the others against the one before; but a
  /// violating successor's trace (invariant, action property: printTrace(s1, s2)) prints
  /// s1 against the state two before it, and a two-state one its initial state against
  /// itself (empty). A liveness trace (LiveWorker: no predecessors) prints whole.
  int diff_base(int i, int n, bool lasso) const {
    if (lasso) return -1;
    bool successor = verdict_ == VerdictKind::invariant || verdict_ == VerdictKind::action_property;
    if (i == n - 1) return successor && n == 2 ? 0 : -1;
    if (successor && n == 2) return 0;
    if (i == 0) return -1;
    if (successor && i == n - 2) return n >= 4 ? n - 4 : -1;
    return i - 1;
  }

  // ---- simulation (cairn simulate) --------------------------------------------------------

  void simulation_progress(const Progress& p) {
    double secs = std::max(p.seconds, 1e-9);
    out_ << "Progress at " << static_cast<int64_t>(p.seconds) << "s: " << p.behaviours << " behaviours ("
         << static_cast<int64_t>(static_cast<double>(p.behaviours) / secs) << "/s), " << p.generated
         << " states generated (" << static_cast<int64_t>(static_cast<double>(p.generated) / secs)
         << " s/s), mean length " << mean(p.sim_states, p.behaviours) << ", max length " << p.max_length << "."
         << std::endl;
  }

  static std::string states(int64_t n) { return std::to_string(n) + (n == 1 ? " state" : " states"); }

  static std::string mean(int64_t total, int64_t count) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", count ? static_cast<double>(total) / static_cast<double>(count) : 0.0);
    return buf;
  }

  void simulation_statistics(const CheckResult& r, const SimulationStats& s) {
    if (s.violating_behaviour >= 0) {
      out_ << "Found in behaviour " << s.violating_behaviour + 1 << " (" << states(s.found_length) << ")";
      if (s.shrunk_length) out_ << ", shrunk to " << states(s.shrunk_length);
      out_ << ".\n";
    }
    if (r.verdict.ok()) out_ << "Simulation completed. No error has been found.\n";
    out_ << s.behaviours << (s.behaviours == 1 ? " behaviour" : " behaviours") << " generated (depth " << s.depth_limit << ", mean length "
         << mean(s.states, s.behaviours) << ", max length " << s.max_length << "), " << r.generated
         << " states generated.\n";
    out_ << "Simulation using seed " << s.seed << " (replay: --seed " << s.seed << ").\n";
    out_ << "Finished in " << ms(r.seconds) << "ms\n";
  }

  /// How often each action was taken; the ones never taken are what a user needs to see.
  void simulation_coverage(const CheckResult& r) {
    std::vector<std::string> never;
    if (o_.coverage) out_ << "The coverage statistics (action: steps taken, states generated):\n";
    for (size_t i = 0; i < r.coverage.size() && i < m_->actions.size(); ++i) {
      const auto& c = r.coverage[i];
      if (o_.coverage)
        out_ << "<" << m_->actions[i].name << " " << tlc_location(m_->actions[i].loc) << ">: " << c.fired << ":"
             << c.generated << "\n";
      if (c.fired == 0) never.push_back(m_->actions[i].name);
    }
    if (never.empty() || r.simulation->behaviours == 0) return;
    out_ << "Actions never taken:";
    for (const auto& n : never) out_ << " " << n;
    out_ << "\n";
  }

  void print_state(const std::vector<Value>& state, const std::vector<Value>* prev = nullptr) {
    size_t n = state.size();
    for (size_t v : order_.size() == n ? order_ : declaration_order(n)) {
      if (prev && v < prev->size() && equals((*prev)[v], state[v])) continue;
      if (n > 1) out_ << "/\\ ";
      out_ << m_->spec->var_names[v] << " = " << tlc_value(state[v]) << "\n";
    }
    out_ << "\n";
  }
};

// ---- files ----------------------------------------------------------------------------------

/// A sink that writes one file at the end; a file it cannot write fails the run (153).
class FileSink : public EventSink {
 public:
  explicit FileSink(std::string path) : path_(std::move(path)) {}
  bool ok() const override { return ok_; }

 protected:
  const Model* m_ = nullptr;
  void write(const std::string& text) {
    std::ofstream out(path_, std::ios::binary);
    if (!out) {
      std::cerr << "cairn: error: cannot write " << path_ << "\n";
      ok_ = false;
      return;
    }
    out << text;
  }

 private:
  std::string path_;
  bool ok_ = true;
};

class JsonReport : public FileSink {
 public:
  using FileSink::FileSink;
  void end(const CheckResult& r) override { write(report_json(r)); }
  void load_error(const Error& e, const SourceManager&) override { write(error_json(e)); }
};

class ItfTrace : public FileSink {
 public:
  using FileSink::FileSink;
  void start(const Model& m, const RunStart&) override { m_ = &m; }
  void end(const CheckResult& r) override {
    if (m_ && !r.trace.empty()) write(trace_itf(*m_, r));
  }
};

}  // namespace

std::unique_ptr<EventSink> text_printer(std::ostream& out, std::ostream& err, TextOptions o) {
  return std::make_unique<TextPrinter>(out, err, o);
}

std::unique_ptr<EventSink> json_report(std::string path) { return std::make_unique<JsonReport>(std::move(path)); }

std::unique_ptr<EventSink> itf_trace(std::string path) { return std::make_unique<ItfTrace>(std::move(path)); }

}  // namespace cairn
