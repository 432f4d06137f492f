#include "checker/resolve/param_use.hpp"

#include <algorithm>
#include <set>

namespace cairn {

namespace {

struct ParamUse {
  int arity = 0;
  uint64_t lazy = 0, flows = 0;
};

/// Walks n, where the definition's frame is `up` frames above: `shifted` = under a
/// prime/UNCHANGED/ENABLED/subscript, `enabled` = under ENABLED.
void param_use(const Node* n, int up, bool shifted, bool enabled, ParamUse& use,
               std::set<std::pair<const Def*, int>>& seen) {
  if (!n) return;
  auto walk_kid = [&](const Node* k, bool sh, bool en) { param_use(k, up, sh, en, use, seen); };
  switch (n->op) {
    case Op::Local:
      if (n->up == up && n->slot >= 0 && n->slot < std::min(use.arity, 64)) {
        uint64_t bit = uint64_t{1} << n->slot;
        if (shifted) use.lazy |= bit;
        if (!enabled) use.flows |= bit;
      }
      return;
    case Op::Prime:
    case Op::Unchanged:
      for (const Node* k : n->kids) walk_kid(k, true, enabled);
      return;
    case Op::Enabled:
    case Op::WF:
    case Op::SF:
      for (const Node* k : n->kids) walk_kid(k, true, enabled || n->op == Op::Enabled);
      return;
    case Op::BoxAction:
    case Op::AngleAction:
      walk_kid(n->kids[0], shifted, enabled);
      walk_kid(n->kids[1], true, enabled);
      return;
    case Op::Call:
    case Op::Closure: {
      const Def* callee = n->def;
      for (size_t i = 0; i < n->kids.size(); ++i) {
        bool known = callee && callee->resolved;
        walk_kid(n->kids[i], shifted || (known && callee->lazy_param(i)),
                 enabled || (known && callee->level_blocked(i)));
      }
      // A LET definition or LAMBDA sees this definition's parameters one frame further up.
      if (callee && callee->nested && callee->body && up - n->up + 1 >= 1 &&
          seen.insert({callee, up - n->up + 1}).second)
        param_use(callee->body, up - n->up + 1, shifted, enabled, use, seen);
      return;
    }
    default:
      for (const Node* k : n->kids) walk_kid(k, shifted, enabled);
      for (const Binder& b : n->binders) walk_kid(b.set, shifted, enabled);
      return;
  }
}

}  // namespace

void analyse_params(Def* d) {
  ParamUse use;
  use.arity = d->arity;
  std::set<std::pair<const Def*, int>> seen;
  param_use(d->body, 0, false, false, use, seen);
  d->lazy_params = use.lazy;
  d->level_blocked_params = 0;
  for (int i = 0; i < std::min(d->arity, 64); ++i)
    if (!(use.flows >> i & 1)) d->level_blocked_params |= uint64_t{1} << i;
}

}  // namespace cairn
