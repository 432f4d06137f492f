// The parent links of the stored states, and counterexamples rebuilt from them. A search
// keeps whole states only in its frontier; every distinct state keeps a link (its key,
// its parent's id, the action that reached it) and a trace is rebuilt by replaying Init
// and the recorded actions, matching keys (as TLC does).
#pragma once

#include <cstdint>
#include <deque>
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

  /// Stores a link; the state's id is its position.
  int64_t add(const Link& l) {
    links_.push_back(l);
    return static_cast<int64_t>(links_.size()) - 1;
  }
  const Link& operator[](int64_t id) const { return links_[static_cast<size_t>(id)]; }
  size_t size() const { return links_.size(); }
  size_t bytes() const { return links_.size() * sizeof(Link); }

  /// The states on the path from an initial state to stored state `id`, each with the
  /// action that reached it.
  std::vector<TraceStep> replay(const StateSpace& space, int64_t id) const;

 private:
  std::deque<Link> links_;  // chunked: no 2x slack as a vector's doubling
};

}  // namespace cairn
