// The distributed BFS (design in mpi_search.hpp). Message tags: kStates carries a batch of
// successors (records: key u64, parent reference i64, action i32, codec bytes), kStop a
// rank's halt (empty). Every collective is reached by all ranks in the same order: the
// decisions taken between them (go on, stop, who won) are computed by every rank from the
// same gathered figures.
#include "checker/search/distributed/mpi_search.hpp"

#include <mpi.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <deque>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <string>

#include "checker/search/checkpoint.hpp"
#include "checker/search/distributed/rank_checkpoint.hpp"
#include "checker/search/distributed/wire.hpp"
#include "checker/search/frontier.hpp"
#include "checker/search/memory.hpp"
#include "checker/search/seen_set.hpp"
#include "checker/search/state_space.hpp"
#include "checker/search/trace_store.hpp"
#include "checker/value/codec.hpp"

namespace cairn::distributed {

namespace {

constexpr int kStates = 1, kStop = 2;
constexpr int kRankShift = 40;  // a parent reference is rank << 40 | id on that rank
constexpr size_t kSentCache = size_t{1} << 20;

int64_t ref_of(int rank, int64_t id) { return (static_cast<int64_t>(rank) << kRankShift) | id; }
int rank_of(int64_t ref) { return static_cast<int>(ref >> kRankShift); }
int64_t id_of(int64_t ref) { return ref & ((int64_t{1} << kRankShift) - 1); }

struct Stop {};  // unwinds the enumeration of one state once a finding is recorded

/// A violation or error found by this rank.
struct Finding {
  Verdict verdict;
  int64_t parent = -1;      // the trace runs to this stored state (a reference)...
  std::vector<Value> last;  // ...then to this state (if non-empty)
  int action = -1;          // reached by this action
  int64_t order = 0;        // Init's enumeration index for an initial finding, else 0
  bool queued = false;      // `last` was stored as a new state (TLC does not queue it)
};

/// The figures every rank contributes at a level boundary (one MPI_Allgather).
struct Boundary {
  int64_t new_states = 0, generated = 0, owned = 0, left = 0;
  int64_t finding = 0, order = 0, stop_sent = 0, interrupted = 0;
  int64_t memory_halt = 0;     // this rank stopped at its memory limit (or could not spill)
  int64_t checkpoint_due = 0;  // rank 0's: a checkpoint is due at the next level's start
};

/// A send in flight: its buffer lives until MPI is done with it.
struct Pending {
  MPI_Request req = MPI_REQUEST_NULL;
  std::string buf;
};

class Distributed : public Search {
 public:
  Distributed(const StateSpace& space, const Options& o, RunFigures* figures)
      : space_(space), m_(space.model()), opts_(o), figures_(figures), n_(m_.nvars()),
        arena_(std::max(1, o.workers)) {
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &ranks_);
    outbox_.resize(static_cast<size_t>(ranks_));
    batches_to_.assign(static_cast<size_t>(ranks_), 0);
    m_.session->run.stats = [this] { return stats_now(); };
    if (!opts_.workdir.empty()) {
      seen_.allow_spill(opts_.workdir);
      traces_.allow_spill(opts_.workdir);
    }
    frontier_ = new_frontier();
    next_ = new_frontier();
    if (!opts_.checkpoint_dir.empty()) seq_ = next_checkpoint_seq(opts_.checkpoint_dir);
  }
  ~Distributed() override { freeze_stats(); }

  Progress progress() const override {
    Progress p;
    p.depth = g_depth_.load(std::memory_order_relaxed);
    p.generated = g_generated_.load(std::memory_order_relaxed);
    p.distinct = g_distinct_.load(std::memory_order_relaxed);
    p.queue = g_queue_.load(std::memory_order_relaxed);
    p.seconds = elapsed();
    return p;
  }

  void init_states() override {
    guarded([&] {
      if (opts_.resume) {
        restore(*opts_.resume);
        boundary(true);
        g_depth_ = start_level_;
        return;
      }
      enumerate_init();
      boundary(true);
      if (!winner_ && g_distinct_.load() > 0) g_depth_ = 1;
    });
  }

  void explore_all() override { guarded([&] { arena_.execute([&] { explore(); }); }); }

  CheckResult result() override {
    freeze_stats();
    r_.seconds = r_.safety_seconds = elapsed();
    r_.generated = g_generated_.load();
    r_.distinct = g_distinct_.load();
    r_.depth = g_depth_.load();
    r_.workers = ranks_;
    return r_;
  }

 private:
  /// Runs a phase holding collectives: a failure not turned into a finding (a message that
  /// does not decode, an error replaying the trace) on one rank would leave the others
  /// waiting in a collective, so it ends the whole job.
  template <class F>
  void guarded(F&& phase) {
    try {
      phase();
    } catch (const std::exception& e) {
      std::cerr << "cairn-mpi: error (rank " << rank_ << "): " << e.what() << "\n";
      MPI_Abort(MPI_COMM_WORLD, exit_code::other);
    }
  }

