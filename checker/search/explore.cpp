// Breadth-first exploration with TLC's counting rules (see ../shared/notes/tlc-semantics.md
// §3-§5): "generated" counts every successor, "distinct" the states kept in the seen set,
// depth the largest BFS level (initial states are level 1). States that violate a
// CONSTRAINT are checked against invariants but neither kept nor expanded. Deadlock is a
// state with no successor at all, before constraint filtering.
//
// Parallelism and determinism: the search is level-synchronous. Each BFS level (the
// frontier) is expanded by the workers in parallel; new states go to per-worker lists
// that are merged, in frontier order, into the next level. So the set of states at each
// level, hence the distinct count and the depth, do not depend on the number of workers,
// and a violation found at level k has a counterexample of exactly k states: a shortest
// one. Among the violations of one level the one earliest in frontier order is reported.
// With one worker the frontier is expanded in order and the search stops at the first
// violation, which is exactly TLC's FIFO search: the statistics then match TLC's too.
//
// Memory: only the current and next frontier hold whole states. Every distinct state
// keeps a fingerprint in the seen set and a parent link (fingerprint, parent id, action);
// a counterexample is rebuilt by replaying the actions along the links (as TLC does).
// Past --memory (with --workdir), the frontier, the seen set and the links spill to disk
// between two chunks of a level; a state is new exactly when it is in neither the memory
// nor the disk part of the seen set, so what spills, and when, changes no answer.
#include "checker/search/explore.hpp"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <iterator>
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <new>
#include <optional>
#include <thread>

#include "checker/search/checkpoint.hpp"
#include "checker/search/seen_set.hpp"
#include "checker/search/frontier.hpp"
#include "checker/search/memory.hpp"
#include "checker/value/codec.hpp"
#include "checker/search/state_space.hpp"
#include "checker/search/trace_store.hpp"
#include "checker/eval/natives/builtins.hpp"

namespace cairn {

namespace {

struct Stop {};  // unwinds the enumeration of one state once a violation is recorded
struct Halt {};  // unwinds Init's enumeration on an interrupt or at the memory limit


/// A violation or error found while expanding state `index` of a level.
struct Finding {
  size_t index = SIZE_MAX;  // position of the expanded state in the frontier (order key)
  uint64_t seq = 0;         // successor number within that state (order key)
  Verdict verdict;
  int64_t parent = -1;             // the trace runs to this stored state...
  std::vector<Value> last;         // ...then to this unstored state (if non-empty)
  int action = -1;                 // reached by this action
  bool initial = false;
  bool queued = false;             // `last` was stored as a new state (TLC does not queue it)
  bool before(const Finding& o) const { return index != o.index ? index < o.index : seq < o.seq; }
};

using Link = TraceStore::Link;

class Explorer : public Search {
 public:
  /// Serves TLCGet("stats") from here on.
  Explorer(const StateSpace& space, const CheckOptions& o)
      : space_(space), m_(space.model()), opts_(o), n_(m_.nvars()) {
    m_.session->run.stats = [this] { return tlcget_stats_now(); };
    frontier_ = new_frontier();
    if (!opts_.workdir.empty()) {
      seen_.allow_spill(opts_.workdir);
      traces_.allow_spill(opts_.workdir);
    }
    // Forced spilling (tests): chunks no larger than the spill period, so that a level
    // spills several times and lookups hit the disk in the middle of a level.
    if (opts_.spill_seen_at)
      step_ = static_cast<size_t>(std::clamp<uint64_t>(opts_.spill_seen_at, 64, Frontier::kBlock));
  }

  ~Explorer() override { freeze_tlcget_stats(); }

  Progress progress() const override {
    Progress p;
    p.depth = depth_.load(std::memory_order_relaxed);
    p.generated = generated_.load(std::memory_order_relaxed);
    p.distinct = static_cast<int64_t>(seen_.size());
    p.queue = queue_size_.load(std::memory_order_relaxed);
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    return p;
  }

  // Init is enumerated sequentially (as TLC does); with one worker each state is checked
  // as it comes, which reproduces TLC's statistics exactly; with several, the
  // constraints, fingerprints and invariants of the enumerated states are evaluated in
  // parallel and the results applied in enumeration order.
  void init_states() override {
    if (opts_.resume) {
      restore(*opts_.resume);
      return;
    }
    try {
      arena_.execute([&] { init_ok_ = opts_.workers <= 1 ? init_sequential(frontier_) : init_parallel(frontier_); });
    } catch (std::bad_alloc&) {
      init_ok_ = false;
      r_.verdict = Verdict::memory_limit_reached("out of memory: an allocation failed while computing the initial states");
      r_.left = static_cast<int64_t>(frontier_.size());
    }
    if (!frontier_.empty() && (init_ok_ || r_.verdict.kind == VerdictKind::interrupted)) depth_ = 1;
    if (init_ok_ && opts_.edges) {
      std::vector<uint64_t> keys;
      for (size_t b = 0; b < frontier_.block_count(); ++b) {
        Frontier::View v = frontier_.block(b);
        for (size_t i = 0; i < v.count; ++i) keys.push_back(traces_[v.ids[i]].fp);
      }
      opts_.edges->initial(keys);
    }
  }

