#include "checker/search/simulate.hpp"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <limits>
#include <mutex>
#include <numeric>
#include <optional>

#include "checker/eval/worker.hpp"
#include "checker/search/shrink.hpp"

namespace cairn {

namespace {

/// A generator seeded at construction: the session's SplitMix64 (eval/worker.hpp).
struct SplitMix64 : Rng {
  explicit SplitMix64(uint64_t s) { seed(s); }
};

/// What the behaviours of a run add up to.
struct Totals {
  int64_t behaviours = 0, generated = 0, states = 0, max_length = 0;
  std::vector<ActionCoverage> coverage;
  void add(const Totals& o) {
    behaviours += o.behaviours;
    generated += o.generated;
    states += o.states;
    max_length = std::max(max_length, o.max_length);
    if (coverage.size() < o.coverage.size()) coverage.resize(o.coverage.size());
    for (size_t i = 0; i < o.coverage.size(); ++i) {
      coverage[i].generated += o.coverage[i].generated;
      coverage[i].enabled += o.coverage[i].enabled;
      coverage[i].fired += o.coverage[i].fired;
    }
  }
};

/// A behaviour that ended in a violation (or an error).
struct Violation {
  int64_t index = -1;
  Verdict verdict;
  Behaviour behaviour;
  std::optional<CheckResult> lasso;  // a temporal property's: its trace and loop
};

struct Abandon {};  // a violation at a smaller index is known: this walk does not count

constexpr int64_t kIdle = std::numeric_limits<int64_t>::max();

class Simulation : public Search {
 public:
  Simulation(const StateSpace& space, const SimOptions& o)
      : space_(space), m_(space.model()), o_(o), n_(space.nvars()), current_(static_cast<size_t>(std::max(1, o.workers))),
        done_(current_.size()) {
    for (auto& c : current_) c.store(kIdle);
    if (o.behaviour_check)
      for (size_t w = 0; w < current_.size(); ++w) checks_.push_back(o.behaviour_check());
    m_.session->run.stats = [this] { return stats_now(); };
  }
  ~Simulation() override { freeze_stats(); }

  Progress progress() const override {
    Progress p;
    p.generated = generated_.load(std::memory_order_relaxed);
    p.behaviours = finished_.load(std::memory_order_relaxed);
    p.sim_states = states_.load(std::memory_order_relaxed);
    p.max_length = max_length_.load(std::memory_order_relaxed);
    p.depth = p.max_length;
    p.seconds = elapsed();
    return p;
  }

  void init_states() override {
    try {
      seeded_initial_states(space_, [&](const Value* st) { initial_state(st); });
    } catch (Stop&) {
    } catch (const Error& e) {
      if (!found_) found_ = Violation{-1, Verdict::from_error(e, Stage::init), {}, std::nullopt};
    }
  }

  void explore_all() override {
    if (found_ || init_.empty()) return;
    tbb::task_arena arena(static_cast<int>(current_.size()));
    arena.execute([&] {
      tbb::parallel_for(size_t{0}, current_.size(), [&](size_t w) { work(w); });
    });
  }

  CheckResult result() override {
    freeze_stats();
    CheckResult r;
    r.workers = o_.workers;
    Totals t = totals();
    SimulationStats s;
    s.seed = o_.seed;
    s.depth_limit = o_.depth;
    s.behaviours = t.behaviours;
    s.states = t.states;
    s.max_length = t.max_length;
    r.generated = t.generated + static_cast<int64_t>(init_generated_);
    r.distinct = t.states;
    r.depth = t.max_length;
    r.coverage = t.coverage;
    r.coverage.resize(m_.actions.size());
    if (found_) report(*found_, r, s);
    else if (int sig = o_.stop ? o_.stop->load() : 0) r.verdict = Verdict::interrupted_by(sig);
    r.simulation = s;
    r.seconds = r.safety_seconds = elapsed();
    return r;
  }

 private:
  struct Stop {};
  const StateSpace& space_;
  const Model& m_;
  SimOptions o_;
  size_t n_;
  std::vector<std::vector<Value>> init_;  // the initial states walked from
  size_t init_generated_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::atomic<int64_t> generated_{0}, finished_{0}, states_{0}, max_length_{0};
  bool frozen_ = false;