  void explore() {
    int level = start_level_;
    while (!winner_ && !interrupted_ && !memory_stop_ && g_queue_.load() > 0) {
      level_links_ = traces_.size();
      level_mine_ = mine_;
      if (checkpoint_due_) checkpoint(level);
      expand_level(level);
      boundary(false);
      if (g_new_ > 0) g_depth_ = level + 1;
      if (!winner_ && (interrupted_ || memory_stop_)) {
        // Stopped: the level is dropped by every rank, the checkpoint is of its start.
        next_.clear();
        if (!opts_.checkpoint_dir.empty()) checkpoint(level);
        break;
      }
      frontier_ = std::move(next_);
      next_ = new_frontier();
      frontier_first_ = level_links_;
      ++level;
    }
    frontier_.clear();
    next_.clear();
    finish();
  }

  const StateSpace& space_;
  const Model& m_;
  Options opts_;
  RunFigures* figures_;
  size_t n_;
  int rank_ = 0, ranks_ = 1;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();

  SeenSet seen_;
  TraceStore traces_;
  Frontier frontier_{n_}, next_{n_};  // the states this rank owns of this level, the next
  Frontier::View view_{};             // the block of frontier_ being expanded...
  size_t view_base_ = 0;              // ...and the frontier index of its first state
  size_t frontier_first_ = 0;         // the first id of frontier_'s states
  std::atomic<size_t> expanded_{0};   // states of the current frontier expanded
  int level_ = 1;                     // the frontier's level
  int start_level_ = 1;               // the first level explore() expands (> 1 resumed)

  // The memory limit and spilling (memory.hpp; this rank's --memory and --workdir).
  MemoryWatch memory_{opts_.memory_limit};
  uint64_t base_rss_ = resident_bytes();
  uint64_t queue_spilled_ = 0;
  bool memory_halted_ = false;  // this rank stopped at its limit (halt_why_ says why)
  bool memory_stop_ = false;    // some rank did (known at a boundary)
  std::string halt_why_;

  // Checkpoints: the state at the current level's start, the sequence number of the next.
  size_t level_links_ = 0;
  RankStats level_mine_;
  int64_t seq_ = 0;
  bool checkpoint_due_ = false;  // decided at the last boundary, from rank 0's clock
  std::chrono::steady_clock::time_point last_checkpoint_ = start_;

  std::vector<std::string> outbox_;  // per owner, the batch being filled
  std::vector<int64_t> batches_to_;  // batches sent to each rank this level
  std::deque<Pending> pending_;
  std::unique_ptr<std::atomic<uint64_t>[]> sent_cache_ =
      std::make_unique<std::atomic<uint64_t>[]>(kSentCache);  // 8 MiB: sent_before()
  int64_t batches_in_ = 0;           // batches received this level
  int stops_in_ = 0;                 // stop messages received (in the whole run)
  int stops_expected_ = 0;           // stop messages sent to this rank (known at boundaries)

  std::mutex found_mu_;
  std::optional<Finding> found_;  // this rank's first finding
  std::atomic<bool> halted_{false};
  bool stop_sent_ = false, interrupted_ = false, in_levels_ = false;
  int memory_rank_ = -1;          // the first rank that stopped at its memory limit
  std::vector<int64_t> ids_;      // merge_locals' buffer
  size_t cur_block_ = SIZE_MAX;   // the frontier's block being expanded (not to be spilled)
  int64_t arrived_ = 0, arrived_new_ = 0;  // states received, new ones among them
  std::optional<int> winner_;     // the rank whose finding is reported
  RankStats mine_;
  CheckResult r_;

  /// What a worker thread gathers while it expands a chunk of the frontier; merged by the
  /// main thread (the only one calling MPI) after the chunk.
  struct Local {
    std::vector<std::string> outbox;  // per owner
    std::vector<Value> states;        // new states this rank owns, flattened
    std::vector<TraceStore::Link> links;
    int64_t generated = 0, sent = 0;
  };
  tbb::enumerable_thread_specific<Local> locals_;
  tbb::task_arena arena_;

  // Global counters as of the last boundary (progress(), TLCGet, the result).
  std::atomic<int64_t> g_depth_{0}, g_generated_{0}, g_distinct_{0}, g_queue_{0};
  int64_t g_new_ = 0;
  bool frozen_ = false;

  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

  TlcStats stats_now() const {
    TlcStats st;
    st.generated = g_generated_.load();
    st.distinct = g_distinct_.load();
    st.queue = g_queue_.load();
    st.diameter = g_depth_.load();
    st.seconds = static_cast<int64_t>(elapsed());
    return st;
  }
  void freeze_stats() {
    if (frozen_) return;
    frozen_ = true;
    m_.session->run.stats = [final = stats_now()] { return final; };
  }

  // ---- findings ------------------------------------------------------------------------

  /// Keeps the first finding (any thread) and halts this rank.
  [[noreturn]] void record(Finding f) {
    {
      std::lock_guard lk(found_mu_);
      if (!found_) found_ = std::move(f);
    }
    halted_ = true;
    throw Stop{};
  }

  [[noreturn]] void fail(int64_t parent, Verdict v, const Value* last, int action) {
    Finding f;
    f.verdict = std::move(v);
    f.parent = parent;
    if (last) f.last.assign(last, last + n_);
    f.action = action;
    record(std::move(f));
  }

