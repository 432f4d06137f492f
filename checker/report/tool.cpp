#include "checker/report/tool.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <optional>
#include <filesystem>
#include <ostream>
#include <set>
#include <sstream>
#include <thread>

#include "checker/ir/ir.hpp"
#include "checker/report/report.hpp"
#include "checker/report/tlc_order.hpp"
#include "checker/value/pretty.hpp"

namespace cairn {

namespace {

// The codes of tlc2/output/EC.java that cairn sends.
namespace ec {
constexpr int general = 1000;
constexpr int nested_expression = 2103;
constexpr int assumption_false = 2104;
constexpr int assumption_error = 2105;
constexpr int initial_state = 2102;  // TLC_INITIAL_STATE: also an Init leaving a variable unset
constexpr int incomplete_initial = 2106;  // the simulator's word for that
constexpr int invariant_initial = 2107;
constexpr int property_initial = 2108;
constexpr int incomplete_next = 2109;
constexpr int invariant_behavior = 2110;
constexpr int invariant_eval_failed = 2111;
constexpr int action_property = 2112;
constexpr int action_property_eval_failed = 2113;
constexpr int deadlock = 2114;
constexpr int temporal_property = 2116;
constexpr int behavior_up_to_here = 2121;
constexpr int back_to_state = 2122;
constexpr int assert_failed = 2132;
constexpr int starting = 2185;
constexpr int finished = 2186;
constexpr int mode_mc = 2187;
constexpr int mode_simu = 2188;
constexpr int computing_init = 2189;
constexpr int init_generated = 2190;
constexpr int checking_temporal = 2192;
constexpr int success = 2193;
constexpr int search_depth = 2194;
constexpr int stats = 2199;
constexpr int progress_stats = 2200;
constexpr int coverage_start = 2201;
constexpr int coverage_end = 2202;
constexpr int progress_simu = 2209;
constexpr int stats_simu = 2210;
constexpr int state_print2 = 2217;
constexpr int state_print3 = 2218;
constexpr int sany_end = 2219;
constexpr int sany_start = 2220;
constexpr int version = 2262;
constexpr int counter_example = 2264;
constexpr int temporal_end = 2267;
constexpr int computed_init_simu = 2269;
constexpr int coverage_next = 2772;
constexpr int coverage_init = 2773;
constexpr int parsing_failed = 3002;
}  // namespace ec

// MP.java's severities.
constexpr int info = 0, error = 1, warning = 3, state = 4;

/// MP.now(): the local time as yyyy-MM-dd HH:mm:ss.
std::string now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

/// MP.format: a count with thousands separators (Java's "%,d").
std::string grouped(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string module_name(const std::string& path) { return std::filesystem::path(path).stem().string(); }

/// An absolute path, as SANY prints it in "Parsing file" (the extension maps module names
/// to files with it); the built-in standard modules keep their <stdlib>/ name.
std::string shown_path(const std::string& path) {
  if (path.rfind("<stdlib>", 0) == 0) return path;
  std::error_code ec;
  auto p = std::filesystem::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}

/// TLC's short duration (TLC.convertRuntimeToHumanReadable): "05s", "02min 05s".
std::string duration(double seconds) {
  auto s = static_cast<int64_t>(seconds);
  char buf[48];
  if (s < 60) std::snprintf(buf, sizeof buf, "%02llds", static_cast<long long>(s));
  else std::snprintf(buf, sizeof buf, "%02lldmin %02llds", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
  return buf;
}

/// A definition's left-hand side as a range, `Name` or `Name(p, q)` (TLC's coverage
/// locates actions by it): read from the source line, the parameters' parentheses included.
Loc name_range(const Def& d) {
  Loc l = d.loc;
  l.end_line = l.line;
  l.end_col = l.col + static_cast<int>(d.name.size()) - 1;
  if (!l.file || l.line <= 0) return l;
  std::string_view text = l.file->line_text(l.line);
  size_t at = static_cast<size_t>(l.end_col);  // 0-based index just past the name
  if (at < text.size() && text[at] == '(') {
    size_t close = text.find(')', at);
    if (close != std::string_view::npos) l.end_col = static_cast<int>(close) + 1;
  }
  return l;
}

/// The action's name as TLC's coverage and traces show it: without its arguments.
std::string base_name(const std::string& action) { return action.substr(0, action.find('(')); }

class ToolPrinter : public EventSink {
 public:
  ToolPrinter(std::ostream& out, ToolOptions o) : out_(out), o_(o) {}

  void start(const Model& m, const RunStart& s) override {
    std::lock_guard lk(mu_);
    m_ = &m;
    order_ = tlc_variable_order(m);
    simulating_ = s.verb == "simulating";
    banner(s.workers);
    sany(m.spec->root_module, m.session->sources);
    msg(ec::starting, info, "Starting... (" + now() + ")");
  }

  void init_states(const Progress& p) override {
    std::lock_guard lk(mu_);
    init_ = p;
  }

  void progress(const Progress& p) override {
    std::lock_guard lk(mu_);
    flush_init(false);
    progress_line(p);
  }

  void liveness_graph(const LivenessGraph& g) override {
    std::lock_guard lk(mu_);
    flush_init(false);
    msg(ec::checking_temporal, info, "Checking temporal properties for the complete state space with " +
                                         grouped(static_cast<int64_t>(g.states)) + " total distinct states at (" +
                                         now() + ")");
  }

  // TLC reports the end of the liveness check after its counterexample (end()).
  void liveness_done(double seconds, double) override {
    std::lock_guard lk(mu_);
    temporal_end_ = "Finished checking temporal properties in " + duration(seconds) + " at " + now();
  }

  void violation(const Verdict& v) override {
    std::lock_guard lk(mu_);
    flush_init(is_initial(v));
    verdict_ = v;
    if ((v.kind == VerdictKind::invariant && v.initial) || v.kind == VerdictKind::property_initial)
      return;  // its message holds the state (trace())
    auto e = located_error(v);
    switch (v.kind) {
      case VerdictKind::invariant: return msg(ec::invariant_behavior, error, headline(v));
      case VerdictKind::action_property: return msg(ec::action_property, error, headline(v));
      case VerdictKind::deadlock: return msg(ec::deadlock, error, headline(v));
      case VerdictKind::liveness: return msg(ec::temporal_property, error, headline(v) + "\n");
      case VerdictKind::assumption_false:
        return msg(ec::assumption_false, error, "Assumption " + tlc_location(v.loc) + " is false.");
      case VerdictKind::assumption_error:
        return msg(ec::assumption_error, error, "Evaluating assumption " + tlc_location(v.loc) + " failed.\n" + v.detail);
      case VerdictKind::incomplete_initial: return;  // with the state, at end()
      case VerdictKind::incomplete_successor: return msg(ec::incomplete_next, error, e->message + "\n");
      case VerdictKind::assertion: return msg(ec::assert_failed, error, e->message);
      case VerdictKind::interrupted:
        return msg(ec::general, error, "Interrupted by " + signal_name(v.error_code) + ": the search stopped.");
      case VerdictKind::eval_error: return msg(eval_error_code(v), error, eval_error_text(v, e ? e->message : ""));
      default: {
        // POSTCONDITION's errors: TLC's GENERAL message, the located message.
        std::string text = e ? e->message : headline(v);
        if (std::string h = headline(v); !h.empty() && e) text = h + "\n" + text;
        return msg(ec::general, error, text);
      }
    }
  }

  void trace(const std::vector<TraceStep>& trace, int loop_back, bool initial) override {
    std::lock_guard lk(mu_);
    if (initial) {
      // EC.TLC_INVARIANT_VIOLATED_INITIAL (_PROPERTY_): the message and the state are one.
      int code = verdict_.kind == VerdictKind::property_initial ? ec::property_initial : ec::invariant_initial;
      if (!trace.empty()) msg(code, error, headline(verdict_) + "\n" + state_text(trace[0].state));
      return;
    }
    bool lasso = loop_back >= 0;
    bool back = lasso && static_cast<size_t>(loop_back) + 1 < trace.size();
    if (lasso) msg(ec::counter_example, error, "The following behavior constitutes a counter-example:\n");
    else msg(ec::behavior_up_to_here, error, "The behavior up to this point is:");
    for (size_t i = 0; i < trace.size(); ++i) {
      const TraceStep& s = trace[i];
      std::string n = std::to_string(i + 1);
      if (back && i + 1 == trace.size()) {
        msg(ec::back_to_state, state,
            std::to_string(loop_back + 1) + ": Back to state: <" + s.action + " " + tlc_location(s.loc) + ">\n");
        break;
      }
      std::string head = s.action.empty() ? n + ": <Initial predicate>"
                                          : n + ": <" + s.action + " " + tlc_location(s.loc) + ">";
      msg(ec::state_print2, state, head + "\n" + state_text(s.state));
    }
    if (lasso && !back) msg(ec::state_print3, state, std::to_string(trace.size() + 1) + ": Stuttering");
  }

  void end(const CheckResult& r) override {
    std::lock_guard lk(mu_);
    flush_init(is_initial(r.verdict));
    nested_location(r.verdict, r.trace);
    if (r.verdict.kind == VerdictKind::incomplete_initial) return incomplete_initial_end(r);
    if (auto w = o_.warnings && m_ ? stuttering_warning(*m_, r) : std::nullopt) msg(w->code, warning, w->text);
    if (!temporal_end_.empty()) msg(ec::temporal_end, info, temporal_end_);
    if (r.simulation) return simulation_end(r, *r.simulation);
    const int code = exit_code_of(r.verdict);
    if (code == exit_code::success) {
      double p = collision_probability(r.distinct, r.generated);
      msg(ec::success, info,
          "Model checking completed. No error has been found.\n"
          "  Estimates of the probability that TLC did not check all reachable states\n"
          "  because two distinct states had the same fingerprint:\n"
          "  calculated (optimistic):  val = " +
              (r.distinct == 0 && r.generated == 0 ? std::string("0.0") : probability_text(p, 2)));
    }
    coverage_block(r);
    // TLC reports no statistics after an initial state's violation or an ASSUME's.
    // ... but does after an evaluation error in the initial states (ModelChecker.doInit fails,
    // printSummary runs).
    bool init_eval = r.verdict.kind == VerdictKind::eval_error && r.verdict.stage == Stage::init;
    if (!r.initial_violation() && (code != exit_code::assumption || after_search(r.verdict)) &&
        (!is_initial(r.verdict) || init_eval)) {
      progress_line(Progress{r.depth, r.generated, r.distinct, r.left, r.seconds});
      msg(ec::stats, info,
          std::to_string(r.generated) + " states generated, " + std::to_string(r.distinct) +
              " distinct states found, " + std::to_string(r.left) + " states left on queue.");
      msg(ec::search_depth, info, "The depth of the complete state graph search is " + std::to_string(r.depth) + ".");
    }
    finished(r.seconds);
  }

  /// A run that stopped before it had a model: SANY's report of a parse or semantic error
  /// (the extension reads it as SANY's), else the error after SANY (a cfg or file error).
  void load_error(const Error& e, const SourceManager& sources) override {
    std::lock_guard lk(mu_);
    banner(1);
    bool parse = e.code() == exit_code::parse;
    msg(ec::sany_start, info, "Starting SANY...");
    parsed_files(sources);
    if (parse && e.tlc_code() == tlc_ec::sany_parse_error) {
      sany_parse_error(e);
    } else if (parse) {
      // SANY's semantic errors (the extension files them under the module processed last).
      Loc l = e.loc();
      if (l.valid()) {
        if (l.end_line == 0) l.end_line = l.line, l.end_col = l.col;
        out_ << "Semantic processing of module " << module_name(l.file->path) << "\n";
      }
      out_ << "Semantic errors:\n\n*** Errors: 1\n\n";
      if (l.valid()) out_ << tlc_location(l) << "\n\n";
      out_ << e.what() << "\n\n\n";
    }
    msg(ec::sany_end, info, "SANY finished.");
    msg(ec::starting, info, "Starting... (" + now() + ")");
    if (parse) msg(ec::parsing_failed, error, "Parsing or semantic analysis failed.");
    else msg(ec::general, error, location_prefix(e.loc()) + e.what());
    finished(0);
  }

 private:
  std::ostream& out_;
  ToolOptions o_;
  const Model* m_ = nullptr;
  std::vector<size_t> order_;  // the variables as TLC prints them (report/tlc_order.hpp)
  bool simulating_ = false;
  std::optional<Progress> init_;  // computed, not yet reported
  bool init_reported_ = false;
  Verdict verdict_;
  std::string temporal_end_;  // TLC_CHECKING_TEMPORAL_PROPS_END, once liveness is done
  std::mutex mu_;  // progress comes from the search's ticker thread

  void msg(int code, int severity, const std::string& text) {
    // MP.printMessage: the text, a line end, the end marker.
    out_ << "@!@!@STARTMSG " << code << ":" << severity << " @!@!@\n" << text << "\n@!@!@ENDMSG " << code << " @!@!@\n";
    out_.flush();
  }

  void banner(int workers) {
    msg(ec::version, info, std::string("TLC2 Version 2.19 (cairn ") + CAIRN_VERSION + ")");
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::string w = std::to_string(workers) + " worker" + (workers == 1 ? "" : "s") + " on " + std::to_string(cores) +
                    " cores";
    if (simulating_) msg(ec::mode_simu, info, "Running Random Simulation with seed 0 with " + w + ".");
    else msg(ec::mode_mc, info, "Running breadth-first search Model-Checking with " + w + ".");
  }

  /// SANY's framing: the files read (the extension maps module names to paths from them).
  void sany(const std::string& root, const SourceManager& sources) {
    msg(ec::sany_start, info, "Starting SANY...");
    parsed_files(sources);
    out_ << "Semantic processing of module " << root << "\n";
    msg(ec::sany_end, info, "SANY finished.");
  }

  void parsed_files(const SourceManager& sm) {
    std::set<std::string> seen;
    for (int i = 0; i < sm.size(); ++i) {
      const std::string& p = sm.file(i).path;
      if (p.size() < 4 || p.compare(p.size() - 4, 4, ".tla") != 0 || !seen.insert(p).second) continue;
      out_ << "Parsing file " << shown_path(p) << "\n";
    }
  }

  /// An evaluation error's message code, as ModelChecker picks it: an invariant's and an
  /// action property's have their own (doNextEvalFailed); elsewhere an EvalException of a
  /// standard module's code has its EC (doNextFailed), anything else is GENERAL.
  static int eval_error_code(const Verdict& v) {
    if (v.stage == Stage::invariant) return ec::invariant_eval_failed;
    if (v.stage == Stage::action_property) return ec::action_property_eval_failed;
    return v.tlc_code > 0 ? v.tlc_code : ec::general;
  }

  /// Its text: MP.java's for the invariant's and action property's codes; for a run-time
  /// failure of the values (TLC's TLCRuntimeException, not an EvalException) while
  /// computing successors, MP.ECGeneralMsg's wrapping of the exception's message (the
  /// initial states' errors are printed bare: ModelChecker.doInit).
  static std::string eval_error_text(const Verdict& v, const std::string& message) {
    if (v.stage == Stage::invariant) return "Evaluating invariant " + v.name + " failed.\n" + message;
    if (v.stage == Stage::action_property) return "Evaluating action property " + v.name + " failed.\n" + message;
    bool runtime = v.tlc_code <= 0 && v.error_code != exit_code::eval_module;
    if (runtime && (v.stage == Stage::next || v.stage == Stage::constraint))
      return "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n"
             "See the User Output or TLC Console for clues to what happened.\n"
             "The exception was a java.lang.RuntimeException\n: " + message;
    return message;
  }

  /// SANY's report of a syntax error (tla2sany.drivers.SANY, ParseException's text): the
  /// message and where the parser stopped ("Encountered ... at line L, column C", which the
  /// extension locates), then the fatal errors naming the module that could not be parsed.
  void sany_parse_error(const Error& e) {
    const Loc& l = e.loc();
    std::string path = l.valid() ? l.file->path : std::string();
    std::string mod = path.empty() ? std::string("?") : module_name(path);
    std::string file = std::filesystem::path(path).filename().string();
    out_ << "***Parse Error***\n" << e.what() << "\n";
    if (l.valid() && l.line > 0) {
      std::string_view text = l.file->line_text(l.line);
      out_ << "Encountered \"" << token_at(text, l.col - 1) << "\" at line " << l.line << ", column " << l.col
           << " and token \"" << token_before(text, l.col - 1) << "\" \n";
    }
    std::string fatal = "In module " + mod + "\n\nCould not parse module " + mod + " from file " + file + "\n";
    out_ << "\n\nFatal errors while parsing TLA+ spec in file " << mod << "\n\n" << fatal << "*** Errors: 1\n\n"
         << fatal << "\n\n\n";
  }

  /// The token starting at index i of a source line: a word, or a run of other symbols.
  static std::string token_at(std::string_view text, int i) {
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    size_t b = static_cast<size_t>(std::max(i, 0)), k = b;
    if (b >= text.size()) return "<EOF>";
    bool w = word(text[b]);
    while (k < text.size() && !std::isspace(static_cast<unsigned char>(text[k])) && word(text[k]) == w) ++k;
    return std::string(text.substr(b, std::max<size_t>(k - b, 1)));
  }

  /// The token before index i on the line (the parser's last good token), or "".
  static std::string token_before(std::string_view text, int i) {
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    int k = std::min(i, static_cast<int>(text.size())) - 1;
    while (k >= 0 && std::isspace(static_cast<unsigned char>(text[k]))) --k;
    if (k < 0) return "";
    int end = k + 1;
    bool w = word(text[k]);
    while (k >= 0 && !std::isspace(static_cast<unsigned char>(text[k])) && word(text[k]) == w) --k;
    return std::string(text.substr(k + 1, end - k - 1));
  }

  static bool is_initial(const Verdict& v) {
    return (v.kind == VerdictKind::invariant && v.initial) || v.kind == VerdictKind::property_initial ||
           v.kind == VerdictKind::incomplete_initial ||
           (v.kind == VerdictKind::eval_error && v.stage == Stage::init);
  }

  /// TLC_COMPUTING_INIT and, when the initial states were all computed, TLC_INIT_GENERATED1.
  void flush_init(bool failed) {
    if (!init_ || init_reported_) return;
    init_reported_ = true;
    if (simulating_) {
      msg(ec::computed_init_simu, info, "Computed " + std::to_string(init_->distinct) + " initial states...");
    } else {
      msg(ec::computing_init, info, "Computing initial states...");
    }
    if (failed) return;
    msg(ec::init_generated, info,
        "Finished computing initial states: " + grouped(init_->distinct) + " distinct state" +
            (init_->distinct == 1 ? "" : "s") + " generated at " + now() + ".");
  }

  void progress_line(const Progress& p) {
    if (p.behaviours >= 0 || simulating_) {
      int64_t behaviours = std::max<int64_t>(p.behaviours, 0);
      msg(ec::progress_simu, info, "Progress(" + grouped(behaviours) + ") at " + now() + ": " + grouped(p.generated) +
                                       " states generated, -1 distinct states found, -1 states left on queue.");
      return;
    }
    double minutes = std::max(p.seconds, 1e-3) / 60;
    // TLCTrace's level for reporting is 1 with no or a single initial state, never 0.
    msg(ec::progress_stats, info,
        "Progress(" + std::to_string(std::max<int64_t>(p.depth, 1)) + ") at " + now() + ": " + grouped(p.generated) + " states generated (" +
            grouped(static_cast<int64_t>(static_cast<double>(p.generated) / minutes)) + " s/min), " +
            grouped(p.distinct) + " distinct states found (" +
            grouped(static_cast<int64_t>(static_cast<double>(p.distinct) / minutes)) + " ds/min), " +
            grouped(p.queue) + " states left on queue.");
  }

  std::string state_text(const std::vector<Value>& st) const {
    std::ostringstream s;
    size_t n = st.size();
    for (size_t v : order_.size() == n ? order_ : declaration_order(n)) {
      if (n > 1) s << "/\\ ";
      s << m_->spec->var_names[v] << " = " << tlc_value(st[v]) << "\n";
    }
    return s.str();
  }

  /// EC.TLC_NESTED_EXPRESSION for an evaluation error: the expressions it was raised in,
  /// outside in (TLC's CallStack: the action, each conjunct still open, down to the failing
  /// expression), in TLC's words (the extension links "Line L, column C to line L2, column
  /// C2 in M"). TLC's stack starts at the action (getNextStates(action.pred)), or at Init's
  /// body (getInitStates(init)), which cairn adds where its own nesting starts below them.
  void nested_location(const Verdict& v, const std::vector<TraceStep>& trace) {
    bool evaluated = v.kind == VerdictKind::assertion || v.kind == VerdictKind::eval_error;
    // TLC replays the failed step with its CallStackTool, which records no stack for an
    // invariant (ModelChecker.doNextEvalFailed): no TLC_NESTED_EXPRESSION then.
    if (!evaluated || !v.loc.valid() || v.stage == Stage::invariant) return;
    std::optional<Loc> start;
    if (v.stage == Stage::next && trace.size() > 1 && trace.back().loc.valid()) start = trace.back().loc;
    if (v.stage == Stage::init && m_ && m_->init && m_->init->op == Op::Call && m_->init->def &&
        m_->init->def->body && m_->init->def->body->loc.valid())
      start = m_->init->def->body->loc;
    // Outside in, the module's expressions only (the cfg's names are no part of TLC's stack).
    std::vector<Loc> inner;
    for (auto it = v.nesting.rbegin(); it != v.nesting.rend(); ++it)
      if (is_module_loc(*it)) inner.push_back(*it);
    if (inner.empty()) inner.push_back(v.loc);
    // TLC's stack begins at the action or Init's body: what cairn passed through outside it
    // is dropped, and it is added when cairn's nesting starts below it.
    std::vector<Loc> at;
    if (start) {
      auto from = std::find(inner.begin(), inner.end(), *start);
      if (from == inner.end()) at.push_back(*start);
      else inner.erase(inner.begin(), from);
    }
    for (const Loc& l : inner)
      if (at.empty() || !(at.back() == l)) at.push_back(l);  // TLC lists a node once in a row
    std::string text = "The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n";
    for (size_t i = 0; i < at.size(); ++i) text += std::to_string(i) + ". " + nested_range(at[i]) + "\n";
    msg(ec::nested_expression, error, text + "\n");
  }

  static bool is_module_loc(const Loc& l) {
    if (!l.valid()) return false;
    const std::string& p = l.file->path;
    return p.size() >= 4 && p.compare(p.size() - 4, 4, ".tla") == 0;
  }

  static std::string nested_range(const Loc& l) {
    return "Line " + std::to_string(l.line) + ", column " + std::to_string(l.col) + " to line " +
           std::to_string(l.end_line) + ", column " + std::to_string(l.end_col) + " in " +
           module_name(l.file->path);
  }

  static std::string location_prefix(const Loc& l) {
    if (!l.valid()) return "";
    return std::filesystem::path(l.file->path).filename().string() + ":" +
           std::to_string(l.line) + ":" + std::to_string(l.col) + ": ";
  }

  /// TLC_COVERAGE_INIT for the initial predicate, TLC_COVERAGE_NEXT per action
  /// (distinct states found : states generated).
  void coverage_block(const CheckResult& r) {
    if (!o_.coverage || !m_) return;
    msg(ec::coverage_start, info,
        "The coverage statistics at " + now() +
            " (see https://explain.tlapl.us/module-coverage-statistics for how to interpret the following "
            "statistics).");
    if (init_ && m_->init) {
      const Def* d = m_->init->op == Op::Call ? m_->init->def : nullptr;
      msg(ec::coverage_init, info,
          "<" + (d ? d->name : std::string("Init")) + " " + tlc_location(d ? name_range(*d) : m_->init->loc) +
              ">: " + std::to_string(init_->distinct) + ":" + std::to_string(init_->generated));
    }
    // TLC counts per action definition: the bindings of one (Req(p1), Req(p2)) add up.
    std::vector<std::pair<std::string, ActionCoverage>> rows;
    for (size_t i = 0; i < r.coverage.size() && i < m_->actions.size(); ++i) {
      const Action& a = m_->actions[i];
      std::string name = base_name(a.name);
      Loc at = a.owner && a.owner->name == name ? name_range(*a.owner) : a.loc;
      std::string head = "<" + name + " " + tlc_location(at) + ">";
      auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& x) { return x.first == head; });
      if (row == rows.end()) rows.push_back({head, r.coverage[i]});
      else row->second.distinct += r.coverage[i].distinct, row->second.generated += r.coverage[i].generated;
    }
    for (const auto& [head, c] : rows)
      msg(ec::coverage_next, info, head + ": " + std::to_string(c.distinct) + ":" + std::to_string(c.generated));
    msg(ec::coverage_end, info, "End of statistics.");
  }

  /// An initial state Init left partly unset: TLC's error with the state, no statistics.
  /// The model checker stops at it (ModelChecker.doInit); the simulator first computes all
  /// initial states (their count is r.generated then) and says so.
  void incomplete_initial_end(const CheckResult& r) {
    if (!simulating_) {
      msg(ec::initial_state, error, std::string(incomplete_initial_text) + state_text(r.partial_state));
    } else {
      if (!init_reported_) msg(ec::computed_init_simu, info, "Computed " + std::to_string(r.generated) + " initial states...");
      msg(ec::incomplete_initial, error, std::string(incomplete_initial_simulation_text) + state_text(r.partial_state));
    }
    finished(r.seconds);
  }

  void simulation_end(const CheckResult& r, const SimulationStats& s) {
    progress_line(Progress{0, r.generated, 0, 0, r.seconds, s.behaviours});
    msg(ec::stats_simu, info,
        "The number of states generated: " + std::to_string(r.generated) + "\nSimulation using seed " +
            std::to_string(s.seed) + " and aril 0");
    finished(r.seconds);
  }

  void finished(double seconds) {
    msg(ec::finished, info,
        "Finished in " + std::to_string(static_cast<int64_t>(seconds * 1000)) + "ms at (" + now() + ")");
  }
};

}  // namespace

std::unique_ptr<EventSink> tool_printer(std::ostream& out, ToolOptions o) {
  return std::make_unique<ToolPrinter>(out, o);
}

}  // namespace cairn
