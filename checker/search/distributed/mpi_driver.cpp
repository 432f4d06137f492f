#include "checker/search/distributed/mpi_driver.hpp"

#include <mpi.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

#include "checker/driver/interrupt.hpp"
#include "checker/report/events.hpp"
#include "checker/report/report.hpp"
#include "checker/search/distributed/mpi_search.hpp"
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
std::string unsupported(const Model& m, const RunOptions& o) {
  if (!m.properties.empty() && !m.assumptions_only)
    return "the distributed search checks safety only, and this model has temporal PROPERTYs; "
           "check them with `cairn check` (README \"Distributed search\")";
  if (!o.checkpoint_dir.empty() || !o.resume_dir.empty()) return "checkpoints are not supported by cairn-mpi yet";
  return "";
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
    if (std::string why = unsupported(*m, o); !why.empty()) {
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