  void explore_all() override {
    // TLCSet("exit", TRUE) in Init: TLC's queue is finished before a state is expanded.
    if (init_ok_ && m_.session->run.clear_exit_marks()) {
      init_ok_ = false;
      r_.left = static_cast<int64_t>(frontier_.size());
    }
    if (init_ok_) {
      try {
        arena_.execute([&] { explore(); });
      } catch (std::bad_alloc&) {
        out_of_memory();
      } catch (const Error& e) {  // the spill file could not be read back
        halt("the queue spilled to " + opts_.workdir + " could not be read back: " + e.what());
        stopped(level_, nullptr);
      }
    }
    // Only the frontiers held whole states: they go before a trace is replayed.
    frontier_.clear();
  }

  CheckResult result() override {
    freeze_tlcget_stats();
    if (found_) report(*found_);
    r_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    r_.safety_seconds = r_.seconds;
    r_.generated = generated_.load();
    r_.distinct = static_cast<int64_t>(traces_.size());
    // TLC (ModelChecker.printSummary): 0 if nothing was generated, else at least 1, even when
    // no state was kept (all outside the CONSTRAINT, or an error on the first one).
    r_.depth = r_.generated == 0 ? 0 : std::max<int64_t>(1, depth_.load());
    r_.workers = opts_.workers;
    r_.seen_bytes = static_cast<int64_t>(seen_.bytes());
    r_.coverage.assign(m_.actions.size(), ActionCoverage{});
    for (auto& l : locals_)
      for (size_t i = 0; i < l.coverage.size() && i < r_.coverage.size(); ++i) {
        r_.coverage[i].generated += l.coverage[i].generated;
        r_.coverage[i].distinct += l.coverage[i].distinct;
        r_.coverage[i].enabled += l.coverage[i].enabled;
      }
    r_.link_bytes = static_cast<int64_t>(traces_.bytes());
    r_.spilled_bytes = static_cast<int64_t>(spilled_);
    r_.seen_disk_bytes = static_cast<int64_t>(seen_.disk_bytes());
    r_.link_disk_bytes = static_cast<int64_t>(traces_.disk_bytes());
    return r_;
  }

 private:
  const StateSpace& space_;  // initial states, successors, constraints, invariants, keys
  const Model& m_;
  const CheckOptions& opts_;
  size_t n_;
  CheckResult r_;
  SeenSet seen_;
  TraceStore traces_;  // a parent link per distinct state, in id order
  size_t frontier_first_ = 0;  // the first id of the frontier's states (their links stay in memory)
  tbb::task_arena arena_{std::max(1, opts_.workers)};
  Frontier frontier_{n_};  // the states of the current level
  MemoryWatch memory_{opts_.memory_limit};
  std::atomic<bool> halted_{false};  // the memory limit stops the search (halt_why_ says why)
  std::atomic<bool> oom_{false};     // an allocation failed in a worker
  uint64_t spilled_ = 0;             // bytes of states spilled to the workdir
  uint64_t base_rss_ = resident_bytes();  // the memory in use before the search
  // States expanded between two looks at the memory. Under a limit with less than 1 GiB
  // of headroom the first steps are small and double while what each allocates stays
  // within 1/16 of the limit (adapt_step): a step's allocation is only seen after it,
  // and a block of 16384 states with large values can take a small headroom at once.
  size_t step_ = opts_.memory_limit && opts_.memory_limit < base_rss_ + (uint64_t{1} << 30) ? 256 : Frontier::kBlock;
  uint64_t per_state_ = 0;  // bytes a step allocates per state expanded (adapt_step)
  std::string halt_why_;
  std::mutex halt_mu_;
  bool init_ok_ = false;  // Init was enumerated without a violation or error
  std::atomic<int64_t> generated_{0};
  std::atomic<int64_t> queue_size_{0};
  std::atomic<int64_t> depth_{0};  // written between levels, read by progress()
  std::optional<Finding> found_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  bool frozen_ = false;
  int start_level_ = 1;              // the level explore() begins with (> 1 when resumed)
  int level_ = 1;                    // the level explore() expands
  int64_t level_generated_ = 0;      // generated_ when the current level began
  size_t level_links_ = 0;           // stored states when the current level began
  std::chrono::steady_clock::time_point last_checkpoint_ = start_;

  /// What comes after (the liveness phase) sees the final statistics, not this explorer.
  void freeze_tlcget_stats() {
    if (frozen_) return;
    frozen_ = true;
    m_.session->run.stats = [final = tlcget_stats_now()] { return final; };
  }

  /// The statistics TLCGet("distinct") etc. read while this explorer runs.
  TlcStats tlcget_stats_now() const {
    TlcStats st;
    st.generated = generated_.load(std::memory_order_relaxed);
    st.distinct = static_cast<int64_t>(seen_.size());
    st.queue = queue_size_.load(std::memory_order_relaxed);
    st.diameter = depth_.load(std::memory_order_relaxed);
    st.seconds = static_cast<int64_t>(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count());
    return st;
  }

  bool stopping() const {
    return halted_.load(std::memory_order_relaxed) || (opts_.stop && opts_.stop->load(std::memory_order_relaxed) != 0);
  }

  // ---- the memory limit (memory.hpp) and spilling (frontier.hpp) ------------------------

  Frontier new_frontier() const {
    Frontier f(n_);
    if (!opts_.workdir.empty() && opts_.codec) f.allow_spill(opts_.codec, opts_.workdir);
    return f;
  }

  /// Stops the workers at the memory limit (the first reason is kept).
  void halt(std::string why) {
    std::lock_guard lk(halt_mu_);
    if (!halted_) halt_why_ = std::move(why);
    halted_ = true;
  }

