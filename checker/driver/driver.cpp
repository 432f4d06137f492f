#include "checker/driver/driver.hpp"

#include <xxhash.h>

#include <condition_variable>
#include <cstdio>
#include <functional>
#include <fstream>
#include <optional>
#include <sstream>
#include <iostream>
#include <mutex>
#include <new>
#include <thread>

#include "checker/driver/interrupt.hpp"
#include "checker/eval/natives/builtins.hpp"
#include "checker/liveness/liveness.hpp"
#include "checker/report/events.hpp"
#include "checker/report/tlc_json.hpp"
#include "checker/report/tool.hpp"
#include "checker/search/checkpoint.hpp"
#include "checker/search/memory.hpp"
#include "checker/search/state_space.hpp"
#include "checker/value/codec.hpp"

namespace cairn {

namespace {

/// Publishes a running search's counters to a sink every 10 s (TLC's Progress lines),
/// from its own thread, until destroyed.
class ProgressTicker {
 public:
  ProgressTicker(EventSink& sink, const Search& search) : sink_(sink), search_(search) {
    thread_ = std::thread([this] { loop(); });
  }
  ~ProgressTicker() {
    {
      std::lock_guard lk(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  EventSink& sink_;
  const Search& search_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  std::thread thread_;

  void loop() {
    std::unique_lock lk(mu_);
    while (!cv_.wait_for(lk, std::chrono::seconds(10), [this] { return done_; })) sink_.progress(search_.progress());
  }
};

/// A debug check (--verify-codec): its line goes to stderr, and a failure makes the run fail.
bool codec_verified(const CodecVerifier& v) {
  std::cerr << "codec: " << v.checked() << " distinct states round-tripped, " << v.failed() << " failed\n";
  if (v.failed()) std::cerr << "codec: first failure: " << v.first_failure() << "\n";
  return v.failed() == 0;
}

/// The sinks of a `cairn check` run: TLC's text, then the files asked for.
FanOut sinks_for(const RunOptions& o) {
  FanOut sinks;
  TextOptions text{o.quiet, o.coverage};
  text.difftrace = o.difftrace;
  text.warnings = o.warnings;
  if (o.tool) sinks.add(tool_printer(std::cout, ToolOptions{o.coverage, o.warnings}));
  else sinks.add(text_printer(std::cout, std::cerr, text));
  if (!o.report_path.empty()) sinks.add(json_report(o.report_path));
  if (!o.trace_path.empty()) sinks.add(itf_trace(o.trace_path));
  if (!o.dot_trace.path.empty()) sinks.add(dot_trace(o.dot_trace));
  if (!o.tlc_trace_path.empty()) sinks.add(tlc_json_trace(o.tlc_trace_path));
  if (o.more_sinks) o.more_sinks(sinks);
  return sinks;
}

}  // namespace

uint64_t checkpoint_run_hash(const Model& m, const RunOptions& o, const StateCodec& codec) {
  auto text = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  std::string key = std::string(CAIRN_VERSION) + '\0' + std::to_string(codec.model_hash()) + '\0' +
                    text(m.spec_path) + '\0' + text(m.cfg_path) + '\0' + (o.model.no_deadlock ? "1" : "0");
  return XXH64(key.data(), key.size(), 0);
}

/// The safety stages on a configured model, for any search: the state space (SYMMETRY),
/// the ASSUMEs, then the search's Init and exploration, with a progress ticker when
/// events go somewhere. `init_event`: the search's Init statistics are an event (BFS).
CheckResult run_search(Model& m, const std::function<std::unique_ptr<Search>(const StateSpace&)>& make,
                       EventSink* events, bool quiet, bool init_event, const std::atomic<int>* stop) {
  std::optional<StateSpace> space;
  try {
    space.emplace(m);  // evaluates SYMMETRY
  } catch (const Error& e) {
    CheckResult r;
    r.verdict = Verdict::from_error(e, Stage::symmetry);
    return r;
  }
  if (m.explain_compiled)
    for (const auto& [name, why] : space->compiled_report())
      std::fprintf(stderr, "%s: %s\n", name.c_str(), why.empty() ? "compiled" : ("interpreted: " + why).c_str());
  std::unique_ptr<Search> search = make(*space);
  Verdict assumed = check_assumptions(m, stop);  // a signal stops a long ASSUME too
  if (assumed.ok() && !m.assumptions_only) {
    std::optional<ProgressTicker> ticker;
    if (events && !quiet) ticker.emplace(*events, *search);
    search->init_states();
    if (events && init_event) events->init_states(search->progress());
    search->explore_all();
  } else if (assumed.ok() && events && init_event) {
    // A model of ASSUMEs only: TLC still computes its (no) initial states.
    events->init_states(Progress{});
  }
  CheckResult r = search->result();
  if (!assumed.ok()) r.verdict = assumed;
  if (m.explain_compiled && m.leaves) {
    auto interpreted = m.leaves->interpreted();
    std::fprintf(stderr, "actions: %zu expressions compiled, %zu interpreted\n", m.leaves->compiled(),
                 interpreted.size());
    for (const auto& why : interpreted) std::fprintf(stderr, "  interpreted: %s\n", why.c_str());
    for (const auto& what : m.leaves->islands()) std::fprintf(stderr, "  island: %s\n", what.c_str());
  }
  return r;
}

/// The last stages of a run, after its search: POSTCONDITION, then the result to the
/// sinks; TLC's exit code (or a system error when a report could not be written).
int finish_run(FanOut& sinks, const Model& m, CheckResult& r) {
  if (!m.assumptions_only) check_postcondition(m, r);
  publish_result(sinks, r);
  return sinks.ok() ? r.exit_code() : exit_code::system;
}

CheckResult check(Model& m, const CheckOptions& opts) {
  m.session->run.configure({m.check_deadlock, std::max(1, opts.workers), opts.seed});
  return run_search(m, [&](const StateSpace& space) { return make_bfs(space, opts); }, opts.events, opts.quiet,
                    true, opts.stop);
}

int run_check(const RunOptions& o) {
  auto session = std::make_shared<Session>();  // outlives a load error (and the sinks), which point into its files
  FanOut sinks = sinks_for(o);
  try {
    std::unique_ptr<Model> m = load_model(o.model, session);
    sinks.start(*m, RunStart{o.model.spec_path, m->cfg_path, o.workers});
    CheckOptions co;
    co.workers = o.workers;
    co.quiet = o.quiet;
    co.seed = o.seed;
    co.events = &sinks;
    install_interrupt_handlers();
    co.stop = &interrupt_signal();
    // Checkpoints: the resumed run's strings get the first run's tokens before anything
    // (ASSUMEs, states) is evaluated.
    std::optional<StateCodec> codec;
    std::optional<Checkpoint> resumed;
    co.checkpoint_dir = o.checkpoint_dir.empty() ? o.resume_dir : o.checkpoint_dir;
    co.checkpoint_every = o.checkpoint_every_minutes * 60;
    co.memory_limit = o.memory.empty() ? default_memory_limit() : parse_memory_size(o.memory);
    if (co.memory_limit == 0)
      throw Error(Loc{}, "--memory: not a size (e.g. 2G, 512M, 100000000): " + o.memory, exit_code::other);
    co.workdir = o.workdir;
    co.spill_seen_at = o.spill_seen_at;
    if (co.spill_seen_at && co.workdir.empty())
      throw Error(Loc{}, "--spill-seen-at needs --workdir DIR (the folder the seen set spills to)", exit_code::other);
    if (!co.checkpoint_dir.empty() || !co.workdir.empty()) {
      codec.emplace(StateCodec::for_model(*m));
      co.codec = &*codec;
      co.run_hash = checkpoint_run_hash(*m, o, *codec);
    }
    if (!o.resume_dir.empty()) {
      resumed = read_checkpoint(o.resume_dir, co.run_hash);
      restore_interned(resumed->interned, m->session->run.strings);
      co.resume = &*resumed;
    }
    std::unique_ptr<CodecVerifier> codec_check;
    if (o.verify_codec) {
      codec_check = std::make_unique<CodecVerifier>(StateCodec::for_model(*m));
      co.on_distinct = [&](const Value* s, size_t n) { codec_check->check(s, n); };
    }
    // Liveness: the safety search records its edges for it; after a successful search,
    // the temporal properties under the spec's fairness (the counts reported stay the
    // safety search's).
    std::optional<liveness::Liveness> live;
    if (!m->properties.empty() && !m->assumptions_only) {
      live.emplace(*m, co);
      co.edges = live->observer();
    }
    if (!o.dot.path.empty()) {  // records the graph from the search's edges
      std::unique_ptr<DotGraph> graph = dot_graph(*m, o.dot, co.edges);
      co.edges = graph.get();
      sinks.add(std::move(graph));
    }
    if (!o.html.path.empty()) {  // the page's picture of the graph, recorded the same way
      DotOptions pic;
      pic.action_labels = true;
      pic.max_states = o.html.max_graph_states;
      std::unique_ptr<DotGraph> graph = dot_graph(*m, pic, co.edges);
      co.edges = graph.get();
      sinks.add(html_report(*m, o.html, std::move(graph)));
    }
    CheckResult r = check(*m, co);
    if (codec_check && !codec_verified(*codec_check)) return exit_code::other;
    if (r.verdict.ok() && live) {
      try {
        r = live->check(r);
      } catch (std::bad_alloc&) {
        r.verdict = Verdict::memory_limit_reached("out of memory: an allocation failed in the liveness phase");
      }
    }
    return finish_run(sinks, *m, r);
  } catch (const Error& e) {
    sinks.load_error(e, session->sources);
    return exit_code::status_of(e.code());
  } catch (std::bad_alloc&) {  // outside the search (which stops cleanly on its own)
    std::cerr << "cairn: error: memory limit reached: out of memory (an allocation failed)\n";
    return exit_code::memory_limit;
  }
}

int run_simulate(const RunOptions& o, const SimOptions& so) {
  auto session = std::make_shared<Session>();
  FanOut sinks = sinks_for(o);
  try {
    std::unique_ptr<Model> m = load_model(o.model, session);
    sinks.start(*m, RunStart{o.model.spec_path, m->cfg_path, so.workers, "simulating"});
    RunSettings settings{m->check_deadlock, std::max(1, so.workers), so.seed};
    settings.simulate = true;
    settings.depth = so.depth;
    settings.traces = so.num;  // TLC's traceNum (0 here: until --duration)
    m->session->run.configure(settings);
    // The temporal PROPERTYs on each finished behaviour, as TLC (LiveCheck1.checkTrace).
    SimOptions sim = so;
    install_interrupt_handlers();
    sim.stop = &interrupt_signal();
    if (!m->properties.empty()) sim.behaviour_check = [&m] { return liveness::make_behaviour_check(*m); };
    CheckResult r = run_search(*m, [&](const StateSpace& space) { return make_simulation(space, sim); }, &sinks,
                               o.quiet, false);
    return finish_run(sinks, *m, r);
  } catch (const Error& e) {
    sinks.load_error(e, session->sources);
    return exit_code::status_of(e.code());
  }
}

int run_parse(const ModelOptions& mo) {
  auto session = std::make_shared<Session>();
  try {
    ModelOptions o = mo;
    o.parse_only = true;
    load_model(o, session);
  } catch (const Error& e) {
    std::cerr << format_diagnostic(e.loc(), e.what());
    return exit_code::status_of(e.code());
  }
  std::cout << "Parsed and resolved " << mo.spec_path << "\n";
  return 0;
}

}  // namespace cairn