  // Handing out behaviour indices (see the header): under claim_mu_, the next index and
  // each worker's current one (kIdle when between behaviours or done).
  std::mutex claim_mu_;
  int64_t next_index_ = 0;
  std::vector<std::atomic<int64_t>> current_;
  std::atomic<int64_t> stop_at_{kIdle};  // the smallest violating index known
  std::mutex found_mu_;
  std::optional<Violation> found_;
  // Per worker: the totals of the behaviours below every worker's current index (they
  // count whatever is found later), and those above, kept by index until they do.
  struct Done {
    Totals folded;
    std::deque<std::pair<int64_t, Totals>> pending;
  };
  std::vector<Done> done_;
  std::vector<std::unique_ptr<BehaviourCheck>> checks_;  // per worker, when PROPERTYs are checked

  double elapsed() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

  TlcStats stats_now() const {
    TlcStats st;
    st.generated = generated_.load(std::memory_order_relaxed);
    st.distinct = states_.load(std::memory_order_relaxed);
    st.diameter = max_length_.load(std::memory_order_relaxed);
    st.seconds = static_cast<int64_t>(elapsed());
    return st;
  }
  void freeze_stats() {
    if (frozen_) return;
    frozen_ = true;
    m_.session->run.stats = [final = stats_now()] { return final; };
  }

  // ---- initial states --------------------------------------------------------------------

  void initial_state(const Value* st) {
    ++init_generated_;
    // TLC's simulator computes all initial states before it checks them: after an
    // incomplete one, the rest are only counted (its "Computed N initial states...").
    if (found_) return;
    Behaviour b;
    b.states.emplace_back(st, st + n_);
    b.actions.push_back(-1);
    for (size_t i = 0; i < n_; ++i)
      if (!st[i].defined()) {
        Verdict v = Verdict::found(VerdictKind::incomplete_initial);
        v.loc = m_.init->loc;
        v.detail = m_.spec->var_names[i];
        found_ = Violation{-1, std::move(v), std::move(b), std::nullopt};
        return;
      }
    size_t at = 0;
    int bad;
    try {
      bad = space_.violated_invariant(st, 1, at);
    } catch (const Error& e) {
      stop_init(Verdict::from_error(e, Stage::invariant, m_.invariants[at].name), std::move(b));
    }
    if (bad >= 0) stop_init(Verdict::found(VerdictKind::invariant, m_.invariants[static_cast<size_t>(bad)].name, true), std::move(b));
    bool keep;
    try {
      keep = space_.in_model(st, nullptr, 1);
    } catch (const Error& e) {
      stop_init(Verdict::from_error(e, Stage::constraint), std::move(b));
    }
    if (keep) {
      // Every behaviour starts from a copy of one of these, on every worker: immortal, they
      // are shared without reference-count traffic (a count's cache line would move between
      // the workers' cores at every copy). They live until the run ends anyway.
      for (const Value& v : b.states[0]) make_immortal(v);
      init_.push_back(std::move(b.states[0]));
    }
  }

  [[noreturn]] void stop_init(Verdict v, Behaviour b) {
    found_ = Violation{-1, std::move(v), std::move(b), std::nullopt};
    throw Stop{};
  }

  // ---- workers ---------------------------------------------------------------------------

  bool out_of_time() const { return o_.duration > 0 && elapsed() >= o_.duration; }

  /// The next behaviour index for worker w, or -1 when it should stop.
  int64_t claim(size_t w) {
    std::lock_guard lk(claim_mu_);
    int64_t i = next_index_;
    if ((o_.num > 0 && i >= o_.num) || i > stop_at_.load() || out_of_time() ||
        (o_.stop && o_.stop->load(std::memory_order_relaxed) != 0)) {
      current_[w].store(kIdle);
      return -1;
    }
    ++next_index_;
    current_[w].store(i);
    return i;
  }

  /// Moves worker w's finished behaviours below every current index into its fold.
  void fold(size_t w) {
    int64_t low;
    {
      std::lock_guard lk(claim_mu_);
      low = next_index_;
      for (auto& c : current_) low = std::min(low, c.load());
    }
    Done& d = done_[w];
    while (!d.pending.empty() && d.pending.front().first < low) {
      d.folded.add(d.pending.front().second);
      d.pending.pop_front();
    }
  }

  void work(size_t w) {
    for (int64_t i; (i = claim(w)) >= 0;) {
      Totals t;
      t.coverage.resize(m_.actions.size());
      try {
        walk(w, i, t);
      } catch (Abandon&) {
        continue;
      }
      finished_.fetch_add(1, std::memory_order_relaxed);
      done_[w].pending.emplace_back(i, std::move(t));
      if (done_[w].pending.size() >= 64) fold(w);
    }
  }

  /// The totals of the behaviours that count: all, or those up to the violating one.
  Totals totals() {
    Totals t;
    int64_t last = found_ ? found_->index : kIdle;
    for (auto& d : done_) {
      t.add(d.folded);
      for (auto& [i, p] : d.pending)
        if (i <= last) t.add(p);
    }
    return t;
  }

