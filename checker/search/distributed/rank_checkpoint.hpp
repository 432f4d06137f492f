// Checkpoints of the distributed search (README "Distributed search"): every rank writes
// its partition (its links, its frontier, its counters) with cairn check's checkpoint
// writer (search/checkpoint.hpp) into DIR/rank-R/ck-SEQ, a new folder per checkpoint;
// once all ranks have written and synced theirs, rank 0 commits DIR/MANIFEST (the number
// of ranks, the level, the sequence number SEQ, the run's hash, the global and per-rank
// counters) by rename. Only then are the older ck-* folders removed. A crash at any
// moment leaves the previous MANIFEST with every rank's folder it names, or the new one
// with all of its: a checkpoint is whole for all ranks or not taken.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cairn::distributed {

/// One rank's counters as of the checkpointed level's start (the JSON report's figures).
struct RankCounters {
  int64_t generated = 0, states_sent = 0, messages = 0, bytes = 0;
};

struct GlobalManifest {
  uint64_t run_hash = 0;
  int ranks = 0;
  int64_t level = 1, seq = 0;
  int64_t generated = 0, distinct = 0, queue = 0;  // of all ranks (informative)
  std::vector<RankCounters> per_rank;
};

/// DIR/rank-R/ck-SEQ: where rank R writes checkpoint SEQ.
std::string rank_checkpoint_dir(const std::string& dir, int rank, int64_t seq);

/// The sequence number a new run's first checkpoint into DIR takes: past the one DIR's
/// MANIFEST names, if any, so that it never overwrites the folders of a committed one.
int64_t next_checkpoint_seq(const std::string& dir);

/// Commits `m` as DIR's checkpoint (rank 0, after every rank wrote its part). Throws Error (153).
void write_global_manifest(const std::string& dir, const GlobalManifest& m);

/// DIR's committed checkpoint; throws Error (153) with the reason when there is none, it
/// is not cairn-mpi's, was written for another spec/cfg/version/options (`run_hash`) or
/// by another number of ranks than `ranks`.
GlobalManifest read_global_manifest(const std::string& dir, uint64_t run_hash, int ranks);

/// After checkpoint `keep` was committed: removes rank R's other ck-* folders (and, on
/// rank 0, the folders of ranks >= `ranks`, left by a run with more ranks). Best effort.
void remove_other_checkpoints(const std::string& dir, int rank, int ranks, int64_t keep);

}  // namespace cairn::distributed
