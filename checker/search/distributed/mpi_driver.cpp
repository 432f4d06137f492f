#include "checker/search/distributed/mpi_driver.hpp"

#include <mpi.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "checker/driver/interrupt.hpp"
#include "checker/report/events.hpp"
#include "checker/report/report.hpp"
#include "checker/search/checkpoint.hpp"
#include "checker/search/distributed/mpi_search.hpp"
#include "checker/search/distributed/rank_checkpoint.hpp"
#include "checker/search/memory.hpp"
#include "checker/value/codec.hpp"

namespace cairn::distributed {

namespace {

/// The JSON report (--report-json) with the per-rank figures added as `distributed`.
class RankReport : public EventSink {
 public:
  RankReport(std::string path, const RunFigures& f) : path_(std::move(path)), f_(f) {}
  bool ok() const override { return ok_; }
  void end(const CheckResult& r) override {
    nlohmann::json j = nlohmann::json::parse(report_json(r));
    nlohmann::json ranks = nlohmann::json::array();
    for (size_t i = 0; i < f_.per_rank.size(); ++i) {
      const RankStats& s = f_.per_rank[i];
      ranks.push_back({{"rank", i}, {"states_owned", s.owned}, {"generated", s.generated},
                       {"states_sent", s.states_sent}, {"messages_sent", s.messages}, {"bytes_sent", s.bytes},
                       {"seen_set_bytes", s.seen_bytes}, {"trace_link_bytes", s.link_bytes},
                       {"seen_set_disk_bytes", s.seen_disk_bytes}, {"trace_link_disk_bytes", s.link_disk_bytes},
                       {"queue_spilled_bytes", s.queue_spilled_bytes},
                       {"cpu_seconds", s.cpu_seconds}, {"wait_seconds", s.wait_seconds}});
    }
    j["distributed"] = {{"ranks", f_.ranks}, {"workers_per_rank", f_.workers}, {"batch_bytes", f_.batch_bytes},
                        {"per_rank", ranks}};
    write(j.dump(2) + "\n");
  }
  void load_error(const Error& e, const SourceManager&) override { write(error_json(e)); }

