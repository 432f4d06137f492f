// What evaluation reads from the run it belongs to: the run's settings (TLCGet("config")),
// its statistics, its interned strings, and one context per worker (random generator, TLCSet registers). A
// Session (checker/model/session.hpp) owns one RunContext; an evaluation reaches its
// worker through Ctx::worker, so nothing here is global and two runs never share state.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "checker/value/value.hpp"

namespace cairn {

/// The settings of a run, as TLC's TLCGet("config") reports them
/// (tlc2.tool.AbstractChecker.createConfig, breadth-first mode).
struct RunSettings {
  bool deadlock = true;  // deadlock checked: the cfg's CHECK_DEADLOCK and --no-deadlock
  int workers = 1;
  uint64_t seed = 0;     // --seed (README, "Random choices")
  // `cairn simulate`: TLCGet("config") is Simulator.createConfig's (mode "simulate").
  bool simulate = false;
  int64_t depth = 0, traces = 0;  // --depth, --num (0: until --duration)
};

/// The statistics of the running model check, for TLCGet("distinct"), ("stats"), ...
struct TlcStats {
  int64_t generated = 0, distinct = 0, queue = 0, diameter = 0, seconds = 0;
};

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and fully determined by its 64-bit
/// state, so a draw depends only on the seed and the draws before it.
class Rng {
 public:
  void seed(uint64_t s) { x_ = s; }
  uint64_t next() {
    uint64_t z = (x_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in 0..n-1 (n > 0).
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  /// Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t x_ = 0;
};

/// A TLC register's value and when it was written (see RunContext::shared_registers).
struct Register {
  Value value;
  uint64_t version = 0;
};

class RunContext;
class ActionLeaves;

/// One worker's context: TLC's IdThread with its random generator and registers.
struct Worker {
  RunContext* run = nullptr;
  int index = 0;
  int state_size = 0, enabled_size = 0;  // copied from the run: read when capturing a state
  Rng rng;
  std::unordered_map<int64_t, Register> registers;  // TLCSet made by this worker
  /// Reseeds the generator for the successors of the state with fingerprint fp, as TLC's
  /// TLCStateRandom does in BFS: the draws made while expanding a state depend only on
  /// the seed and that state, so any worker count and a trace replay make the same draws.
  void begin_state(uint64_t fp);
  /// Restarts the generator from the worker's first seed, for the initial states
  /// (computed again, with the same draws, when a trace is replayed).
  void begin_init() { rng.seed(first_seed); }
  uint64_t first_seed = 0;  // the run's seed
  bool exit_requested = false;  // TLCSet("exit", TRUE) while this worker evaluated
  uint32_t stop_ticks = 0;      // evaluation steps, for polling Ctx::stop now and then
  // Ctx::stop of the interruptible evaluation this worker is in (an ASSUME, Init), for the
  // lazy values it applies, whose captured contexts have none (StopScope).
  const std::atomic<int>* interruptible = nullptr;
};

/// What the workers of one run share.
class RunContext {
 public:
  RunContext() { configure(settings_); }
  /// Sets the run's settings and makes one context per worker, each generator seeded
  /// from the run's seed.
  void configure(const RunSettings& s);
  const RunSettings& settings() const { return settings_; }
  /// The sizes of a state: its variables, and with ENABLED's GhostVar slots.
  void set_state_size(int vars, int with_ghosts);

  /// The context of the calling thread's worker: its slot in the task arena running the
  /// search (the main thread, outside any arena or in the arena's reserved slot, is 0).
  Worker& here();
  Worker& worker(int i) { return workers_[static_cast<size_t>(i)]; }

  /// The search installs a source of its statistics for the time of its run (empty:
  /// none, and TLCGet of a statistic is undefined, as in TLC before a run).
  std::function<TlcStats()> stats;
  /// TLCSet("exit", TRUE) was evaluated (ModelChecker.stop: the search ends after the
  /// state being expanded, as a success).
  std::atomic<bool> exit_requested{false};
  /// Clears the workers' TLCSet("exit") marks (those computing the initial states made);
  /// whether one was made.
  bool clear_exit_marks() {
    for (Worker& w : workers_) w.exit_requested = false;
    return exit_requested.exchange(false);
  }
  /// The model's compiled action expressions (eval/compiled.hpp), for the enumerator;
  /// null: actions are interpreted (--interpret).
  ActionLeaves* leaves = nullptr;
  /// Held while Print/PrintT write a line, so the workers' lines do not interleave.
  std::mutex print_mu;
  /// The run's strings and model-value names, in TLC's interning order.
  Interner strings;

  /// TLC's register i as worker w sees it (TLCSet(i, v)); false if never set.
  bool read_register(const Worker& w, int64_t i, Value& out);
  /// A TLCSet by worker w; `everyone`: made outside the workers (an ASSUME or Init,
  /// which TLC evaluates in its main thread and applies to every worker: setAllValues).
  void write_register(Worker& w, int64_t i, const Value& v, bool everyone);

 private:
  RunSettings settings_;
  int state_size_ = 0, enabled_size_ = 0;
  std::deque<Worker> workers_;
  // Registers set outside the workers, versioned: a worker reads the newer of its own
  // value and the shared one.
  std::mutex shared_mu_;
  std::unordered_map<int64_t, Register> shared_;
  std::atomic<uint64_t> version_{0};
};

}  // namespace cairn