  /// Tells the other ranks to stop (main thread, during the levels) once this one found
  /// something or was interrupted.
  void send_stops() {
    if (!in_levels_ || stop_sent_ || !(found_ || interrupted_ || memory_halted_)) return;
    stop_sent_ = true;
    for (int r = 0; r < ranks_; ++r) {
      if (r == rank_) continue;
      Pending& p = pending_.emplace_back();
      MPI_Isend(nullptr, 0, MPI_BYTE, r, kStop, MPI_COMM_WORLD, &p.req);
    }
  }

  /// The INVARIANTs of a state reached from `parent` (-1: an initial state).
  void check_invariants(const Value* st, int level, int64_t parent, int action, int64_t order, bool stored = false) {
    size_t at = 0;
    int bad;
    try {
      bad = space_.violated_invariant(st, level, at);
    } catch (Error& e) {
      Finding f;
      f.verdict = Verdict::from_error(e, Stage::invariant, m_.invariants[at].name);
      f.parent = parent, f.last.assign(st, st + n_), f.action = action, f.order = order, f.queued = stored;
      record(std::move(f));
    }
    if (bad < 0) return;
    Finding f;
    f.verdict = Verdict::found(VerdictKind::invariant, m_.invariants[static_cast<size_t>(bad)].name, parent < 0);
    f.parent = parent, f.last.assign(st, st + n_), f.action = action, f.order = order, f.queued = stored;
    record(std::move(f));
  }

  // ---- memory and spilling (memory.hpp, frontier.hpp, seen_set.hpp) -------------------

  Frontier new_frontier() const {
    Frontier f(n_);
    if (!opts_.workdir.empty()) f.allow_spill(opts_.codec, opts_.workdir);
    return f;
  }

  /// This rank stops at its memory limit (or a spill failed): as at a finding, the
  /// other ranks are told, and the run ends with a memory-limit verdict saying `why`.
  void memory_halt(const std::string& why) {
    if (!memory_halted_) halt_why_ = "rank " + std::to_string(rank_) + ": " + why;
    memory_halted_ = true;
    halted_ = true;
  }

  /// Block b of the frontier into view_ (read back from the workdir if spilled).
  bool read_block(size_t b) {
    try {
      view_ = frontier_.block(b);
      return true;
    } catch (const Error& e) {
      memory_halt(std::string("the queue spilled to ") + opts_.workdir + " could not be read back: " + e.what());
      return false;
    }
  }

  /// Runs a spill; a failure (the workdir cannot be written) stops the rank.
  template <class F>
  bool spilled(const char* what, F&& spill) {
    try {
      spill();
      return true;
    } catch (const Error& e) {
      memory_halt(std::string("the ") + what + " cannot be spilled: " + e.what());
      return false;
    }
  }
  /// The queue (next_, and frontier_ but its block `keep`, being expanded).
  bool spill_queue(size_t keep) {
    uint64_t before = next_.spilled_bytes() + frontier_.spilled_bytes();
    bool ok = spilled("queue", [&] {
      next_.spill();
      frontier_.spill(keep);
    });
    queue_spilled_ += next_.spilled_bytes() + frontier_.spilled_bytes() - before;
    return ok;
  }
  bool spill_seen() {
    return spilled("seen set", [&] { seen_.spill(); }) &&
           spilled("parent links", [&] { traces_.spill(frontier_first_); });
  }

  /// Between two chunks (main thread, no worker running): when `expect` more states (a
  /// larger seen set) would pass this rank's --memory, its queue, seen set and links go
  /// to its workdir, as in cairn check's BFS; when that cannot help, the rank stops.
  void watch_memory(size_t expect, size_t keep) {
    if (!memory_.on() || memory_halted_) return;
    uint64_t extra = seen_.reserve_bytes(expect);
    if (!memory_.would_exceed(extra)) return;
    if (next_.can_spill()) {
      if (!spill_queue(keep)) return;
      if (extra > 0 && !spill_seen()) return;
      if (extra == 0 && !spilled("parent links", [&] { traces_.spill(frontier_first_); })) return;
      release_free_memory();
      extra = seen_.reserve_bytes(expect);
      if (base_rss_ + seen_.bytes() + traces_.bytes() + extra > memory_.limit()) {
        if (!spilled("parent links", [&] { traces_.spill(); })) return;  // the frontier's own links too
        release_free_memory();
      }
      if (base_rss_ + seen_.bytes() + traces_.bytes() + extra <= memory_.limit() &&
          memory_.rss(true) + extra <= memory_.limit())
        return;
    }
    memory_halt("the memory in use (" + memory_size_text(memory_.rss()) + ") would pass --memory " +
                memory_size_text(memory_.limit()) + " (per rank); the seen set takes " +
                memory_size_text(seen_.bytes()) + ", the parent links " + memory_size_text(traces_.bytes()) +
                (next_.can_spill() ? ", the queue is on disk" : ", the queue is in memory (--workdir DIR spills it)"));
  }

  /// --spill-seen-at N (tests): the seen set, the links and the queue to disk whenever
  /// the table holds N states.
  void forced_spill(size_t keep) {
    if (!opts_.spill_seen_at || memory_halted_ || seen_.memory_size() < opts_.spill_seen_at) return;
    if (spill_seen()) spill_queue(keep);
  }