  /// Between two chunks (no worker running): when `extra` bytes more (a larger seen set)
  /// would pass --memory, spills the states in memory of `next` and of `cur` (but its
  /// block `keep`, being expanded); when that cannot help, stops the search. After a spill the resident size
  /// need not shrink (the freed pages stay with malloc, for the next states), so the
  /// search goes on, spilling each block, until what cannot spill (the memory in use when
  /// it began, the seen set and the parent links) would pass the limit, or the resident
  /// size itself does.
  /// `expect`: the new states the next chunk may insert (the seen set may grow for them);
  /// rather than grow, the seen set moves its table to disk, and the parent links go too.
  void watch_memory(size_t expect, Frontier& next, Frontier* cur = nullptr, size_t keep = SIZE_MAX) {
    uint64_t extra = seen_.reserve_bytes(expect);
    if (!memory_.would_exceed(extra)) return;
    if (next.can_spill()) {
      try {
        uint64_t before = next.spilled_bytes() + (cur ? cur->spilled_bytes() : 0);
        next.spill();
        if (cur) cur->spill(keep);
        spilled_ += next.spilled_bytes() + (cur ? cur->spilled_bytes() : 0) - before;
      } catch (const Error& e) {
        halt(std::string("the queue cannot be spilled: ") + e.what());
        return;
      }
      if (seen_.can_spill()) {
        if (extra > 0 && !spill_seen(frontier_first_)) return;
        extra = seen_.reserve_bytes(expect);
        if (!spill_links(frontier_first_)) return;
      }
      release_free_memory();
      uint64_t fixed = base_rss_ + seen_.bytes() + traces_.bytes() + extra;
      bool over = fixed > memory_.limit() || memory_.rss(true) + extra > memory_.limit();
      if (over && traces_.can_spill() && traces_.bytes() > 0) {  // the frontier's own links too
        if (!spill_links(SIZE_MAX)) return;
        release_free_memory();
        fixed = base_rss_ + seen_.bytes() + traces_.bytes() + extra;
      }
      if (fixed <= memory_.limit() && memory_.rss(true) + extra <= memory_.limit()) return;
    }
    std::string why = "the memory in use (" + memory_size_text(memory_.rss()) + (extra ? " and " + memory_size_text(extra) + " for a larger seen set" : "") +
                      ") would pass --memory " + memory_size_text(memory_.limit()) + "; the seen set takes " +
                      memory_size_text(seen_.bytes()) + ", the parent links " + memory_size_text(traces_.bytes());
    why += next.can_spill() ? ", the queue is on disk" : ", the queue " + std::to_string(queue_size_.load()) + " states (--workdir DIR spills it to disk)";
    halt(std::move(why));
  }

  /// Moves the seen set's table to disk, and the parent links before `keep_from`; false
  /// (the search halts) when the disk refuses.
  bool spill_seen(size_t keep_from) {
    try {
      seen_.spill();
    } catch (const Error& e) {
      halt(std::string("the seen set cannot be spilled: ") + e.what());
      return false;
    }
    return spill_links(keep_from);
  }
  bool spill_links(size_t keep_from) {
    try {
      traces_.spill(keep_from);
    } catch (const Error& e) {
      halt(std::string("the parent links cannot be spilled: ") + e.what());
      return false;
    }
    return true;
  }
  /// --spill-seen-at N: spills once the table holds N states.
  void forced_spill(size_t keep_from) {
    if (opts_.spill_seen_at && seen_.memory_size() >= opts_.spill_seen_at) spill_seen(keep_from);
  }

  /// An allocation failed in the search: it ends as at the memory limit, with a
  /// checkpoint of the current level's start (which no failed allocation touched).
  void out_of_memory() {
    halt("out of memory: an allocation failed while exploring level " + std::to_string(level_));
    found_.reset();  // a violation of this level is found again by the resumed run, with whole counts
    for (auto& l : locals_) l = Local{};
    stopped(level_, nullptr);
  }

  /// The search ends interrupted or at the memory limit, at `level` (whose start is
  /// checkpointed when checkpoints are on); `next` (the next level, incomplete) is dropped first.
  /// TLCSet("exit", TRUE) while expanding state i: no state after it is expanded.
  void exit_after(size_t i) {
    size_t cur = exit_at_.load();
    while (i < cur && !exit_at_.compare_exchange_weak(cur, i)) {
    }
    cur = stop_at_.load();
    while (i < cur && !stop_at_.compare_exchange_weak(cur, i)) {
    }
  }
  bool exited() const { return exit_at_.load(std::memory_order_relaxed) != SIZE_MAX; }

  void stopped(int level, Frontier* next) {
    if (halted_) r_.verdict = Verdict::memory_limit_reached(halt_why_);
    else r_.verdict = Verdict::interrupted_by(opts_.stop->load());
    r_.left = queue_size_.load();
    if (next) next->clear();
    if (halted_) {  // the checkpoint needs some memory: the workers' lists of the last step go too
      for (auto& l : locals_) l = Local{};
      release_free_memory();
    }
    if (!opts_.checkpoint_dir.empty()) checkpoint(level);  // of this level's start
  }

  // ---- checks --------------------------------------------------------------------------

  uint64_t fp_of(const Value* st, int level) { return space_.key(st, level); }

  bool in_model(const Value* cur, const Value* next, int level) { return space_.in_model(cur, next, level); }

  // ---- one state -----------------------------------------------------------------------

  /// Everything a worker accumulates during one level.
  struct Local {
    std::vector<Value> states;  // new states, flattened
    std::vector<Link> links;
    // Runs: (frontier index where a range of the level began, offset of its first new
    // state). A range is expanded in frontier order, so each run is in BFS order.
    std::vector<std::pair<size_t, size_t>> runs;
    int64_t generated = 0;
    std::vector<ActionCoverage> coverage;  // per action (--coverage)
  };
  tbb::enumerable_thread_specific<Local> locals_;