  void violation(int64_t index, Verdict v, Behaviour b, std::optional<CheckResult> lasso = std::nullopt) {
    {
      std::lock_guard lk(found_mu_);
      if (!found_ || index < found_->index) found_ = Violation{index, std::move(v), std::move(b), std::move(lasso)};
      int64_t cur = stop_at_.load();
      while (index < cur && !stop_at_.compare_exchange_weak(cur, index)) {
      }
    }
  }

  // ---- one behaviour ---------------------------------------------------------------------

  /// The walk of behaviour `index`; its counts go to `t`. Returns normally when it ended
  /// (depth, deadlock, constraint) or violated; throws Abandon when it need not finish.
  void walk(size_t w, int64_t index, Totals& t) {
    SplitMix64 rng(behaviour_seed(o_.seed, static_cast<uint64_t>(index)));
    Behaviour b;
    b.states.push_back(init_[rng.below(init_.size())]);
    b.actions.push_back(-1);
    // The current state is always b.states.back() (a stuttering step adds none).
    const size_t na = m_.actions.size();
    Step step;
    step.worker = m_.worker();  // this thread's worker for the whole walk
    int64_t steps = 1;  // states so far, stuttering ones included
    auto finish = [&] {
      t.behaviours = 1;
      t.states = static_cast<int64_t>(b.size());
      t.max_length = t.states;
      states_.fetch_add(t.states, std::memory_order_relaxed);
      int64_t m = max_length_.load(std::memory_order_relaxed);
      while (t.states > m && !max_length_.compare_exchange_weak(m, t.states)) {
      }
    };
    while (steps < o_.depth && na > 0) {
      if (stop_at_.load(std::memory_order_relaxed) < index) throw Abandon{};
      size_t first = rng.below(na), stride = coprime_stride(rng, na);
      int level = static_cast<int>(b.size());
      const std::vector<Value>& cur = b.states.back();
      bool any = false;
      size_t chosen = 0;
      step.key.reset();
      step.candidates = 0;
      for (size_t k = 0; k < na && step.candidates == 0; ++k) {
        chosen = (first + k * stride) % na;
        int64_t before = t.generated;
        bool ok = successors(index, b, cur, chosen, level, t, step);
        // The shared counter once per action tried, not per successor (its cache line).
        generated_.fetch_add(t.generated - before, std::memory_order_relaxed);
        if (!ok) return finish();
        t.coverage[chosen].generated += t.generated - before;
        if (t.generated > before) {
          any = true;
          ++t.coverage[chosen].enabled;
        }
      }
      if (step.candidates == 0) {
        if (!any && m_.check_deadlock) {
          violation(index, Verdict::found(VerdictKind::deadlock), b);
          return finish();
        }
        break;
      }
      std::vector<Value>& next = step.pool[rng.below(step.candidates)];
      ++t.coverage[chosen].fired;
      ++steps;
      if (std::equal(next.begin(), next.end(), cur.begin(), [](const Value& x, const Value& y) { return equals(x, y); }))
        continue;  // stuttering: not in the trace
      b.states.push_back(std::move(next));  // (its slot in the pool is refilled later)
      b.actions.push_back(static_cast<int>(chosen));
    }
    finish();
    if (!checks_.empty()) check_behaviour(w, index, b);
  }

  /// What one step of a walk keeps across the actions it tries: the current state's key
  /// (computed once, at the first action, where each action used to compute it), the
  /// candidates (the pool's first `candidates` entries; the vectors are reused from step
  /// to step rather than allocated per successor).
  struct Step {
    Worker* worker;
    std::optional<uint64_t> key;
    std::vector<std::vector<Value>> pool;
    size_t candidates = 0;
    void add(const Value* nx, size_t n) {
      if (candidates < pool.size()) pool[candidates].assign(nx, nx + n);
      else pool.emplace_back(nx, nx + n);
      ++candidates;
    }
  };

  /// The temporal PROPERTYs on a behaviour that ended without a violation.
  void check_behaviour(size_t w, int64_t index, const Behaviour& b) {
    if (stop_at_.load(std::memory_order_relaxed) < index) return;
    std::optional<CheckResult> r = checks_[w]->check(b.states);
    if (!r) return;
    Verdict v = r->verdict;
    violation(index, std::move(v), b, std::move(r));
  }

  static size_t coprime_stride(SplitMix64& rng, size_t n) {
    if (n <= 2) return 1;
    for (;;) {
      size_t s = 1 + rng.below(n - 1);
      if (std::gcd(s, n) == 1) return s;
    }
  }

