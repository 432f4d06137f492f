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
constexpr size_t kNearbyBudget = 50000;
// ...within this many steps of the behaviour's states.
constexpr int kNearbyRadius = 4;

}  // namespace

void seeded_successors(const StateSpace& space, size_t a, const Value* st, int level, const EmitFn& emit) {
  seeded_successors(space, a, st, level, space.key(st, level), space.model().worker(), emit);
}

void seeded_successors(const StateSpace& space, size_t a, const Value* st, int level, uint64_t key, Worker* w,
                       const EmitFn& emit) {
  Ctx c;
  c.level = level;
  c.worker = w;
  c.worker->begin_state(key + (a + 1) * 0x9e3779b97f4a7c15ULL);
  space.successors(a, st, c, emit);
}

void seeded_initial_states(const StateSpace& space, const EmitFn& emit) {
  Ctx base;
  base.worker = space.model().worker();
  base.worker->begin_init();
  space.initial_states(base, emit);
}

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
    seeded_successors(space_, a, st, level, [&](const Value*) { any = true; });
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
  // The initial states are enumerated once (they may be many) and kept as fingerprints.
  if (!initial_fps_) {
    initial_fps_.emplace();
    try {
      seeded_initial_states(space_, [&](const Value* s) { initial_fps_->insert(state_fingerprint(s, st.size())); });
    } catch (const Error&) {
      initial_fps_->clear();
    }
  }
  return initial_fps_->count(state_fingerprint(st.data(), st.size())) > 0;
}

int Shrinker::step_action(const State& from, const State& to, int level, int hint) const {
  size_t n = space_.action_count();
  for (size_t k = 0; k <= n; ++k) {
    // k == 0 tries the hint; then every action in order (the hint again is cheap enough).
    if (k == 0 && (hint < 0 || static_cast<size_t>(hint) >= n)) continue;
    size_t a = k == 0 ? static_cast<size_t>(hint) : k - 1;
    bool found = false;
    try {
      seeded_successors(space_, a, from.data(), level, [&](const Value* nx) { found = found || same_state(nx, to.data(), to.size()); });
    } catch (const Error&) {
      continue;
    }
    if (found) return static_cast<int>(a);
  }
  return -1;
}

bool Shrinker::replays(const Behaviour& b) const {
  if (b.size() == 0 || !is_initial(b.states[0])) return false;
  const Value* first = b.states[0].data();
  if (b.size() == 1)
    return violates(nullptr, first, 1) &&
           (target_.kind != VerdictKind::deadlock || (space_.in_model(first, nullptr, 1) && !violates_any(nullptr, first, 1)));
  // The initial state is walked from: in the model, no violation.
  try {
    if (!space_.in_model(first, nullptr, 1) || violates_any(nullptr, first, 1)) return false;
  } catch (const Error&) {
    return false;
  }
  for (size_t i = 1; i < b.size(); ++i)
    if (!step_legal(b, i)) return false;
  return true;
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
  const size_t n = space_.nvars();
  auto fp = [&](const State& s) { return state_fingerprint(s.data(), n); };
  // The prefix before the last state that is itself initial.
  for (size_t j = b.size() - 1; j > 0; --j) {
    if (!is_initial(b.states[j])) continue;
    Behaviour c;
    c.states.assign(b.states.begin() + static_cast<std::ptrdiff_t>(j), b.states.end());
    c.actions.assign(b.actions.begin() + static_cast<std::ptrdiff_t>(j), b.actions.end());
    c.actions[0] = -1;
    if (replays(c)) {
      b = std::move(c);
      break;
    }
  }
  // From each state, the furthest later state that is one of its successors.
  for (size_t k = 0; k + 2 < b.size(); ++k) {
    std::unordered_map<uint64_t, int> succ;  // successor fingerprint -> an action to it
    int level = static_cast<int>(k) + 1;
    for (size_t a = 0; a < space_.action_count(); ++a) {
      try {
        seeded_successors(space_, a, b.states[k].data(), level, [&](const Value* nx) { succ.emplace(state_fingerprint(nx, n), static_cast<int>(a)); });
      } catch (const Error&) {
      }
    }
    for (size_t j = b.size() - 1; j > k + 1; --j) {
      auto it = succ.find(fp(b.states[j]));
      if (it == succ.end()) continue;
      Behaviour c;
      c.states.assign(b.states.begin(), b.states.begin() + static_cast<std::ptrdiff_t>(k + 1));
      c.actions.assign(b.actions.begin(), b.actions.begin() + static_cast<std::ptrdiff_t>(k + 1));
      c.states.insert(c.states.end(), b.states.begin() + static_cast<std::ptrdiff_t>(j), b.states.end());
      c.actions.insert(c.actions.end(), b.actions.begin() + static_cast<std::ptrdiff_t>(j), b.actions.end());
      c.actions[k + 1] = it->second;
      if (step_legal(c, k + 1)) {
        b = std::move(c);
        break;
      }
    }
  }
  return b;
}

bool Shrinker::step_legal(const Behaviour& b, size_t i) const {
  const State& prev = b.states[i - 1];
  const State& next = b.states[i];
  int level = static_cast<int>(i) + 1;
  if (step_action(prev, next, level - 1, b.actions[i]) < 0) return false;
  bool last = i + 1 == b.size();
  if (!last || target_.kind == VerdictKind::deadlock) {
    try {
      if (!space_.in_model(prev.data(), next.data(), level)) return false;
    } catch (const Error&) {
      return false;
    }
    if (violates_any(prev.data(), next.data(), level)) return false;
  }
  return !last || violates(prev.data(), next.data(), level);
}

Behaviour Shrinker::nearby_bfs(const Behaviour& b) const {
  const size_t n = space_.nvars();
  auto fp = [&](const Value* s) { return state_fingerprint(s, n); };
  // The neighbourhood: the behaviour's states, their successors, and theirs while small.
  std::unordered_set<uint64_t> near;
  std::vector<State> ring;
  for (const State& s : b.states)
    if (near.insert(fp(s.data())).second) ring.push_back(s);
  for (int radius = 0; radius < kNearbyRadius && near.size() < kNearbyBudget; ++radius) {
    std::vector<State> next_ring;
    for (const State& s : ring) {
      for (size_t a = 0; a < space_.action_count() && near.size() < kNearbyBudget; ++a) {
        try {
          seeded_successors(space_, a, s.data(), 1, [&](const Value* nx) {
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
  try {
    seeded_initial_states(space_, [&](const Value* s) {
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
        try {
          seeded_successors(space_, a, cur.data(), level, [&](const Value* nx) {
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
  // Repeated while it helps: a shorter behaviour has another neighbourhood to search.
  for (size_t before = b.size() + 1; b.size() < before;) {
    before = b.size();
    keep_if_better(cut_cycles(b));
    keep_if_better(drop_steps(b));
    keep_if_better(nearby_bfs(b));
  }
  return b;
}

}  // namespace cairn