  struct Job {
    size_t index;         // in the frontier
    int64_t id;           // state id
    const Value* cur;
    int level;            // of cur
    uint64_t seq = 0;
  };

  std::mutex found_mu_;
  std::atomic<size_t> stop_at_{SIZE_MAX};
  std::atomic<size_t> exit_at_{SIZE_MAX};  // the state whose expansion asked to exit

  [[noreturn]] void record(Finding f) {
    {
      std::lock_guard lk(found_mu_);
      if (!found_ || f.before(*found_)) found_ = std::move(f);
      size_t cur = stop_at_.load();
      while (found_->index < cur && !stop_at_.compare_exchange_weak(cur, found_->index)) {
      }
    }
    throw Stop{};
  }

  Finding finding(const Job& j, Verdict v) {
    Finding f;
    f.index = j.index;
    f.seq = j.seq;
    f.verdict = std::move(v);
    f.parent = j.id;
    return f;
  }

  [[noreturn]] void eval_failure(const Job& j, const Error& e, Stage stage, std::vector<Value> last,
                                 int action, const std::string& name = "", bool queued = false) {
    Finding f = finding(j, Verdict::from_error(e, stage, name));
    f.last = std::move(last);
    f.action = action;
    f.queued = queued;
    record(std::move(f));
  }

  void check_invariants(const Job& j, const Value* st, int level, int action, bool initial,
                        bool stored = false) {
    size_t at = 0;
    int bad;
    try {
      bad = space_.violated_invariant(st, level, at);
    } catch (Error& e) {
      // TLC: an error while checking an initial state is one of the initial states'
      // computation (exit 75, no trace: "While working on the initial state").
      if (initial) record(finding(j, Verdict::from_error(e, Stage::init)));
      eval_failure(j, e, Stage::invariant, std::vector<Value>(st, st + n_), action, m_.invariants[at].name, stored);
    }
    if (bad >= 0) {
      Finding f = finding(j, Verdict::found(VerdictKind::invariant, m_.invariants[static_cast<size_t>(bad)].name, initial));
      f.last.assign(st, st + n_);
      f.action = action;
      f.initial = initial;
      f.queued = stored;
      record(std::move(f));
    }
    if (initial) check_implied_inits(j, st);
  }

  /// TLC's DoInitFunctor: after the invariants, the implied inits (state-level PROPERTY
  /// parts) of a new initial state; an error there is one of the initial states'.
  void check_implied_inits(const Job& j, const Value* st) {
    size_t at = 0;
    int bad;
    try {
      bad = space_.violated_implied_init(st, at);
    } catch (Error& e) {
      record(finding(j, Verdict::from_error(e, Stage::init)));
    }
    if (bad < 0) return;
    Finding f = finding(j, Verdict::found(VerdictKind::property_initial, m_.implied_inits[static_cast<size_t>(bad)].name, true));
    f.last.assign(st, st + n_);
    f.initial = true;
    record(std::move(f));
  }

  /// The key of `nx` when it is in the model, else nullopt.
  std::optional<uint64_t> successor(Job& j, Local& loc, const Value* nx, int action) {
    ++j.seq;
    int nlevel = j.level + 1;
    for (size_t i = 0; i < n_; ++i) {
      if (!nx[i].defined()) {
        const Action& a = m_.actions[static_cast<size_t>(action)];
        Verdict v = Verdict::found(VerdictKind::incomplete_successor, a.name);
        v.loc = a.loc;
        v.detail = m_.spec->var_names[i];
        Finding f = finding(j, std::move(v));
        f.last.assign(nx, nx + n_);
        f.action = action;
        record(std::move(f));
      }
    }
    bool keep;
    try {
      keep = in_model(j.cur, nx, nlevel);
    } catch (Error& e) {
      eval_failure(j, e, Stage::constraint, std::vector<Value>(nx, nx + n_), action);
    }
    if (!keep) {
      check_invariants(j, nx, nlevel, action, false);
      check_action_properties(j, nx, nlevel, action, false);
      return std::nullopt;
    }
    uint64_t fp = fp_of(nx, nlevel);
    if (!seen_.insert(fp)) {
      check_action_properties(j, nx, nlevel, action, false);
      return fp;
    }
    if (opts_.on_distinct) opts_.on_distinct(nx, n_);
    loc.states.insert(loc.states.end(), nx, nx + n_);
    loc.links.push_back(Link{fp, j.id, action});
    check_invariants(j, nx, nlevel, action, false, true);
    check_action_properties(j, nx, nlevel, action, true);
    return fp;
  }

  /// The action properties on the step j.cur -> nx, on every step (also to a seen state or
  /// one outside the constraints), after the invariants: TLC's Worker.addElement puts a new
  /// successor into its seen set, checks the invariants, then the implied actions, so a
  /// new state violating one is counted (distinct, depth) but not queued (`stored`).
  void check_action_properties(const Job& j, const Value* nx, int nlevel, int action, bool stored) {
    size_t at = 0;
    int bad;
    try {
      bad = space_.violated_action_property(j.cur, nx, nlevel, at);
    } catch (Error& e) {
      eval_failure(j, e, Stage::action_property, std::vector<Value>(nx, nx + n_), action,
                   m_.action_properties[at].name, stored);
    }
    if (bad >= 0) {
      Finding f = finding(j, Verdict::found(VerdictKind::action_property, m_.action_properties[static_cast<size_t>(bad)].name));
      f.last.assign(nx, nx + n_);
      f.action = action;
      f.queued = stored;
      record(std::move(f));
    }
  }

