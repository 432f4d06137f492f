#include "checker/search/shrink.hpp"

#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace cairn {

namespace {

using State = std::vector<Value>;

bool same_state(const Value* a, const Value* b, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (!equals(a[i], b[i])) return false;
  return true;
}

// The neighbourhood searched by the last pass holds at most this many states.
constexpr size_t kNearbyBudget = 20000;

}  // namespace

ShrinkTarget ShrinkTarget::of(const Model& m, const Verdict& v) {
  ShrinkTarget t;
  auto find = [&](const std::vector<NamedDef>& defs) {
    for (size_t i = 0; i < defs.size(); ++i)
      if (defs[i].name == v.name) {
        t.kind = v.kind;
        t.index = i;
      }
  };
  if (v.kind == VerdictKind::invariant) find(m.invariants);
  else if (v.kind == VerdictKind::action_property) find(m.action_properties);
  else if (v.kind == VerdictKind::deadlock) t.kind = v.kind;
  return t;
}

bool Shrinker::deadlocked(const Value* st, int level) const {
  bool any = false;
  for (size_t a = 0; a < space_.action_count() && !any; ++a) {
    Ctx c;
    c.level = level;
    space_.successors(a, st, c, [&](const Value*) { any = true; });
  }
  return !any;
}

bool Shrinker::violates(const Value* prev, const Value* st, int level) const {
  const Model& m = space_.model();
  try {
    switch (target_.kind) {
      case VerdictKind::invariant:
        return !space_.holds(m.invariants[target_.index], st, nullptr, level, "an invariant");
      case VerdictKind::action_property:
        return prev && !space_.holds(m.action_properties[target_.index], prev, st, level, "an invariant");
      case VerdictKind::deadlock:
        return deadlocked(st, level);
      default:
        return false;
    }
  } catch (const Error&) {
    return false;
  }
}

bool Shrinker::violates_any(const Value* prev, const Value* st, int level) const {
  size_t at = 0;
  try {
    if (space_.violated_invariant(st, level, at) >= 0) return true;
    return prev && space_.violated_action_property(prev, st, level, at) >= 0;
  } catch (const Error&) {
    return true;  // replaying it would stop at the error
  }
}

bool Shrinker::is_initial(const State& st) const {
  bool found = false;
  Ctx base;
  try {
    space_.initial_states(base, [&](const Value* s) { found = found || same_state(s, st.data(), st.size()); });
  } catch (const Error&) {
    return false;
  }
  return found;
}

int Shrinker::step_action(const State& from, const State& to, int level, int hint) const {
  size_t n = space_.action_count();
  for (size_t k = 0; k <= n; ++k) {
    // k == 0 tries the hint; then every action in order (the hint again is cheap enough).
    if (k == 0 && (hint < 0 || static_cast<size_t>(hint) >= n)) continue;
    size_t a = k == 0 ? static_cast<size_t>(hint) : k - 1;
    bool found = false;
    Ctx c;
    c.level = level;
    try {
      space_.successors(a, from.data(), c, [&](const Value* nx) { found = found || same_state(nx, to.data(), to.size()); });
    } catch (const Error&) {
      continue;
    }
    if (found) return static_cast<int>(a);
  }
  return -1;
}

bool Shrinker::replays(const Behaviour& b) const {
  if (b.size() == 0 || !is_initial(b.states[0])) return false;
  const bool deadlock = target_.kind == VerdictKind::deadlock;
  for (size_t i = 0; i < b.size(); ++i) {
    int level = static_cast<int>(i) + 1;
    const Value* prev = i ? b.states[i - 1].data() : nullptr;
    const Value* st = b.states[i].data();
    bool last = i + 1 == b.size();
    if (i && step_action(b.states[i - 1], b.states[i], level - 1, b.actions[i]) < 0) return false;
    // The last state of an invariant violation may lie outside the CONSTRAINTs (TLC
    // checks every generated state); a state walked from, or deadlocked, may not.
    if (!last || deadlock) {
      try {
        if (!space_.in_model(prev, st, level)) return false;
      } catch (const Error&) {
        return false;
      }
      if (violates_any(prev, st, level)) return false;
    }
    if (last) return violates(prev, st, level);
  }
  return false;
}

Behaviour Shrinker::cut_cycles(Behaviour b) const {
  std::unordered_map<uint64_t, size_t> last_at;
  size_t n = space_.nvars();
  for (size_t i = 0; i < b.size(); ++i) last_at[state_fingerprint(b.states[i].data(), n)] = i;
  Behaviour out;
  for (size_t i = 0; i < b.size();) {
    out.states.push_back(b.states[i]);
    out.actions.push_back(b.actions[i]);
    size_t j = last_at[state_fingerprint(b.states[i].data(), n)];
    // Equal fingerprints of unequal states would cut a non-cycle: check equality.
    if (j > i && !same_state(b.states[i].data(), b.states[j].data(), n)) j = i;
    i = j + 1;  // the step that left state j leaves its copy, state i
  }
  return out;
}

