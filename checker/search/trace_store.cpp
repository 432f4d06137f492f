#include "checker/search/trace_store.hpp"

#include <algorithm>

namespace cairn {

namespace {
struct Found {};  // stops an enumeration once the state sought is found
}  // namespace

std::vector<TraceStep> TraceStore::replay(const StateSpace& space, int64_t id) const {
  std::vector<int64_t> chain;
  for (int64_t i = id; i >= 0; i = (*this)[i].parent) chain.push_back(i);
  std::reverse(chain.begin(), chain.end());
  std::vector<TraceStep> out;
  if (chain.empty()) return out;
  const size_t n = space.nvars();
  std::vector<Value> cur;
  {
    uint64_t want = (*this)[chain[0]].fp;
    Ctx base;
    base.worker = space.model().worker();
    base.worker->begin_init();
    try {
      space.initial_states(base, [&](const Value* st) {
        if (cur.empty() && space.key(st, 1) == want) {
          cur.assign(st, st + n);
          throw Found{};
        }
      });
    } catch (Found&) {
    }
    TraceStep s;
    s.state = cur;
    out.push_back(std::move(s));
  }
  for (size_t k = 1; k < chain.size(); ++k) {
    const Link& l = (*this)[chain[k]];
    const Action& a = space.action(static_cast<size_t>(l.action));
    std::vector<Value> nxt;
    Ctx c;
    c.level = static_cast<int>(k);
    // Random natives draw as when this step was first taken (reseeded by the parent).
    c.worker = space.model().worker();
    c.worker->begin_state((*this)[chain[k - 1]].fp);
    try {
      space.successors(static_cast<size_t>(l.action), cur.data(), c, [&](const Value* nx) {
        for (size_t i = 0; i < n; ++i)
          if (!nx[i].defined()) return;
        if (space.key(nx, static_cast<int>(k + 1)) == l.fp) {
          nxt.assign(nx, nx + n);
          throw Found{};
        }
      });
    } catch (Found&) {
    }
    TraceStep s;
    s.state = nxt;
    s.action = a.name;
    s.loc = a.loc;
    out.push_back(std::move(s));
    cur = std::move(nxt);
  }
  return out;
}

}  // namespace cairn