  void expand(Job& j, Local& loc) {
    int64_t before = loc.generated;
    if (loc.coverage.size() != m_.actions.size()) loc.coverage.resize(m_.actions.size());
    Worker* w = m_.worker();
    w->begin_state(traces_[j.id].fp);
    EdgeObserver* obs = opts_.edges;
    if (obs) obs->begin(j.cur, traces_[j.id].fp, j.level);
    for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
      Ctx c;
      c.level = j.level;
      c.worker = w;
      int64_t act_before = loc.generated;
      size_t new_before = loc.links.size();
      try {
        if (obs) {
          obs->successors(ai, c, [&](const Value* nx) {
            ++loc.generated;
            return successor(j, loc, nx, static_cast<int>(ai));
          });
        } else {
          space_.successors(ai, j.cur, c, [&](const Value* nx) {
            ++loc.generated;
            successor(j, loc, nx, static_cast<int>(ai));
          });
        }
      } catch (Error& e) {
        // TLC's Worker.run labels the state for liveness after doNextFailed: only a second
        // failure there changes the exit code (next_error); Assert in Next: 14.
        bool label_failed = obs && obs->labels_fail(j.cur);
        eval_failure(j, label_failed ? next_error(e, obs) : e, Stage::next, {}, -1);
      }
      ActionCoverage& cov = loc.coverage[ai];
      cov.generated += loc.generated - act_before;
      cov.distinct += static_cast<int64_t>(loc.links.size() - new_before);
      if (loc.generated > act_before) ++cov.enabled;
    }
    if (m_.check_deadlock && loc.generated == before) {
      Finding f = finding(j, Verdict::found(VerdictKind::deadlock));
      record(std::move(f));
    }
    // After the deadlock check, as TLC's Worker.run: an error labelling the state for
    // liveness stops the search there, with the trace to this state.
    if (obs) {
      try {
        obs->end();
      } catch (Error& e) {
        eval_failure(j, e, Stage::liveness, {}, -1);
      }
    }
  }

  /// The error of the next-state relation as TLC reports it. When liveness is checked, TLC
  /// labels the state even after its next-state relation failed (Worker.run calls
  /// doNextCheckLiveness after doNextFailed), and the labels (ENABLED of the fair actions,
  /// the steps' predicates) evaluate the failing action again: that second failure keeps
  /// TLC from replaying the error for its call stack, so the exit code is the first
  /// error's own, EC.GENERAL (255) for any but an Assert's (14).
  static Error next_error(const Error& e, const EdgeObserver* obs) {
    if (!obs || e.code() != exit_code::eval_spec) return e;
    return Error(e.loc(), e.what(), exit_code::other);
  }

  // ---- search --------------------------------------------------------------------------

  /// The levels after the initial one, from frontier_ on.
  void explore() {
    int level = start_level_;
    double growth = 2.0;  // new states per expanded state, measured per level
    while (!frontier_.empty()) {
      Frontier& cur = frontier_;
      size_t count = cur.size();
      level_ = level;
      level_generated_ = generated_.load();
      level_links_ = traces_.size();
      if (checkpoint_due()) checkpoint(level);
      Frontier next = new_frontier();
      // The level is expanded a block at a time; between blocks (no worker inserting)
      // the seen set grows if the next block could push its load past 3/4, estimating
      // the new states per expanded state from what was measured so far, and the new
      // states found are appended to the next level in frontier order.
      size_t base = 0;  // the frontier index of block b's first state
      for (size_t b = 0; b < cur.block_count() && !found_ && !exited() && !stopping(); ++b) {
        const size_t count_b = cur.block_size(b);
        // A block is expanded in one step, unless the memory limit asks for smaller ones
        // (what a step allocates is only seen after it).
        for (size_t lo = base, end = base + count_b; lo < end && !found_ && !exited() && !stopping();) {
          size_t hi = std::min(end, lo + step_);
          size_t expect = static_cast<size_t>(static_cast<double>(hi - lo) * growth) + 256;
          if (memory_.on()) watch_memory(expect, next, &cur, b);
          forced_spill(frontier_first_);
          if (stopping()) break;
          seen_.reserve(expect);
          size_t before = seen_.size();
          // (A spilled block's part is decoded here: part of the step's allocation.)
          uint64_t rss_before = memory_.on() ? memory_.rss(true) : 0;
          Frontier::View v = cur.block(b, lo - base, hi - base);
          expand_range(v, base + v.first, lo, hi, level);
          growth = std::max(0.5, 1.5 * static_cast<double>(seen_.size() - before) / static_cast<double>(hi - lo));
          if (oom_) break;  // a worker's lists may be torn: not merged
          merge(next);
          if (memory_.on()) adapt_step(rss_before, hi - lo);
          lo = hi;
        }
        base += count_b;
      }
      if (!next.empty()) depth_ = level + 1;
      if (exited() && (!found_ || found_->index > exit_at_.load())) {
        // TLC's queue is finished: a success, with the states not expanded left on it.
        found_.reset();
        r_.left = queue_size_.load();
        return;
      }
      if (found_) {
        // States of this level not expanded (after the violating one) are still queued.
        size_t stopped_at = found_->index;
        r_.left = static_cast<int64_t>(count - std::min(count, stopped_at + 1) + next.size()) -
                  (found_->queued ? 1 : 0);
        return;
      }
      if (stopping()) {
        // Interrupted: the states of this level not expanded are still queued.
        stopped(level, &next);
        return;
      }
      frontier_ = std::move(next);
      frontier_first_ = level_links_;
      ++level;
    }
  }