  // ---- checkpoints (rank_checkpoint.hpp) -------------------------------------------------

  bool checkpoint_due() const {
    return !opts_.checkpoint_dir.empty() &&
           std::chrono::duration<double>(std::chrono::steady_clock::now() - last_checkpoint_).count() >=
               opts_.checkpoint_every;
  }

  /// Every rank writes its partition as it was when `level` began, then rank 0 commits
  /// them (all ranks call it; it holds collectives). A failure is reported and the search
  /// goes on, the last committed checkpoint standing.
  void checkpoint(int level) {
    const std::string& dir = opts_.checkpoint_dir;
    CheckpointSource cp;
    cp.run_hash = opts_.run_hash;
    cp.level = level;
    cp.generated = level_mine_.generated;
    cp.seconds = elapsed();
    cp.interned = m_.session->run.strings.names();
    read_search_into(cp, traces_, level_links_, frontier_, *opts_.codec);
    std::string mine = rank_checkpoint_dir(dir, rank_, seq_);
    int ok = 1;
    try {
      write_checkpoint(mine, cp);
    } catch (const Error& e) {
      std::cerr << "cairn-mpi: error (rank " << rank_ << "): " << e.what() << "\n";
      ok = 0;
    } catch (std::bad_alloc&) {
      std::cerr << "cairn-mpi: error (rank " << rank_ << "): checkpoint: out of memory while writing it\n";
      ok = 0;
    }
    MPI_Allreduce(MPI_IN_PLACE, &ok, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);  // every part synced
    RankCounters c{level_mine_.generated, level_mine_.states_sent, level_mine_.messages, level_mine_.bytes};
    std::vector<RankCounters> all(static_cast<size_t>(ranks_));
    MPI_Gather(&c, sizeof c, MPI_BYTE, all.data(), sizeof c, MPI_BYTE, 0, MPI_COMM_WORLD);
    int64_t counts[2] = {static_cast<int64_t>(level_links_), static_cast<int64_t>(frontier_.size())};
    MPI_Allreduce(MPI_IN_PLACE, counts, 2, MPI_INT64_T, MPI_SUM, MPI_COMM_WORLD);
    if (ok && rank_ == 0) {
      GlobalManifest g;
      g.run_hash = opts_.run_hash;
      g.ranks = ranks_;
      g.level = level;
      g.seq = seq_;
      for (const RankCounters& x : all) g.generated += x.generated;
      g.distinct = counts[0];
      g.queue = counts[1];
      g.per_rank = std::move(all);
      try {
        write_global_manifest(dir, g);
      } catch (const Error& e) {
        std::cerr << "cairn-mpi: error (rank 0): " << e.what() << "\n";
        ok = 0;
      }
    }
    MPI_Bcast(&ok, 1, MPI_INT, 0, MPI_COMM_WORLD);
    if (ok) {
      remove_other_checkpoints(dir, rank_, ranks_, seq_);
    } else {
      std::error_code ec;
      std::filesystem::remove_all(mine, ec);  // never committed
    }
    ++seq_;
    last_checkpoint_ = std::chrono::steady_clock::now();
  }

  /// Continues from this rank's part of a checkpoint: its links are the stored states
  /// (their fingerprints the seen set), its frontier the level to expand; past --memory
  /// (or --spill-seen-at) they spill as they are read, as in cairn check.
  void restore(const Checkpoint& cp) {
    const size_t n = static_cast<size_t>(cp.links);
    // First: the links spilled while reading keep the frontier's in memory.
    frontier_first_ = cp.first_frontier_id < 0 ? n : static_cast<size_t>(cp.first_frontier_id);
    seen_.reserve(seen_.can_spill() ? std::min<size_t>(n, Frontier::kBlock) : n);
    cp.each_link([&](const TraceStore::Link& l) {
      traces_.add(l);
      seen_.insert(l.fp);
      if (memory_halted_) return;
      forced_spill(SIZE_MAX);
      if (seen_.memory_size() * 4 < seen_.capacity() * 3) return;
      if (memory_.on() && seen_.can_spill() && memory_.would_exceed(seen_.reserve_bytes(Frontier::kBlock))) {
        spill_seen();
        release_free_memory();
      } else {
        seen_.reserve(Frontier::kBlock);
      }
    });
    cp.each_state([&](int64_t id, std::string_view bytes) {
      std::vector<Value> st = opts_.codec->decode(bytes);
      frontier_.append(st.data(), &id, 1);
      if (frontier_.size() % Frontier::kBlock == 0) watch_memory(0, SIZE_MAX);
    });
    mine_.generated = cp.generated;
    if (opts_.resume_manifest) {
      const GlobalManifest& g = *opts_.resume_manifest;
      if (static_cast<size_t>(rank_) < g.per_rank.size()) {
        const RankCounters& c = g.per_rank[static_cast<size_t>(rank_)];
        mine_.states_sent = c.states_sent, mine_.messages = c.messages, mine_.bytes = c.bytes;
      }
      seq_ = g.seq + 1;
    }
    start_level_ = static_cast<int>(cp.level);
    start_ -= std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(cp.seconds));
    last_checkpoint_ = std::chrono::steady_clock::now();
  }