 private:
  void write(const std::string& text) {
    std::ofstream out(path_, std::ios::binary);
    if (!(out << text)) {
      std::cerr << "cairn: error: cannot write " << path_ << "\n";
      ok_ = false;
    }
  }
  std::string path_;
  const RunFigures& f_;
  bool ok_ = true;
};

/// What the distributed search does not do: said before any state is explored.
std::string unsupported(const Model& m) {
  if (!m.properties.empty() && !m.assumptions_only)
    return "the distributed search checks safety only, and this model has temporal PROPERTYs; "
           "check them with `cairn check` (README \"Distributed search\")";
  return "";
}

/// The ranks of this job on this machine (they share its memory).
int ranks_on_this_node() {
  MPI_Comm node;
  MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &node);
  int n = 1;
  MPI_Comm_size(node, &n);
  MPI_Comm_free(&node);
  return std::max(1, n);
}

/// This rank's part of the checkpoint in `dir` (all ranks call it: a collective). Every
/// rank checks the MANIFEST (rank 0 says why it is refused) and reads its own part; if
/// any rank cannot, all refuse, before any state is explored: rank 0 throws the Error
/// (153) that its sinks report, the others return false.
bool read_resume(const std::string& dir, uint64_t hash, int rank, int ranks, Model& m, GlobalManifest& g,
                 std::optional<Checkpoint>& cp) {
  std::optional<Error> global, own;
  try {
    g = read_global_manifest(dir, hash, ranks);
  } catch (const Error& e) {
    global = e;
  }
  if (!global) {
    try {
      cp = read_checkpoint(rank_checkpoint_dir(dir, rank, g.seq), hash);
      if (cp->level != g.level) throw Error(Loc{}, "checkpoint: the part of rank " + std::to_string(rank) +
                                                       " is of another level than the MANIFEST's", exit_code::system);
      restore_interned(cp->interned, m.session->run.strings);
    } catch (const Error& e) {
      own = e;
      if (rank != 0) std::cerr << "cairn-mpi: error (rank " << rank << "): " << e.what() << "\n";
    }
  }
  int first_bad = global || own ? rank : ranks;
  MPI_Allreduce(MPI_IN_PLACE, &first_bad, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
  if (first_bad == ranks) return true;
  if (rank != 0) return false;
  if (global) throw *global;
  if (own) throw *own;
  throw Error(Loc{}, "checkpoint: the part of rank " + std::to_string(first_bad) + " in " + dir +
                         " cannot be resumed (its message above)", exit_code::system);
}

int run_on_rank(const RunOptions& o, size_t batch_bytes, int rank, int ranks) {
  RunFigures figures;
  auto session = std::make_shared<Session>();  // outlives a load error (and the sinks), which point into its files
  FanOut sinks;  // rank 0's; the other ranks publish nothing
  if (rank == 0) {
    sinks.add(text_printer(std::cout, std::cerr, TextOptions{o.quiet, false}));
    if (!o.report_path.empty()) sinks.add(std::make_unique<RankReport>(o.report_path, figures));
    if (!o.trace_path.empty()) sinks.add(itf_trace(o.trace_path));
  }
  try {
    std::unique_ptr<Model> m = load_model(o.model, session);
    sinks.start(*m, RunStart{o.model.spec_path, m->cfg_path, ranks * std::max(1, o.workers),
                             "checking (distributed over " + std::to_string(ranks) + " ranks)"});
    if (std::string why = unsupported(*m); !why.empty()) {
      if (rank == 0) std::cerr << "cairn-mpi: error: " << why << "\n";
      return exit_code::other;
    }
    m->session->run.configure({m->check_deadlock, std::max(1, o.workers), o.seed});
    StateCodec codec = StateCodec::for_model(*m);
    install_interrupt_handlers();
    Options so;
    so.batch_bytes = batch_bytes;
    so.workers = std::max(1, o.workers);
    so.codec = &codec;
    so.stop = &interrupt_signal();
    // --memory is per rank; by default cairn check's share for each rank on this machine.
    int local = ranks_on_this_node();
    so.memory_limit = o.memory.empty() ? default_memory_limit() / static_cast<uint64_t>(local)
                                       : parse_memory_size(o.memory);
    if (so.memory_limit == 0)
      throw Error(Loc{}, "--memory: not a size (e.g. 2G, 512M, 100000000): " + o.memory, exit_code::other);
    if (o.spill_seen_at && o.workdir.empty())
      throw Error(Loc{}, "--spill-seen-at needs --workdir DIR (the folder the seen set spills to)", exit_code::other);
    if (!o.workdir.empty()) so.workdir = (std::filesystem::path(o.workdir) / ("rank-" + std::to_string(rank))).string();
    so.spill_seen_at = o.spill_seen_at;
    so.checkpoint_dir = o.checkpoint_dir.empty() ? o.resume_dir : o.checkpoint_dir;
    so.checkpoint_every = o.checkpoint_every_minutes * 60;
    so.run_hash = checkpoint_run_hash(*m, o, codec);
    GlobalManifest manifest;
    std::optional<Checkpoint> resumed;
    if (!o.resume_dir.empty()) {
      if (!read_resume(o.resume_dir, so.run_hash, rank, ranks, *m, manifest, resumed)) return exit_code::system;
      so.resume = &*resumed;
      so.resume_manifest = &manifest;
    }
    CheckResult r = run_search(*m, [&](const StateSpace& space) { return make_search(space, so, &figures); },
                               rank == 0 ? &sinks : nullptr, o.quiet, true);
    if (rank != 0) return r.exit_code();
    return finish_run(sinks, *m, r);
  } catch (const Error& e) {
    sinks.load_error(e, session->sources);
    return exit_code::status_of(e.code());
  }
}

}  // namespace

int run_check(const RunOptions& o, size_t batch_bytes) {
  int rank = 0, ranks = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  int code = run_on_rank(o, batch_bytes, rank, ranks);
  MPI_Bcast(&code, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return code;
}

}  // namespace cairn::distributed