  /// Expands states [lo, hi) of the frontier, which are in block view `v` (whose first
  /// state is number `base`), into the workers' lists.
  void expand_range(const Frontier::View& v, size_t base, size_t lo, size_t hi, int level) {
    for (auto& l : locals_) { l.states.clear(); l.links.clear(); l.runs.clear(); }
    auto work = [&](size_t i, Local& loc) {
      if (i > stop_at_.load(std::memory_order_relaxed) || stopping()) return;
      Job j{i, v.ids[i - base], &v.states[(i - base) * n_], level};
      int64_t generated_before = loc.generated;
      size_t stored_before = loc.links.size();
      try {
        expand(j, loc);
        if (Worker& w = *m_.worker(); w.exit_requested) {
          w.exit_requested = false;
          exit_after(i);
        }
      } catch (Stop&) {
      } catch (std::bad_alloc&) {
        oom_ = true;
        halt("out of memory: an allocation failed while computing successors at level " + std::to_string(level));
      }
      // Shared counters once per expanded state, not per successor: every worker
      // writing them per successor made their cache line bounce between cores.
      generated_.fetch_add(loc.generated - generated_before, std::memory_order_relaxed);
      queue_size_.fetch_add(static_cast<int64_t>(loc.links.size() - stored_before) - 1, std::memory_order_relaxed);
    };
    if (opts_.workers <= 1) {
      Local& loc = locals_.local();
      loc.runs.emplace_back(lo, loc.links.size());
      for (size_t i = lo; i < hi && !found_ && !exited() && !stopping(); ++i) work(i, loc);
    } else {
      tbb::parallel_for(tbb::blocked_range<size_t>(lo, hi, 16), [&](const tbb::blocked_range<size_t>& r) {
        Local& loc = locals_.local();
        loc.runs.emplace_back(r.begin(), loc.links.size());
        for (size_t i = r.begin(); i != r.end(); ++i) work(i, loc);
      });
    }
  }

  /// The states expanded per step: a block, unless that would grow the resident size by
  /// more than a sixteenth of the limit (the new states are only spilled after a step),
  /// judged from the growth per state expanded in the last step.
  void adapt_step(uint64_t rss_before, size_t expanded) {
    uint64_t after = memory_.rss(true);  // fresh: a cached reading would hide the growth
    uint64_t measured = after > rss_before ? (after - rss_before) / std::max<size_t>(expanded, 1) : 0;
    // What a state costs is seen only when the step's allocation is not served by memory
    // freed before it, so the estimate keeps the largest cost seen, fading slowly.
    per_state_ = std::max(measured, per_state_ - per_state_ / 8);
    uint64_t share = memory_.limit() / 16;
    // Doubled only while a doubled step would stay within the share.
    if (per_state_ && per_state_ * step_ * 2 > share)
      step_ = static_cast<size_t>(std::clamp<uint64_t>(share / per_state_, 64, Frontier::kBlock));
    else step_ = std::min(Frontier::kBlock, step_ * 2);
  }

