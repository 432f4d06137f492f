// cairn-mpi: `cairn check` distributed over the ranks of an MPI job (README "Distributed
// search"), e.g. `mpirun -np 4 cairn-mpi check Spec.tla`. Built only when CMake finds MPI.
//
// A rank that dies (killed, out of memory) ends the job: Open MPI's mpirun sees the lost
// process and kills the others, and MPI's default error handler (MPI_ERRORS_ARE_FATAL)
// aborts the job on any failed communication, so no rank waits forever. An exception that
// escapes here aborts the whole job too (MPI_Abort), never one rank alone.
#include <mpi.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "checker/search/distributed/mpi_driver.hpp"

using namespace cairn;

int main(int argc, char** argv) {
  int provided = 0;
  // Only the main thread calls MPI (the progress ticker reads counters).
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
  int rank = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);

  CLI::App app{"cairn-mpi: cairn's breadth-first search distributed over MPI ranks"};
  app.set_version_flag("--version", std::string("cairn-mpi ") + CAIRN_VERSION);
  app.require_subcommand(1);
  RunOptions ro;
  ModelOptions& mo = ro.model;
  size_t batch_kib = 256;
  auto* check = app.add_subcommand("check", "model-check a specification on all ranks");
  check->add_option("spec", mo.spec_path, "the root module (SPEC.tla)")->required();
  check->add_option("--config", mo.cfg_path, "the model (default: SPEC.cfg beside the spec)");
  check->add_option("--lib", mo.libs, "a folder to search for modules (repeatable)");
  check->add_option("--report-json", ro.report_path, "write a JSON report of the run to FILE (rank 0)");
  check->add_option("--trace-json", ro.trace_path, "write the counterexample as an ITF trace to FILE (rank 0)");
  check->add_option("--seed", ro.seed, "seed of RandomElement, RandomSubset, ... (default 0)");
  check->add_option("--batch-kib", batch_kib, "send a batch of successors once it holds this many KiB (default 256)")
      ->check(CLI::Range(1, 1 << 20));
  ro.workers = 1;
  check->add_option("--workers", ro.workers, "threads per rank (default 1: run one rank per core, or one per machine with its cores here)")
      ->check(CLI::Range(1, 4096));
  check->add_flag("--no-deadlock", mo.no_deadlock, "do not report deadlocks");
  check->add_option("--checkpoint", ro.checkpoint_dir, "write checkpoints into DIR, each rank its part (README \"Distributed search\")");
  check->add_option("--checkpoint-every", ro.checkpoint_every_minutes, "minutes between checkpoints (default 30)")
      ->check(CLI::PositiveNumber);
  check->add_option("--resume", ro.resume_dir, "continue the run checkpointed in DIR (with the same number of ranks)");
  check->add_option("--memory", ro.memory, "memory limit per rank, e.g. 2G (default: 80% of RAM divided by the ranks on the machine)");
  check->add_option("--workdir", ro.workdir, "past the memory limit, each rank spills its queue, seen set and parent links to DIR/rank-R");
  check->add_option("--spill-seen-at", ro.spill_seen_at, "(tests) spill the seen set, the parent links and the queue to --workdir whenever N states are in memory")
      ->check(CLI::PositiveNumber);
  check->add_flag("--quiet", ro.quiet, "print only the result");

  int code = exit_code::other;
  try {
    app.parse(argc, argv);
    code = distributed::run_check(ro, batch_kib << 10);
  } catch (const CLI::ParseError& e) {
    code = rank == 0 ? app.exit(e) : 0;  // the same arguments on every rank: rank 0 says why
    code = code == 0 ? 0 : exit_code::other;
  } catch (const std::exception& e) {
    std::cerr << "cairn-mpi: error (rank " << rank << "): " << e.what() << "\n";
    MPI_Abort(MPI_COMM_WORLD, exit_code::other);
  }
  MPI_Finalize();
  return code;
}
