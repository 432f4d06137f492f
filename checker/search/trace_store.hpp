// The parent links of the stored states, and counterexamples rebuilt from them. A search
// keeps whole states only in its frontier; every distinct state keeps a link (its key,
// its parent's id, the action that reached it) and a trace is rebuilt by replaying Init
// and the recorded actions, matching keys (as TLC does).
//
// Past --memory (or --spill-links-at), spill() appends the links in memory to a file in
// --workdir (16 bytes a link) and frees them; a spilled link is read back with one pread
// (a trace walks back from the violating state, one read per step).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "checker/search/explore.hpp"
#include "checker/search/state_space.hpp"

namespace cairn {

class TraceStore {
 public:
  struct Link {
    uint64_t fp;      // the state's key
    int64_t parent;   // id of the state it was reached from; -1 for an initial state
    int32_t action;   // index of the action that reached it; -1 for an initial state
  };

  TraceStore() = default;
  TraceStore(const TraceStore&) = delete;
  TraceStore& operator=(const TraceStore&) = delete;
  ~TraceStore();

  /// Stores a link; the state's id is its position.
  int64_t add(const Link& l) {
    links_.push_back(l);
    return static_cast<int64_t>(first_ + links_.size()) - 1;
  }
  Link operator[](int64_t id) const {
    size_t i = static_cast<size_t>(id);
    return i >= first_ ? links_[i - first_] : read(i);
  }
  size_t size() const { return first_ + links_.size(); }
  /// Memory of the links not spilled.
  size_t bytes() const { return links_.size() * sizeof(Link); }
  uint64_t disk_bytes() const { return first_ * kRecord; }
  size_t spilled() const { return first_; }

  /// Copies links [from, from + n) into out: those on disk with one read (checkpoints
  /// read all the links in order).
  void copy(size_t from, size_t n, Link* out) const;

  /// Lets spill() write into folder `dir`.
  void allow_spill(std::string dir) { dir_ = std::move(dir); }
  bool can_spill() const { return !dir_.empty(); }
  /// Moves the links of the states before `keep_from` to the file (not thread-safe; the
  /// links from keep_from on stay in memory). Throws Error (153) when it cannot write.
  void spill(size_t keep_from = SIZE_MAX);

  /// The states on the path from an initial state to stored state `id`, each with the
  /// action that reached it.
  std::vector<TraceStep> replay(const StateSpace& space, int64_t id) const;

 private:
  static constexpr uint64_t kRecord = 16;  // fp, then parent + 1 (48 bits) and action + 1 (16 bits)
  std::deque<Link> links_;  // the links from first_ on; chunked: no 2x slack as a vector's doubling
  size_t first_ = 0;        // links before it are in the file
  std::string dir_, path_;
  int fd_ = -1;
  Link read(size_t id) const;
  static Link decode(const uint64_t* words);
};

}  // namespace cairn