  /// Moves the new states of the block just expanded from the workers' lists to the end
  /// of `next`, in frontier order (deterministic for any worker count): the runs are
  /// disjoint ranges of the block, each in order, so sorting the runs by where they began
  /// orders every state.
  void merge(Frontier& next) {
    struct Run {
      size_t first;
      Local* loc;
      size_t begin, end;
    };
    std::vector<Run> runs;
    for (auto& l : locals_)
      for (size_t k = 0; k < l.runs.size(); ++k) {
        size_t end = k + 1 < l.runs.size() ? l.runs[k + 1].second : l.links.size();
        if (end > l.runs[k].second) runs.push_back(Run{l.runs[k].first, &l, l.runs[k].second, end});
      }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.first < b.first; });
    std::vector<int64_t> ids;
    for (const Run& run : runs) {
      ids.clear();
      for (size_t k = run.begin; k < run.end; ++k) ids.push_back(traces_.add(run.loc->links[k]));
      next.append(&run.loc->states[run.begin * n_], ids.data(), ids.size());
    }
  }

  // ---- checkpoints (checkpoint.hpp) ------------------------------------------------------

  bool checkpoint_due() const {
    return !opts_.checkpoint_dir.empty() &&
           std::chrono::duration<double>(std::chrono::steady_clock::now() - last_checkpoint_).count() >=
               opts_.checkpoint_every;
  }

  /// Writes the search as it was when `level` (the frontier) began; a failure is reported
  /// and the search goes on.
  void checkpoint(int level) {
    CheckpointSource cp;
    cp.run_hash = opts_.run_hash;
    cp.level = level;
    cp.generated = level_generated_;
    cp.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    cp.interned = m_.session->run.strings.names();
    read_search_into(cp, traces_, level_links_, frontier_, *opts_.codec);
    try {
      write_checkpoint(opts_.checkpoint_dir, cp);
    } catch (const Error& e) {
      std::cerr << "cairn: error: " << e.what() << "\n";
    } catch (std::bad_alloc&) {
      std::cerr << "cairn: error: checkpoint: out of memory while writing it\n";
    }
    last_checkpoint_ = std::chrono::steady_clock::now();
  }

  /// Continues from a checkpoint: its links are the stored states (their fingerprints
  /// the seen set), its frontier the next level to expand.
  void restore(const Checkpoint& cp) {
    // Read from the file one by one; past --memory (or --spill-seen-at) the seen set, the
    // links and the frontier spill as they come, as in the search.
    const size_t n = static_cast<size_t>(cp.links);
    seen_.reserve(seen_.can_spill() ? std::min<size_t>(n, Frontier::kBlock) : n);
    cp.each_link([&](const Link& l) {
      traces_.add(l);
      seen_.insert(l.fp);
      forced_spill(SIZE_MAX);
      if (seen_.memory_size() * 4 < seen_.capacity() * 3) return;
      // The table is full: it grows, or goes to disk (with the links) if growing would
      // pass --memory.
      if (memory_.on() && seen_.can_spill() && memory_.would_exceed(seen_.reserve_bytes(Frontier::kBlock))) {
        if (!spill_seen(SIZE_MAX)) throw Error(Loc{}, "checkpoint: " + halt_why_, exit_code::system);
        release_free_memory();
      } else {
        seen_.reserve(Frontier::kBlock);
      }
    });
    frontier_first_ = cp.first_frontier_id < 0 ? n : static_cast<size_t>(cp.first_frontier_id);
    cp.each_state([&](int64_t id, std::string_view bytes) {
      std::vector<Value> st = opts_.codec->decode(bytes);
      frontier_.append(st.data(), &id, 1);
      if (memory_.on() && frontier_.size() % Frontier::kBlock == 0) watch_memory(0, frontier_);
    });
    generated_ = cp.generated;
    depth_ = cp.level;
    queue_size_ = static_cast<int64_t>(cp.frontier);
    start_ -= std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(cp.seconds));
    last_checkpoint_ = std::chrono::steady_clock::now();
    start_level_ = static_cast<int>(cp.level);
    init_ok_ = true;
  }

  void add_initial(const Value* st, uint64_t fp, Frontier& frontier) {
    seen_.insert(fp);
    if (opts_.on_distinct) opts_.on_distinct(st, n_);
    frontier.push(st, traces_.add(Link{fp, -1, -1}));
    queue_size_.fetch_add(1);
    // Often enough that the states between two looks (with large values, a block of
    // them is megabytes) stay within a small limit's headroom; a look costs little.
    if (memory_.on() && frontier.size() % 1024 == 0) watch_memory(0, frontier);
    forced_spill(SIZE_MAX);
  }

  /// Init's enumeration was interrupted, or stopped at the memory limit.
  bool init_stopped(const Frontier& frontier) {
    if (halted_) r_.verdict = Verdict::memory_limit_reached(halt_why_ + " (computing the initial states)");
    else r_.verdict = Verdict::interrupted_by(opts_.stop->load());
    r_.left = static_cast<int64_t>(frontier.size());
    return false;
  }

  void undefined_initial(const Job& j, const Value* st, size_t var) {
    Verdict v = Verdict::found(VerdictKind::incomplete_initial);
    v.loc = m_.init->loc;
    v.detail = m_.spec->var_names[var];
    Finding f = finding(j, std::move(v));
    f.last.assign(st, st + n_);
    record(std::move(f));
  }

  bool init_failed(const Job& j, const Error& e, const Frontier& frontier) {
    found_ = finding(j, Verdict::from_error(e, Stage::init));
    r_.left = static_cast<int64_t>(frontier.size());
    return false;
  }

  bool init_sequential(Frontier& frontier) {
    Job j{0, -1, nullptr, 0};
    Ctx base;
    base.worker = m_.worker();
    base.worker->begin_init();
    base.stop = opts_.stop;  // one initial state can take long to compute
    StopScope interruptible(base);
    try {
      space_.initial_states(base, [&](const Value* st) {
        if (stopping()) throw Halt{};
        ++j.seq;
        generated_.fetch_add(1);
        for (size_t i = 0; i < n_; ++i)
          if (!st[i].defined()) undefined_initial(j, st, i);
        bool keep = in_model(st, nullptr, 1);
        uint64_t fp = fp_of(st, 1);
        if (seen_.memory_size() * 4 >= seen_.capacity() * 3) {
          // A larger table is allocated beside the old one: past --memory the table moves
          // to disk instead, as between the steps of a level.
          size_t more = seen_.memory_size() / 8;
          if (memory_.on()) watch_memory(more, frontier);
          if (stopping()) throw Halt{};
          if (seen_.memory_size() * 4 >= seen_.capacity() * 3) seen_.reserve(more);
        }
        if (seen_.contains(fp)) return;
        if (keep) add_initial(st, fp, frontier);
        check_invariants(j, st, 1, -1, true);
      });
    } catch (Stop&) {
      r_.left = static_cast<int64_t>(frontier.size());
      return false;
    } catch (Halt&) {
      return init_stopped(frontier);
    } catch (EvalInterrupted&) {
      return init_stopped(frontier);
    } catch (Error& e) {
      return init_failed(j, e, frontier);
    }
    return true;
  }

  bool init_parallel(Frontier& frontier) {
    Job j{0, -1, nullptr, 0};
    Ctx base;
    base.worker = m_.worker();
    base.worker->begin_init();
    std::vector<Value> all;
    base.stop = opts_.stop;
    try {
      // Several replicas per worker: the split point's elements are dealt round-robin.
      // The replicas hold their states until the end, then once more merged: past half of
      // the memory left under --memory, Init is enumerated again sequentially, which
      // streams its states into the frontier and spills or stops at the limit (the same
      // states in the same order, so no answer changes).
      std::atomic<uint64_t> polls{0};
      std::atomic<bool> too_big{false};
      const uint64_t half = memory_.on() && memory_.limit() > base_rss_ ? base_rss_ + (memory_.limit() - base_rss_) / 2 : 0;
      auto stop = [&] {
        if (stopping()) return true;
        if (half && polls.fetch_add(1, std::memory_order_relaxed) % 1024 == 0 && resident_bytes() > half) too_big = true;
        return too_big.load(std::memory_order_relaxed);
      };
      InitStates init = space_.initial_states_parallel(base, 4 * opts_.workers, stop);
      if (init.stopped && too_big && !stopping()) return init_sequential(frontier);
      if (init.stopped) return init_stopped(frontier);
      all = std::move(init.states);
      size_t count = n_ ? all.size() / n_ : 0;
      for (size_t s = 0; s < count; ++s) {
        ++j.seq;
        generated_.fetch_add(1, std::memory_order_relaxed);
        for (size_t i = 0; i < n_; ++i)
          if (!all[s * n_ + i].defined()) undefined_initial(j, &all[s * n_], i);
      }
      if (init.error) throw *init.error;
    } catch (Stop&) {
      r_.left = 0;
      return false;
    } catch (Error& e) {
      return init_failed(j, e, frontier);
    }
    size_t k = n_ ? all.size() / n_ : 0;
    std::vector<uint64_t> fps(k);
    std::vector<char> keep(k), check(k, 0);
    std::vector<std::optional<Error>> errs(k);
    tbb::parallel_for(tbb::blocked_range<size_t>(0, k, 64), [&](const tbb::blocked_range<size_t>& r) {
      for (size_t i = r.begin(); i != r.end(); ++i) {
        try {
          keep[i] = in_model(&all[i * n_], nullptr, 1);
          fps[i] = fp_of(&all[i * n_], 1);
        } catch (Error& e) {
          errs[i] = e;
        }
      }
    });
    seen_.reserve(k);
    for (size_t i = 0; i < k; ++i) {
      if (errs[i]) {
        j.seq = i + 1;
        return init_failed(j, *errs[i], frontier);
      }
      if (seen_.contains(fps[i])) continue;
      check[i] = 1;
      if (keep[i]) add_initial(&all[i * n_], fps[i], frontier);
    }
    // Invariants of the new initial states; the first violation in enumeration order wins.
    tbb::parallel_for(tbb::blocked_range<size_t>(0, k, 64), [&](const tbb::blocked_range<size_t>& r) {
      for (size_t i = r.begin(); i != r.end(); ++i) {
        if (!check[i]) continue;
        Job ji{i, -1, nullptr, 0};
        ji.seq = 0;
        try {
          check_invariants(ji, &all[i * n_], 1, -1, true);
        } catch (Stop&) {
        }
      }
    });
    if (found_) {
      r_.left = static_cast<int64_t>(frontier.size());
      return false;
    }
    if (stopping()) return init_stopped(frontier);
    return true;
  }

  // ---- counterexamples -----------------------------------------------------------------

  void report(const Finding& f) {
    r_.verdict = f.verdict;
    if (f.verdict.kind == VerdictKind::incomplete_initial) {
      r_.partial_state = f.last;  // no counterexample: the state is part of the error
      return;
    }
    if (f.initial) {
      TraceStep s;
      s.state = f.last;
      r_.trace.push_back(std::move(s));
      return;
    }
    if (f.parent >= 0) r_.trace = traces_.replay(space_, f.parent);
    if (!f.last.empty()) {
      TraceStep s;
      s.state = f.last;
      if (f.action >= 0) {
        s.action = m_.actions[static_cast<size_t>(f.action)].name;
        s.loc = m_.actions[static_cast<size_t>(f.action)].loc;
      }
      r_.trace.push_back(std::move(s));
    }
  }
};

}  // namespace