Behaviour Shrinker::drop_steps(Behaviour b) const {
  const bool deadlock = target_.kind == VerdictKind::deadlock;
  if (b.size() > 1 && is_initial(b.states[1])) {
    Behaviour c = b;
    c.states.erase(c.states.begin());
    c.actions.erase(c.actions.begin());
    c.actions[0] = -1;
    if (replays(c)) b = std::move(c);
  }
  for (size_t k = 1; k + 1 < b.size();) {
    const State& prev = b.states[k - 1];
    const State& next = b.states[k + 1];
    int level = static_cast<int>(k);  // of prev once state k is gone
    bool last = k + 2 == b.size();
    int a = step_action(prev, next, level, b.actions[k + 1]);
    bool ok = a >= 0;
    if (ok && (!last || deadlock)) {
      try {
        ok = space_.in_model(prev.data(), next.data(), level + 1) && !violates_any(prev.data(), next.data(), level + 1);
      } catch (const Error&) {
        ok = false;
      }
    }
    if (ok && last) ok = violates(prev.data(), next.data(), level + 1);
    if (!ok) {
      ++k;
      continue;
    }
    b.states.erase(b.states.begin() + static_cast<std::ptrdiff_t>(k));
    b.actions.erase(b.actions.begin() + static_cast<std::ptrdiff_t>(k));
    b.actions[k] = a;
    if (k > 1) --k;  // the step before may go now
  }
  return b;
}

Behaviour Shrinker::nearby_bfs(const Behaviour& b) const {
  const size_t n = space_.nvars();
  auto fp = [&](const Value* s) { return state_fingerprint(s, n); };
  // The neighbourhood: the behaviour's states, their successors, and theirs while small.
  std::unordered_set<uint64_t> near;
  std::vector<State> ring;
  for (const State& s : b.states)
    if (near.insert(fp(s.data())).second) ring.push_back(s);
  for (int radius = 0; radius < 2 && near.size() < kNearbyBudget; ++radius) {
    std::vector<State> next_ring;
    for (const State& s : ring) {
      for (size_t a = 0; a < space_.action_count() && near.size() < kNearbyBudget; ++a) {
        Ctx c;
        c.level = 1;
        try {
          space_.successors(a, s.data(), c, [&](const Value* nx) {
            if (near.size() < kNearbyBudget && near.insert(fp(nx)).second) next_ring.emplace_back(nx, nx + n);
          });
        } catch (const Error&) {
        }
      }
    }
    ring = std::move(next_ring);
  }
  // Breadth-first from the initial states inside it, no deeper than the behaviour.
  struct Node {
    State state;
    int64_t parent;
    int action;
  };
  std::vector<Node> nodes;
  std::unordered_set<uint64_t> seen;
  int64_t goal = -1;
  auto path_to = [&](int64_t id) {
    Behaviour out;
    for (; id >= 0; id = nodes[static_cast<size_t>(id)].parent) {
      out.states.insert(out.states.begin(), nodes[static_cast<size_t>(id)].state);
      out.actions.insert(out.actions.begin(), nodes[static_cast<size_t>(id)].action);
    }
    return out;
  };
  Ctx base;
  try {
    space_.initial_states(base, [&](const Value* s) {
      if (goal >= 0 || !near.count(fp(s)) || !seen.insert(fp(s)).second) return;
      nodes.push_back(Node{State(s, s + n), -1, -1});
      if (violates(nullptr, s, 1) && (target_.kind != VerdictKind::deadlock || !violates_any(nullptr, s, 1)))
        goal = static_cast<int64_t>(nodes.size()) - 1;
    });
  } catch (const Error&) {
    return b;
  }
  size_t begin = 0;
  for (size_t depth = 1; goal < 0 && depth < b.size() && begin < nodes.size(); ++depth) {
    size_t end = nodes.size();
    for (size_t id = begin; id < end && goal < 0; ++id) {
      int level = static_cast<int>(depth);
      const State cur = nodes[id].state;
      try {
        if (!space_.in_model(cur.data(), nullptr, level) || violates_any(nullptr, cur.data(), level)) continue;
      } catch (const Error&) {
        continue;
      }
      for (size_t a = 0; a < space_.action_count() && goal < 0; ++a) {
        Ctx c;
        c.level = level;
        try {
          space_.successors(a, cur.data(), c, [&](const Value* nx) {
            if (goal >= 0) return;
            uint64_t h = fp(nx);
            if (!near.count(h) || seen.count(h)) return;
            if (target_.kind != VerdictKind::deadlock && violates(cur.data(), nx, level + 1)) {
              nodes.push_back(Node{State(nx, nx + n), static_cast<int64_t>(id), static_cast<int>(a)});
              goal = static_cast<int64_t>(nodes.size()) - 1;
              return;
            }
            if (!space_.in_model(cur.data(), nx, level + 1) || violates_any(cur.data(), nx, level + 1)) return;
            seen.insert(h);
            nodes.push_back(Node{State(nx, nx + n), static_cast<int64_t>(id), static_cast<int>(a)});
            if (target_.kind == VerdictKind::deadlock && deadlocked(nx, level + 1))
              goal = static_cast<int64_t>(nodes.size()) - 1;
          });
        } catch (const Error&) {
        }
      }
    }
    begin = end;
  }
  return goal >= 0 ? path_to(goal) : b;
}

Behaviour Shrinker::shrink(Behaviour b) const {
  auto keep_if_better = [&](Behaviour&& c) {
    if (c.size() < b.size() && replays(c)) b = std::move(c);
  };
  keep_if_better(cut_cycles(b));
  keep_if_better(drop_steps(b));
  keep_if_better(nearby_bfs(b));
  return b;
}

}  // namespace cairn
