// The breadth-first search distributed over MPI ranks (issue 18; README "Distributed search").
//
// Design. Every rank runs the same binary on the same model and owns the states whose key
// (fingerprint, or its VIEW's / SYMMETRY representative's) has key % ranks == rank: it keeps
// their seen-set entries, their parent links and, while they are in the frontier, the states
// themselves. The search is level-synchronous, as the single-process BFS (explore.cpp):
//  - a rank expands the frontier states it owns (--workers threads, in chunks: between two
//    chunks its main thread, the only one calling MPI, merges the threads' new states,
//    sends the full batches and takes what arrived), checking each successor the way the
//    BFS does (completeness, CONSTRAINTs, action
//    PROPERTYs, INVARIANTs of states outside the model); a successor owned by another rank
//    is encoded with the StateCodec, with its key, parent reference (rank, id) and action,
//    into a per-owner batch sent without blocking (MPI_Isend) when it is full;
//  - while expanding, a rank receives the batches sent to it and deduplicates them in its
//    seen set; a new state gets a parent link, is checked against the INVARIANTs by its
//    owner and goes into the owner's next frontier;
//  - the end of a level: the last batches go out, an MPI_Alltoall tells each rank how many
//    batches to expect, it receives them all; then one MPI_Allgather of every rank's
//    figures (new states, generated, findings) decides for all ranks whether to go on.
// So the set of states of each level, hence the distinct count, the depth and the length
// of a counterexample, is the single-process one for every number of ranks.
//  - A finding (violation, deadlock, evaluation error) halts its rank and sends a stop
//    message to every other rank, which stops expanding too; the level then ends as above.
//    Among the initial states the first in Init's order wins (every rank enumerates Init
//    and keeps the states it owns), as with one process; among a later level's findings the
//    lowest rank's (the single process takes the earliest in its frontier order, which
//    differs: with several violations in one level the one reported may differ, as with
//    several workers).
//  - The counterexample: the winning rank broadcasts its finding (verdict, the state that
//    violated, its parent reference); the ranks then walk the parent links back, the owner
//    of each link broadcasting it; rank 0 replays the actions along them (TraceStore).
// Rank 0 alone publishes events (progress every 10 s, from the counters of the last level
// boundary; the report, the JSON with the per-rank figures).
//  - Spilling: a rank's seen set, parent links and frontier are cairn check's spillable
//    ones (seen_set.hpp, trace_store.hpp, frontier.hpp), spilled into its own --workdir
//    folder between two chunks when its --memory (per rank) would be passed; a rank that
//    cannot spill halts as at a finding (stop messages), and at the level's end every
//    rank knows it from the gathered figures: the run ends with a memory-limit verdict
//    naming that rank's reason.
//  - Checkpoints (rank_checkpoint.hpp): at the start of a level, when rank 0's clock says
//    one is due (its decision is in the gathered figures, so all ranks take it), and at
//    an interrupt or memory stop (of the stopped level's start: the partial level is
//    dropped by every rank), each rank writes its partition; then rank 0 commits them.
//    A resumed rank rebuilds its seen set from its links, as cairn check does.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "checker/search/explore.hpp"

namespace cairn {

class StateSpace;
class StateCodec;
struct Checkpoint;

namespace distributed {

struct GlobalManifest;

/// What one rank did (the JSON report's `distributed.ranks`).
struct RankStats {
  int64_t owned = 0;        // distinct states it owns
  int64_t generated = 0;    // successors it generated (expanding its states)
  int64_t states_sent = 0;  // successors sent to other owners
  int64_t messages = 0;     // batches sent
  int64_t bytes = 0;        // bytes sent in them
  int64_t seen_bytes = 0, link_bytes = 0;
  int64_t seen_disk_bytes = 0, link_disk_bytes = 0, queue_spilled_bytes = 0;  // in its --workdir
  double cpu_seconds = 0;   // this rank's CPU time (the machine may be shared)
  double wait_seconds = 0;  // at level ends: waiting for batches, the other ranks, collectives
};

struct Options {
  size_t batch_bytes = size_t{256} << 10;  // a batch is sent once it holds this many bytes
  int workers = 1;                         // threads expanding a rank's frontier
  const StateCodec* codec = nullptr;
  const std::atomic<int>* stop = nullptr;  // a signal asked the run to stop (interrupt.hpp)
  // Checkpoints into checkpoint_dir (rank_checkpoint.hpp), every checkpoint_every seconds
  // by rank 0's clock; `resume`: this rank's part of the checkpoint to continue from,
  // `resume_manifest` the committed MANIFEST naming it.
  std::string checkpoint_dir;
  double checkpoint_every = 1800;
  uint64_t run_hash = 0;
  const Checkpoint* resume = nullptr;
  const GlobalManifest* resume_manifest = nullptr;
  // This rank's memory limit (0: none) and its own spill folder; spill_seen_at (tests):
  // the seen set, the links and the queue spill whenever the table holds that many states.
  uint64_t memory_limit = 0;
  std::string workdir;
  uint64_t spill_seen_at = 0;
};

/// The figures of the whole run, gathered on rank 0 when the search ends.
struct RunFigures {
  int ranks = 1, workers = 1;
  size_t batch_bytes = 0;
  std::vector<RankStats> per_rank;
};

/// The distributed BFS over MPI_COMM_WORLD; every rank must call it, and every method of
/// the Search, in the same order (they hold collectives). `figures` is filled on rank 0.
std::unique_ptr<Search> make_search(const StateSpace& space, const Options& opts, RunFigures* figures);

}  // namespace distributed
}  // namespace cairn
