// Checkpoints of the level-synchronous BFS (README "Long runs"). Between two levels no
// worker inserts, so the search is fully described by plain data: the parent link of
// every stored state (whose fingerprints are exactly the seen set), the frontier of the
// next level to expand (states through the StateCodec, with their ids), the counters at
// that boundary, and the intern table (TLC orders strings by interning order, so a
// resumed run must hand out the same tokens before it decodes a state).
//
// Crash consistency: a checkpoint is a data file and a MANIFEST. The data goes to a new
// file, fsync'd and renamed; then the MANIFEST (the data file's name, size and XXH64
// checksum, and the run's hash) is written the same way; older data files are removed
// only after that. A crash at any moment leaves the previous MANIFEST and its data, or
// the new ones; a data file whose size or checksum disagrees with the MANIFEST is refused.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <string>
#include <vector>

#include "checker/search/trace_store.hpp"

namespace cairn {

struct Checkpoint {
  uint64_t run_hash = 0;   // spec, cfg, cairn version and options (not the worker count)
  int64_t level = 1;       // the BFS level of `frontier` (1: the initial states)
  int64_t generated = 0;   // states generated before that level was expanded
  double seconds = 0;      // time spent before
  std::vector<std::string> interned;     // the intern table, token 1 on, in order
  // The links (every stored state, in id order) and the frontier (ids and StateCodec
  // bytes) stay in the data file, read one by one: a checkpoint of a run larger than the
  // memory is resumed within it (the search spills them as it reads).
  uint64_t links = 0, frontier = 0;      // how many
  int64_t first_frontier_id = -1;        // -1: the frontier is empty
  /// Calls fn for each link, in id order. Throws Error (153) if the file cannot be read.
  void each_link(const std::function<void(const TraceStore::Link&)>& fn) const;
  /// Calls fn(id, bytes) for each state of the frontier, in order.
  void each_state(const std::function<void(int64_t, std::string_view)>& fn) const;

  std::string data_path;                 // the data file (checked against its MANIFEST)
  uint64_t links_at = 0, frontier_at = 0;  // where the sections begin in it
};

/// What write_checkpoint streams to the data file: a Checkpoint's fields, with the links
/// and the frontier handed over one by one (a search's are not copied into memory first:
/// a checkpoint is also written when the memory limit is reached).
struct CheckpointSource {
  uint64_t run_hash = 0;
  int64_t level = 1, generated = 0;
  double seconds = 0;
  std::vector<std::string> interned;
  size_t links = 0;                                        // links 0..links-1...
  std::function<TraceStore::Link(size_t)> link;            // ...as link(i)
  size_t frontier = 0;                                     // states in the frontier...
  std::function<void(const std::function<void(int64_t, std::string_view)>&)> each_state;  // ...(id, bytes)
};

class Frontier;
class StateCodec;

/// Fills src's links and frontier from a search's own: its first `links` parent links in
/// `traces`, read in order through a buffer (those on disk a block at a time), and the
/// states of `frontier` as `codec` bytes. All three must outlive src.
void read_search_into(CheckpointSource& src, const TraceStore& traces, size_t links, Frontier& frontier,
                      const StateCodec& codec);

/// Writes `src` as DIR's newest checkpoint (DIR is created). Throws Error (153).
void write_checkpoint(const std::string& dir, const CheckpointSource& src);

/// Reads DIR's newest checkpoint; throws Error (153) with the reason if there is none,
/// it is torn or corrupt, or its run hash is not `run_hash`. Only the header is read into
/// memory (the whole file is checksummed, streamed): each_link and each_state read the
/// file later, so they must come before a new checkpoint into DIR removes it.
Checkpoint read_checkpoint(const std::string& dir, uint64_t run_hash);

/// Writes `text` to DIR/name through a temporary file (fsync, rename, fsync of DIR),
/// replacing any old one: a crash leaves the old file or the new one. Throws Error (153).
void write_file_durably(const std::string& dir, const std::string& name, const std::string& text);

/// Re-interns the checkpoint's strings in their order into the run's Interner; throws
/// Error (153) if this run already gave some token to another name.
void restore_interned(const std::vector<std::string>& names, Interner& strings);

}  // namespace cairn
