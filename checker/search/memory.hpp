// The memory limit of a run (--memory, README "Long runs"). The BFS asks between two chunks
// of a level (no worker inserting) whether its next allocations would pass the limit: the
// measure is the process's resident set size (what the kernel's OOM killer and a cgroup
// count), plus a margin of twice the largest growth seen between two polls, since a chunk
// allocates while no one watches. Past it, the search spills its frontier to the workdir
// (frontier.hpp) or, when it cannot, stops cleanly with a `memory_limit` verdict.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace cairn {

/// "2G", "512M", "64k", "1.5G" or a plain number of bytes (binary units, case-insensitive,
/// an optional trailing "B"/"iB"); 0 when `text` is none of these.
uint64_t parse_memory_size(const std::string& text);

/// "1.5 GiB": a byte count for messages.
std::string memory_size_text(uint64_t bytes);

/// The default limit: 80% of the physical memory or of the cgroup's limit, the lower.
uint64_t default_memory_limit();

/// The process's resident set size now (/proc/self/statm), 0 if unknown.
uint64_t resident_bytes();

/// Returns the pages of freed memory to the system (jemalloc's arenas are purged when
/// cairn runs on it, glibc's heap trimmed otherwise).
void release_free_memory();

class MemoryWatch {
 public:
  explicit MemoryWatch(uint64_t limit) : limit_(limit) {}
  uint64_t limit() const { return limit_; }
  bool on() const { return limit_ != 0; }

  /// The resident size, read again when `fresh` or 1 ms after the last read (20 ms while
  /// under half the limit); tracks the
  /// recent largest growth between two reads (the margin).
  uint64_t rss(bool fresh = false);
  uint64_t growth() const { return growth_; }

  /// Whether allocating `extra` bytes more would pass the limit, with the margin.
  bool would_exceed(uint64_t extra = 0) { return on() && rss() + extra + 2 * growth_ > limit_; }

 private:
  uint64_t limit_;
  uint64_t last_ = 0, growth_ = 0;
  std::chrono::steady_clock::time_point read_at_{};
};

}  // namespace cairn