  // ---- initial states ------------------------------------------------------------------

  /// Every rank enumerates Init in TLC's order and keeps the states it owns, so the
  /// first finding in that order is found (by its owner, or by every rank) whatever P.
  void enumerate_init() {
    Ctx base;
    base.worker = m_.worker();
    base.worker->begin_init();
    int64_t seq = 0;
    try {
      space_.initial_states(base, [&](const Value* st) {
        ++seq;
        if (rank_ == 0) ++mine_.generated;
        for (size_t i = 0; i < n_; ++i)
          if (!st[i].defined()) {
            Finding f;
            f.verdict = Verdict::found(VerdictKind::incomplete_initial);
            f.verdict.loc = m_.init->loc;
            f.verdict.detail = m_.spec->var_names[i];
            f.order = seq;
            record(std::move(f));
          }
        bool keep = space_.in_model(st, nullptr, 1);
        uint64_t fp = space_.key(st, 1);
        if (owner(fp) != rank_ || seen_.contains(fp)) return;
        if (keep) {
          // The memory limit, as in the levels: Init's states, seen set and links spill
          // (or this rank stops) every 1024 states.
          if (frontier_.size() % 1024 == 0) {
            watch_memory(1024, SIZE_MAX);
            forced_spill(SIZE_MAX);
            if (memory_halted_) {
              halt_why_ += " (computing the initial states)";
              throw Stop{};
            }
          }
          seen_.reserve(1024);
          seen_.insert(fp);
          frontier_.push(st, traces_.add(TraceStore::Link{fp, -1, -1}));
        }
        check_invariants(st, 1, -1, -1, seq);
      });
    } catch (Stop&) {
    } catch (Error& e) {
      Finding f;
      f.verdict = Verdict::from_error(e, Stage::init);
      f.order = seq;
      if (!found_) found_ = std::move(f);
    }
  }

  int owner(uint64_t key) const { return static_cast<int>(key % static_cast<uint64_t>(ranks_)); }

  // ---- one level -----------------------------------------------------------------------

