// FoldClosedConstants (fold.hpp).
#include "checker/resolve/fold.hpp"

#include <cstring>
#include <unordered_map>

#include "checker/eval/natives/builtins.hpp"

namespace cairn {

/// Built-ins whose value depends on more than their arguments, or that act on the world.
bool impure_builtin(const Builtin* b) {
  static const char* const pure_modules[] = {
      "",          "Naturals",  "Integers",      "Reals",         "Sequences", "FiniteSets",
      "Bags",      "BagsExt",   "Bitwise",       "Combinatorics", "DyadicRationals", "FiniteSetsExt",
      "Folds",     "Functions", "Graphs",        "Relation",      "SequencesExt",
      "UndirectedGraphs", "TLC"};
  bool known = false;
  for (const char* m : pure_modules)
    if (std::strcmp(b->module, m) == 0) known = true;
  if (!known) return true;  // TLCExt, Randomization, IOUtils, Json, ... and anything new
  if (std::strcmp(b->module, "TLC") == 0) {
    for (const char* n : {"Print", "PrintT", "TLCGet", "TLCSet", "RandomElement", "JavaTime"})
      if (std::strcmp(b->name, n) == 0) return true;
  }
  return false;
}

namespace {

class Folder {
 public:
  explicit Folder(ResolvedSpec& s) : s_(s) {}

  void run() {
    size_t n = s_.nodes.size();  // wrappers appended below are not visited
    for (size_t i = 0; i < n; ++i) {
      Node* p = s_.nodes[i].get();
      if (closed(p)) continue;  // its parent (or the definition it is) caches it whole
      for (const Node*& k : p->kids) k = wrap(k);
      for (Binder& b : p->binders)
        if (b.set) b.set = wrap(b.set);
    }
    for (const auto& d : s_.defs) {
      // A closed body of an operator with parameters (or of a LET definition) does not
      // depend on them; zero-argument constant definitions are cached by the evaluator.
      if (!d->body || d->native || d->is_function || (d->arity == 0 && !d->nested)) continue;
      if (closed(d->body)) d->body = wrap(d->body);
    }
  }

 private:
  struct Info {
    bool open = false;   // can never be closed: state, impure, frames outside the node
    uint64_t free = 0;   // frame slots (of the node's own frame) it reads
  };

  ResolvedSpec& s_;
  std::unordered_map<const Node*, Info> info_;
  std::unordered_map<const Def*, int> pure_;  // 1 pure, 0 impure, 2 being visited

  const Node* wrap(const Node* k) {
    if (k->op == Op::Lit || k->op == Op::Cached || !closed(k)) return k;
    s_.nodes.push_back(std::make_unique<Node>(Op::Cached, k->loc));
    Node* c = s_.nodes.back().get();
    c->level = k->level;
    c->text = k->text;
    c->kids = {k};
    c->folded = s_.caches.cell();
    return c;
  }

  bool closed(const Node* n) {
    Info i = info(n);
    return !i.open && i.free == 0;
  }

  bool pure_def(const Def* d) {
    if (d->native) return !impure_builtin(d->native);
    auto it = pure_.find(d);
    if (it != pure_.end()) return it->second != 0;  // a cycle counts as pure: its other nodes decide
    pure_[d] = 2;
    bool p = !d->body || pure_tree(d->body);
    pure_[d] = p ? 1 : 0;
    return p;
  }

  bool pure_tree(const Node* n) {
    if (n->builtin && impure_builtin(n->builtin)) return false;
    if (n->def && !pure_def(n->def)) return false;
    for (const Node* k : n->kids)
      if (!pure_tree(k)) return false;
    for (const Binder& b : n->binders)
      if (b.set && !pure_tree(b.set)) return false;
    return true;
  }

  Info info(const Node* n) {
    auto it = info_.find(n);
    if (it != info_.end()) return it->second;
    Info r = compute(n);
    info_[n] = r;
    return r;
  }

  Info compute(const Node* n) {
    Info r;
    if (n->level != Level::Constant) return Info{true, 0};
    switch (n->op) {
      case Op::Lit: return r;
      case Op::Local:
        if (n->up != 0 || n->slot < 0 || n->slot >= 64) return Info{true, 0};
        r.free = uint64_t{1} << n->slot;
        return r;
      case Op::Call:
        if (!n->def || n->def->nested || n->def->level != Level::Constant || !pure_def(n->def)) return Info{true, 0};
        break;
      case Op::Builtin:
        if (!n->builtin || impure_builtin(n->builtin)) return Info{true, 0};
        break;
      case Op::StateVar: case Op::CallParam: case Op::Closure: case Op::Let: case Op::Prime:
      case Op::Unchanged: case Op::Enabled: case Op::BoxAction: case Op::AngleAction: case Op::WF:
      case Op::SF: case Op::Always: case Op::Eventually: case Op::LeadsTo: case Op::Compose:
      case Op::TemporalOther: case Op::Cached:
        return Info{true, 0};
      default: break;
    }
    auto add = [&](const Node* k) {
      Info ki = info(k);
      r.open = r.open || ki.open;
      r.free |= ki.free;
    };
    for (const Node* k : n->kids) add(k);
    for (const Binder& b : n->binders)
      if (b.set) add(b.set);
    if (r.open) return r;
    // Variables bound by this node (and the `@` of EXCEPT) are not free in it.
    for (const Binder& b : n->binders)
      for (int sl : b.slots)
        if (sl >= 0 && sl < 64) r.free &= ~(uint64_t{1} << sl);
    if (n->op == Op::Except && n->except_at_slot >= 0 && n->except_at_slot < 64)
      r.free &= ~(uint64_t{1} << n->except_at_slot);
    return r;
  }
};

}  // namespace

void fold_closed_constants(ResolvedSpec& spec) { Folder(spec).run(); }

}  // namespace cairn