void check_postcondition(const Model& m, CheckResult& r) {
  if (!m.postcondition || !r.verdict.ok()) return;
  const NamedDef& pc = m.postcondition;
  const Def* d = pc.node->op == Op::Call ? pc.node->def : nullptr;
  Loc at = d ? d->body_loc : pc.loc;
  auto fail = [&](VerdictKind kind, Loc loc, std::string detail) {
    r.verdict = Verdict::found(kind, pc.name);
    r.verdict.stage = Stage::postcondition;
    r.verdict.loc = loc;
    r.verdict.detail = std::move(detail);
  };
  Ctx c;
  c.worker = m.worker();
  FrameHolder fh(std::max(1, pc.frame_size), nullptr);
  try {
    if (!eval_bool(pc.node, fh.get(), c, "a postcondition")) fail(VerdictKind::postcondition_false, at, "");
  } catch (const Error& e) {
    fail(VerdictKind::postcondition_error, e.loc().valid() ? e.loc() : at, e.what());
  }
}

Verdict check_assumptions(const Model& m, const std::atomic<int>* stop) {
  for (const auto& a : m.spec->assumptions) {
    Ctx c;
    c.worker = m.worker();
    c.stop = stop;
    StopScope interruptible(c);
    FrameHolder fh(256, nullptr);
    bool ok = false;
    try {
      ok = eval_bool(a.node, fh.get(), c, "an assumption");
    } catch (EvalInterrupted& i) {
      return Verdict::interrupted_by(i.signal);
    } catch (Error& e) {
      Verdict v = Verdict::from_error(e, Stage::assumption);
      v.kind = VerdictKind::assumption_error;
      return v;
    }
    if (!ok) {
      Verdict v = Verdict::found(VerdictKind::assumption_false);
      v.loc = a.loc;
      return v;
    }
  }
  return Verdict{};
}

std::unique_ptr<Search> make_bfs(const StateSpace& space, const CheckOptions& opts) {
  return std::make_unique<Explorer>(space, opts);
}

}  // namespace cairn