  void expand_level(int level) {
    in_levels_ = true;
    level_ = level;
    batches_in_ = 0;
    expanded_ = 0;
    std::fill(batches_to_.begin(), batches_to_.end(), 0);
    // In chunks: between two, the main thread merges the workers' results, sends the full
    // batches and takes what arrived; the seen set grows there (no worker inserting).
    // Spilling too (watch_memory, forced_spill) happens between chunks; the frontier is
    // read a block at a time (a spilled block from the workdir).
    size_t chunk = opts_.workers <= 1 ? 256 : size_t{1024} * static_cast<size_t>(opts_.workers);
    if (opts_.spill_seen_at) chunk = std::min<size_t>(chunk, std::max<uint64_t>(64, opts_.spill_seen_at));
    double growth = 2.0;  // new states this rank keeps per expanded state, measured
    size_t base = 0;
    for (size_t b = 0; b < frontier_.block_count() && !halted_; ++b) {
      if (!read_block(b)) break;
      cur_block_ = b;
      view_base_ = base;
      const size_t end = base + view_.count;
      for (size_t lo = base; lo < end && !halted_; lo += chunk) {
        size_t hi = std::min(end, lo + chunk);
        size_t expect = static_cast<size_t>(static_cast<double>(hi - lo) * growth) + 256;
        watch_memory(expect, b);
        forced_spill(b);
        if (halted_) break;
        size_t before = seen_.size();
        seen_.reserve(expect);
        if (opts_.workers <= 1) {
          for (size_t i = lo; i < hi && !halted_; ++i) expand_one(i, level, locals_.local());
        } else {
          tbb::parallel_for(tbb::blocked_range<size_t>(lo, hi, 16), [&](const tbb::blocked_range<size_t>& r) {
            Local& loc = locals_.local();
            for (size_t i = r.begin(); i != r.end() && !halted_; ++i) expand_one(i, level, loc);
          });
        }
        growth = std::max(0.5, 1.5 * static_cast<double>(seen_.size() - before) / static_cast<double>(hi - lo));
        merge_locals();
        poll();
      }
      base = end;
    }
    cur_block_ = SIZE_MAX;
    send_stops();  // a memory stop before any chunk
    auto waited = std::chrono::steady_clock::now();
    for (int r = 0; r < ranks_; ++r)
      if (!outbox_[static_cast<size_t>(r)].empty()) send(r);
    // How many batches each rank sent to this one; receive them all.
    std::vector<int64_t> expect(static_cast<size_t>(ranks_));
    MPI_Alltoall(batches_to_.data(), 1, MPI_INT64_T, expect.data(), 1, MPI_INT64_T, MPI_COMM_WORLD);
    int64_t total = 0;
    for (int64_t e : expect) total += e;
    while (batches_in_ < total) {
      MPI_Status st;
      MPI_Probe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &st);
      take(st);
      forced_spill(SIZE_MAX);
    }
    send_stops();  // a finding among the last arrivals
    for (Pending& p : pending_) MPI_Wait(&p.req, MPI_STATUS_IGNORE);
    pending_.clear();
    mine_.wait_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - waited).count();
  }

  void expand_one(size_t index, int level, Local& loc) {
    try {
      expand(index, level, loc);
    } catch (Stop&) {
    }
    expanded_.fetch_add(1, std::memory_order_relaxed);
  }

  void expand(size_t index, int level, Local& loc) {
    int64_t id = view_.ids[index - view_base_];
    const Value* cur = &view_.states[(index - view_base_) * n_];
    int64_t parent = ref_of(rank_, id);
    int64_t before = loc.generated;
    Worker* w = m_.worker();
    w->begin_state(traces_[id].fp);
    for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
      Ctx c;
      c.level = level;
      c.worker = w;
      try {
        space_.successors(ai, cur, c, [&](const Value* nx) {
          ++loc.generated;
          successor(cur, parent, nx, static_cast<int>(ai), level + 1, loc);
        });
      } catch (Error& e) {
        fail(parent, Verdict::from_error(e, Stage::next), nullptr, -1);  // Assert in Next: 14
      }
    }
    if (m_.check_deadlock && loc.generated == before)
      fail(parent, Verdict::found(VerdictKind::deadlock), nullptr, -1);
  }

  /// The checks the BFS makes on every successor, then to its owner.
  void successor(const Value* cur, int64_t parent, const Value* nx, int action, int nlevel, Local& loc) {
    const Action& a = m_.actions[static_cast<size_t>(action)];
    for (size_t i = 0; i < n_; ++i)
      if (!nx[i].defined()) {
        Verdict v = Verdict::found(VerdictKind::incomplete_successor, a.name);
        v.loc = a.loc;
        v.detail = m_.spec->var_names[i];
        fail(parent, std::move(v), nx, action);
      }
    bool keep = false;
    try {
      keep = space_.in_model(cur, nx, nlevel);
    } catch (Error& e) {
      fail(parent, Verdict::from_error(e, Stage::constraint), nx, action);
    }
    size_t at = 0;
    int bad = -1;
    try {
      bad = space_.violated_action_property(cur, nx, nlevel, at);
    } catch (Error& e) {
      fail(parent, Verdict::from_error(e, Stage::action_property, m_.action_properties[at].name), nx, action);
    }
    if (bad >= 0)
      fail(parent, Verdict::found(VerdictKind::action_property, m_.action_properties[static_cast<size_t>(bad)].name),
           nx, action);
    if (!keep) return check_invariants(nx, nlevel, parent, action, 0);
    uint64_t fp = space_.key(nx, nlevel);
    int to = owner(fp);
    if (to == rank_) return accept(fp, parent, action, nx, nlevel, &loc);
    if (sent_before(fp)) return;
    if (loc.outbox.size() != outbox_.size()) loc.outbox.resize(outbox_.size());
    WireWriter w(loc.outbox[static_cast<size_t>(to)]);
    w.put<uint64_t>(fp);
    w.put<int64_t>(parent);
    w.put<int32_t>(action);
    w.put_bytes(opts_.codec->encode(nx, n_));
    ++loc.sent;
  }

  /// The workers' new states and links into this rank's next level, their successors
  /// for other owners into the batches (main thread, between chunks).
  void merge_locals() {
    for (Local& loc : locals_) {
      ids_.clear();
      for (const TraceStore::Link& l : loc.links) ids_.push_back(traces_.add(l));
      next_.append(loc.states.data(), ids_.data(), ids_.size());
      loc.links.clear();
      loc.states.clear();
      mine_.generated += loc.generated;
      mine_.states_sent += loc.sent;
      loc.generated = loc.sent = 0;
      for (size_t to = 0; to < loc.outbox.size(); ++to) {
        if (loc.outbox[to].empty()) continue;
        outbox_[to] += loc.outbox[to];
        loc.outbox[to].clear();
        if (outbox_[to].size() >= opts_.batch_bytes) send(static_cast<int>(to));
      }
    }
  }

  /// A successor this rank owns: new ones are stored, queued and checked. `loc`: found
  /// by a worker (stored in its Local), else arrived (the main thread, no worker running).
  void accept(uint64_t fp, int64_t parent, int action, const Value* st, int level, Local* loc) {
    if (!seen_.insert(fp)) return;
    if (loc) {
      loc->links.push_back(TraceStore::Link{fp, parent, action});
      loc->states.insert(loc->states.end(), st, st + n_);
    } else {
      next_.push(st, traces_.add(TraceStore::Link{fp, parent, action}));
    }
    check_invariants(st, level, parent, action, 0, true);
  }

  // ---- messages ------------------------------------------------------------------------

  /// Whether `fp` was sent to its owner before (then it has it, or gets it in this level,
  /// where any parent will do): a direct-mapped cache of the keys sent, as LTSmin's, since
  /// most successors are found several times (5 times per distinct state on average over
  /// the corpus) and a send costs an encoding, bytes and a decoding.
  bool sent_before(uint64_t fp) {
    uint64_t h = (fp ^ (fp >> 29)) * 0xbf58476d1ce4e5b9ULL;
    std::atomic<uint64_t>& slot = sent_cache_[static_cast<size_t>(h >> 44)];
    if (slot.load(std::memory_order_relaxed) == fp) return true;
    slot.store(fp, std::memory_order_relaxed);
    return false;
  }

  void send(int to) {
    Pending& p = pending_.emplace_back();
    p.buf.swap(outbox_[static_cast<size_t>(to)]);
    ++batches_to_[static_cast<size_t>(to)];
    ++mine_.messages;
    mine_.bytes += static_cast<int64_t>(p.buf.size());
    MPI_Isend(p.buf.data(), static_cast<int>(p.buf.size()), MPI_BYTE, to, kStates, MPI_COMM_WORLD, &p.req);
  }

  /// Takes what has arrived, frees finished sends, looks at the interrupt flag.
  void poll() {
    for (;;) {
      int flag = 0;
      MPI_Status st;
      MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &flag, &st);
      if (!flag) break;
      take(st);
    }
    while (!pending_.empty()) {
      int done = 0;
      MPI_Test(&pending_.front().req, &done, MPI_STATUS_IGNORE);
      if (!done) break;
      pending_.pop_front();
    }
    if (opts_.stop && opts_.stop->load(std::memory_order_relaxed) && !interrupted_) {
      interrupted_ = true;
      halted_ = true;
    }
    send_stops();
  }

  /// Receives the message `st` announced.
  void take(const MPI_Status& st) {
    int size = 0;
    MPI_Get_count(&st, MPI_BYTE, &size);
    std::string buf(static_cast<size_t>(size), '\0');
    MPI_Recv(buf.data(), size, MPI_BYTE, st.MPI_SOURCE, st.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (st.MPI_TAG == kStop) {
      ++stops_in_;
      halted_ = true;
      return;
    }
    ++batches_in_;
    int level = level_ + 1;  // the successors of this level's states
    // Room in the seen set for the batch's new states (its records, at the share of new
    // ones seen so far), or, past --memory, the seen set and the queue to disk instead.
    size_t records = 0;
    for (WireReader c(buf); !c.done(); ++records) {
      c.get<uint64_t>(), c.get<int64_t>(), c.get<int32_t>();
      c.get_bytes();
    }
    double share = arrived_ ? std::min(1.0, 1.5 * static_cast<double>(arrived_new_) / static_cast<double>(arrived_)) : 1.0;
    size_t expect = static_cast<size_t>(static_cast<double>(records) * share) + 64;
    watch_memory(expect, cur_block_);
    seen_.reserve(expect);
    size_t before = seen_.size();
    WireReader r(buf);
    while (!r.done()) {
      uint64_t fp = r.get<uint64_t>();
      int64_t parent = r.get<int64_t>();
      int action = r.get<int32_t>();
      std::string_view bytes = r.get_bytes();
      if (seen_.contains(fp)) continue;  // before decoding: most arrivals are known
      std::vector<Value> s = opts_.codec->decode(bytes);
      try {
        accept(fp, parent, action, s.data(), level, nullptr);
      } catch (Stop&) {
      }
    }
    arrived_ += static_cast<int64_t>(records);
    arrived_new_ += static_cast<int64_t>(seen_.size() - before);
  }

  // ---- boundaries ----------------------------------------------------------------------

  /// Every rank's figures to every rank; the decisions all ranks take from them.
  void boundary(bool initial) {
    Boundary b;
    b.new_states = static_cast<int64_t>(initial ? frontier_.size() : next_.size());
    b.generated = mine_.generated;
    b.owned = static_cast<int64_t>(traces_.size());
    b.left = static_cast<int64_t>(initial ? frontier_.size()
                                          : frontier_.size() - std::min(expanded_.load(), frontier_.size()) +
                                                next_.size()) -
             (found_ && found_->queued ? 1 : 0);
    b.memory_halt = memory_halted_ ? 1 : 0;
    b.checkpoint_due = checkpoint_due() ? 1 : 0;
    b.finding = found_ ? 1 : 0;
    b.order = found_ ? found_->order : 0;
    b.stop_sent = stop_sent_ ? 1 : 0;
    b.interrupted = interrupted_ || (opts_.stop && opts_.stop->load()) ? 1 : 0;
    std::vector<Boundary> all(static_cast<size_t>(ranks_));
    MPI_Allgather(&b, sizeof(Boundary), MPI_BYTE, all.data(), sizeof(Boundary), MPI_BYTE, MPI_COMM_WORLD);
    int64_t gen = 0, owned = 0, left = 0, fresh = 0;
    int stops = 0;
    bool interrupted = false;
    for (int r = 0; r < ranks_; ++r) {
      const Boundary& x = all[static_cast<size_t>(r)];
      gen += x.generated, owned += x.owned, left += x.left, fresh += x.new_states;
      if (x.stop_sent && r != rank_) ++stops;
      interrupted = interrupted || x.interrupted;
      if (x.memory_halt && !memory_stop_) memory_stop_ = true, memory_rank_ = r;
      if (x.finding && (!winner_ || x.order < all[static_cast<size_t>(*winner_)].order)) winner_ = r;
    }
    // The stop messages still on their way to this rank.
    stops_expected_ = stops;
    while (stops_in_ < stops_expected_) {
      MPI_Recv(nullptr, 0, MPI_BYTE, MPI_ANY_SOURCE, kStop, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      ++stops_in_;
    }
    g_generated_ = gen;
    g_distinct_ = owned;
    g_queue_ = left;
    g_new_ = fresh;
    if (interrupted && !winner_) interrupted_ = true;
    checkpoint_due_ = all[0].checkpoint_due != 0;
    r_.left = left;
  }

  // ---- the end -------------------------------------------------------------------------

  void finish() {
    if (interrupted_ && !winner_) {
      int sig = opts_.stop ? opts_.stop->load() : 0;
      MPI_Allreduce(MPI_IN_PLACE, &sig, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
      r_.verdict = Verdict::interrupted_by(sig);
    }
    if (memory_stop_ && !winner_) {  // as cairn check: before an interrupt
      std::string why = rank_ == memory_rank_ ? halt_why_ : std::string();
      broadcast(why, memory_rank_);
      r_.verdict = Verdict::memory_limit_reached(why);
    }
    if (winner_) report_finding();
    gather_figures();
  }

  /// The winner's finding to every rank; its trace walked back and replayed on rank 0.
  void report_finding() {
    std::string msg;
    if (rank_ == *winner_) {
      WireWriter w(msg);
      write_verdict(w, found_->verdict);
      w.put<int64_t>(found_->parent);
      w.put<int32_t>(found_->action);
      w.put_bytes(found_->last.empty() ? std::string() : opts_.codec->encode(found_->last.data(), n_));
    }
    broadcast(msg, *winner_);
    WireReader rd(msg);
    r_.verdict = read_verdict(rd, m_.session->sources);
    int64_t parent = rd.get<int64_t>();
    int action = rd.get<int32_t>();
    std::string_view last = rd.get_bytes();
    // The links from the parent back to an initial state, each broadcast by its owner.
    std::vector<TraceStore::Link> chain;
    for (int64_t at = parent; at >= 0;) {
      int64_t link[3] = {0, 0, 0};
      if (rank_of(at) == rank_) {
        const TraceStore::Link& l = traces_[id_of(at)];
        link[0] = static_cast<int64_t>(l.fp), link[1] = l.parent, link[2] = l.action;
      }
      MPI_Bcast(link, 3, MPI_INT64_T, rank_of(at), MPI_COMM_WORLD);
      chain.push_back(TraceStore::Link{static_cast<uint64_t>(link[0]), link[1], static_cast<int32_t>(link[2])});
      at = link[1];
    }
    if (rank_ != 0) return;
    std::reverse(chain.begin(), chain.end());
    TraceStore path;
    for (size_t k = 0; k < chain.size(); ++k)
      path.add(TraceStore::Link{chain[k].fp, static_cast<int64_t>(k) - 1, chain[k].action});
    if (!chain.empty()) r_.trace = path.replay(space_, static_cast<int64_t>(chain.size()) - 1);
    if (!last.empty()) {
      TraceStep s;
      s.state = opts_.codec->decode(last);
      if (action >= 0) {
        s.action = m_.actions[static_cast<size_t>(action)].name;
        s.loc = m_.actions[static_cast<size_t>(action)].loc;
      }
      r_.trace.push_back(std::move(s));
    }
  }

  /// Bytes from `root` to every rank.
  static void broadcast(std::string& msg, int root) {
    int64_t size = static_cast<int64_t>(msg.size());
    MPI_Bcast(&size, 1, MPI_INT64_T, root, MPI_COMM_WORLD);
    msg.resize(static_cast<size_t>(size));
    MPI_Bcast(msg.data(), static_cast<int>(size), MPI_BYTE, root, MPI_COMM_WORLD);
  }

  void gather_figures() {
    mine_.owned = static_cast<int64_t>(traces_.size());
    mine_.seen_bytes = static_cast<int64_t>(seen_.bytes());
    mine_.link_bytes = static_cast<int64_t>(traces_.bytes());
    mine_.seen_disk_bytes = static_cast<int64_t>(seen_.disk_bytes());
    mine_.link_disk_bytes = static_cast<int64_t>(traces_.disk_bytes());
    mine_.queue_spilled_bytes = static_cast<int64_t>(queue_spilled_);
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    mine_.cpu_seconds = static_cast<double>(cpu.tv_sec) + static_cast<double>(cpu.tv_nsec) * 1e-9;
    std::vector<RankStats> all(static_cast<size_t>(ranks_));
    MPI_Gather(&mine_, sizeof(RankStats), MPI_BYTE, all.data(), sizeof(RankStats), MPI_BYTE, 0, MPI_COMM_WORLD);
    if (rank_ != 0) return;
    for (const RankStats& s : all) {
      r_.seen_bytes += s.seen_bytes, r_.link_bytes += s.link_bytes;
      r_.seen_disk_bytes += s.seen_disk_bytes, r_.link_disk_bytes += s.link_disk_bytes;
      r_.spilled_bytes += s.queue_spilled_bytes;
    }
    if (figures_) {
      figures_->ranks = ranks_;
      figures_->batch_bytes = opts_.batch_bytes;
      figures_->workers = opts_.workers;
      figures_->per_rank = std::move(all);
    }
  }
};

}  // namespace

std::unique_ptr<Search> make_search(const StateSpace& space, const Options& opts, RunFigures* figures) {
  return std::make_unique<Distributed>(space, opts, figures);
}

}  // namespace cairn::distributed