  /// The successors of `cur` by action `a`, each checked; the ones in the model are added
  /// to `out`. False when one violated (the violation is recorded).
  bool successors(int64_t index, const Behaviour& b, const std::vector<Value>& cur, size_t a, int level, Totals& t,
                  Step& out) {
    auto fail = [&](Verdict v, const Value* nx) {
      Behaviour bad = b;
      if (nx) {
        bad.states.emplace_back(nx, nx + n_);
        bad.actions.push_back(static_cast<int>(a));
      }
      violation(index, std::move(v), std::move(bad));
      throw Stop{};
    };
    try {
      if (!out.key) out.key = space_.key(cur.data(), level);
      seeded_successors(space_, a, cur.data(), level, *out.key, out.worker, [&](const Value* nx) {
        ++t.generated;
        check_successor(cur.data(), nx, a, level + 1, out.worker, fail);
        bool keep;
        try {
          keep = space_.in_model(cur.data(), nx, level + 1, out.worker);
        } catch (const Error& e) {
          fail(Verdict::from_error(e, Stage::constraint), nx);
        }
        if (keep) out.add(nx, n_);
      });
    } catch (Stop&) {
      return false;
    } catch (const Error& e) {
      try {
        fail(Verdict::from_error(e, Stage::next), nullptr);
      } catch (Stop&) {
        return false;
      }
    }
    return true;
  }

  /// Every variable defined, the INVARIANTs, the action PROPERTYs, as TLC checks them on
  /// each generated successor.
  template <class Fail>
  void check_successor(const Value* cur, const Value* nx, size_t a, int level, Worker* w, Fail& fail) {
    for (size_t i = 0; i < n_; ++i)
      if (!nx[i].defined()) {
        Verdict v = Verdict::found(VerdictKind::incomplete_successor, m_.actions[a].name);
        v.loc = m_.actions[a].loc;
        v.detail = m_.spec->var_names[i];
        fail(std::move(v), nx);
      }
    size_t at = 0;
    int bad;
    try {
      bad = space_.violated_invariant(nx, level, at, w);
    } catch (const Error& e) {
      fail(Verdict::from_error(e, Stage::invariant, m_.invariants[at].name), nx);
    }
    if (bad >= 0) fail(Verdict::found(VerdictKind::invariant, m_.invariants[static_cast<size_t>(bad)].name), nx);
    try {
      bad = space_.violated_action_property(cur, nx, level, at, w);
    } catch (const Error& e) {
      fail(Verdict::from_error(e, Stage::action_property, m_.action_properties[at].name), nx);
    }
    if (bad >= 0) fail(Verdict::found(VerdictKind::action_property, m_.action_properties[static_cast<size_t>(bad)].name), nx);
  }

  // ---- the outcome -----------------------------------------------------------------------

  void report(Violation& v, CheckResult& r, SimulationStats& s) {
    r.verdict = v.verdict;
    s.violating_behaviour = v.index;
    s.found_length = static_cast<int64_t>(v.behaviour.size());
    if (v.verdict.kind == VerdictKind::incomplete_initial && !v.behaviour.states.empty()) {
      r.partial_state = v.behaviour.states[0];  // no counterexample: the state is part of the error
      return;
    }
    if (v.lasso) {
      r.trace = std::move(v.lasso->trace);
      r.loop_back = v.lasso->loop_back;
      return;
    }
    Behaviour b = v.behaviour;
    ShrinkTarget target = ShrinkTarget::of(m_, v.verdict);
    if (o_.shrink && target.shrinkable() && !v.verdict.initial) {
      b = Shrinker(space_, target).shrink(std::move(b));
      s.shrunk_length = static_cast<int64_t>(b.size());
    }
    for (size_t i = 0; i < b.size(); ++i) {
      TraceStep step;
      step.state = b.states[i];
      if (b.actions[i] >= 0) {
        step.action = m_.actions[static_cast<size_t>(b.actions[i])].name;
        step.loc = m_.actions[static_cast<size_t>(b.actions[i])].loc;
      }
      r.trace.push_back(std::move(step));
    }
  }
};

}  // namespace

uint64_t behaviour_seed(uint64_t root, uint64_t index) {
  // Two SplitMix64 outputs: the root's stream, then the index mixed into it, so that
  // neighbouring roots and indices give unrelated streams.
  SplitMix64 r(root);
  uint64_t base = r.next();
  SplitMix64 s(base ^ (index * 0xd1b54a32d192ed03ULL));
  return s.next();
}

std::unique_ptr<Search> make_simulation(const StateSpace& space, const SimOptions& opts) {
  return std::make_unique<Simulation>(space, opts);
}

}  // namespace cairn
