// The liveness checker (design: liveness.hpp).
#include "checker/liveness/liveness.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "checker/liveness/formula.hpp"
#include "checker/report/events.hpp"
#include "checker/search/state_space.hpp"

namespace cairn::liveness {

namespace {

struct Stop {};


/// The frame slots a formula written in its definition's frame uses (its bound
/// variables and the definition's parameters), so its frame can be sized exactly.
int frame_need(const Node* n) {
  int need = 0;
  if (n->op == Op::Local && n->up == 0) need = n->slot + 1;
  for (const Binder& b : n->binders) {
    for (int sl : b.slots) need = std::max(need, sl + 1);
    if (b.set) need = std::max(need, frame_need(b.set));
  }
  for (const Node* k : n->kids) need = std::max(need, frame_need(k));
  return need;
}

[[noreturn]] void unsupported(const Node* n, const std::string& what) {
  throw Error(n->loc, "the liveness checker cannot handle " + what, exit_code::other);
}

// ---- formulas from the IR -----------------------------------------------------------------

/// Everything the property and fairness formulas need: atoms, fairness actions, frames,
/// and the evaluation of atoms (with ENABLED) on states and steps.
class Env {
 public:
  Env(Model& m) : m_(m), n_(m.nvars()) {}

  Model& m_;
  size_t n_;
  FrameArena arena;
  Formulas fs;
  std::vector<Atom> atoms;
  std::vector<FairAct> fair;
  std::vector<std::pair<int, bool>> streett;  // spec fairness: (fair act, strong?)
  std::vector<int> spec_temporal;             // other temporal conjuncts of the spec (formula ids)

  // LET caches. The evaluator caches a LET's definitions in slots of its frame and clears
  // them when it enters the LET; atoms and fair acts are evaluated below the LETs around
  // them (TreeWithRoot == LET O == ... IN [](...)), so they clear those slots themselves
  // before each evaluation (else a value from another state would be reused).
  using Lets = std::vector<std::pair<Frame*, const Node*>>;  // (frame of the LET, LET node)
  Lets lets_;                          // the LETs around the formula being built
  std::vector<Lets> atom_lets, fair_lets;  // per atom / fair act
  const Lets* cur_lets_ = nullptr;     // those of the atom being evaluated

  void reset(const Lets& ls) {
    for (const auto& [fr, let] : ls)
      for (int sl : let->let_slots) fr->slots[sl] = Value();
  }

  /// Calls `body` with the LETs recorded in frame `from` moved to `to` (a quantifier's
  /// copy of `from` for one binding).
  void rebound(Frame* from, Frame* to, FnRef<void()> body) {
    std::vector<size_t> moved;
    for (size_t i = 0; i < lets_.size(); ++i)
      if (lets_[i].first == from) {
        lets_[i].first = to;
        moved.push_back(i);
      }
    body();
    for (size_t i : moved) lets_[i].first = from;
  }

  template <class F>
  auto in_let(const Node* let, Frame* f, F&& body) {
    lets_.emplace_back(f, let);
    auto r = body();
    lets_.pop_back();
    return r;
  }

  // -- building --

  int atom(Atom a) {
    for (size_t i = 0; i < atoms.size(); ++i) {
      const Atom& b = atoms[i];
      if (b.k == a.k && b.node == a.node && b.frame == a.frame && b.fair == a.fair) return static_cast<int>(i);
    }
    atoms.push_back(a);
    atom_lets.push_back(lets_);
    return static_cast<int>(atoms.size() - 1);
  }

  int add_fair(const Node* wf, Frame* f) {
    const Node* action = wf->kids[1];
    const Node* sub = wf->kids[0];
    for (size_t i = 0; i < fair.size(); ++i)
      if (fair[i].action == action && fair[i].sub == sub && fair[i].frame == f) return static_cast<int>(i);
    fair.push_back(FairAct{action, sub, f, wf->loc, wf->kids.size() > 2 ? wf->kids[2] : nullptr});
    fair_lets.push_back(lets_);
    return static_cast<int>(fair.size() - 1);
  }

  /// A parameter (of constant level as written) that holds an argument passed unevaluated
  /// (a state variable or an action): passed on unevaluated, e.g. v in `S(v) == WF_v(A(v))`.
  static const Value* lazy_param(const Node* k, Frame* f) {
    if (k->op != Op::Local || !f) return nullptr;
    const Value& v = walk(f, k->up)->slots[k->slot];
    if (v.kind() == VK::Closure && static_cast<const ClosureObj*>(v.obj())->arity == -1) return &v;
    return nullptr;
  }

  /// The frame for a call of `d` at `site` from frame `f`: arguments of constant level
  /// are evaluated, others passed unevaluated (as the enumerator does).
  Frame* call_frame(Def* d, const Node* site, Frame* f) {
    Frame* nf = arena.make(d->frame_size, d->nested ? walk(f, site->up) : nullptr);
    for (size_t i = 0; i < site->kids.size(); ++i) {
      const Node* k = site->kids[i];
      if (const Value* lazy = lazy_param(k, f)) {
        nf->slots[i] = *lazy;
      } else if (k->level == Level::Constant) {
        Ctx c;
        c.worker = m_.worker();
        nf->slots[i] = eval(k, f, c);
      } else {
        auto* co = new ClosureObj();
        co->target = k;
        co->frame = f;
        co->arity = -1;
        nf->slots[i] = Value::from_obj(co);
      }
    }
    return nf;
  }

  /// Calls `body(frame)` for each binding of the binders of quantifier `n` (each in its
  /// own copy of `f`).
  void each_binding(const Node* n, size_t i, Frame* f, const std::function<void(Frame*)>& body) {
    if (i == n->binders.size()) {
      body(f);
      return;
    }
    const Binder& b = n->binders[i];
    if (!b.set) unsupported(n, "an unbounded quantifier around a temporal formula");
    if (b.set->level != Level::Constant) unsupported(n, "a quantifier over a non-constant set around a temporal formula");
    Frame* g = arena.copy(f);
    Ctx c;
    c.worker = m_.worker();
    for_each_binding(b, g, c, [&] {
      Frame* h = arena.copy(g);
      each_binding(n, i + 1, h, body);
      return true;
    });
  }

  int leaf(const Node* n, Frame* f) {
    if (n->op == Op::Lit && n->lit.kind() == VK::Bool) return fs.mk(n->lit.as_bool() ? TK::True : TK::False);
    Atom a;
    a.k = n->level == Level::Action ? Atom::K::ActionPred : Atom::K::StatePred;
    a.node = n;
    a.frame = f;
    return fs.lit(atom(a));
  }

  int build(const Node* n, Frame* f) {
    if (n->level != Level::Temporal) return leaf(n, f);
    switch (n->op) {
      case Op::And:
      case Op::Or: {
        std::vector<int> kids;
        for (const Node* k : n->kids) kids.push_back(build(k, f));
        return fs.mk(n->op == Op::And ? TK::And : TK::Or, std::move(kids));
      }
      case Op::Not: return fs.mk(TK::Not, {build(n->kids[0], f)});
      case Op::Implies: return fs.mk(TK::Or, {fs.mk(TK::Not, {build(n->kids[0], f)}), build(n->kids[1], f)});
      case Op::Equiv: {
        int a = build(n->kids[0], f), b = build(n->kids[1], f);
        int na = fs.mk(TK::Not, {a}), nb = fs.mk(TK::Not, {b});
        return fs.mk(TK::Or, {fs.mk(TK::And, {a, b}), fs.mk(TK::And, {na, nb})});
      }
      case Op::Always: return fs.mk(TK::Always, {build(n->kids[0], f)});
      case Op::Eventually: return fs.mk(TK::Eventually, {build(n->kids[0], f)});
      case Op::LeadsTo: {
        int p = build(n->kids[0], f), q = build(n->kids[1], f);
        return fs.mk(TK::Always, {fs.mk(TK::Or, {fs.mk(TK::Not, {p}), fs.mk(TK::Eventually, {q})})});
      }
      case Op::WF:
      case Op::SF: {
        int k = add_fair(n, f);
        Atom e;
        e.k = Atom::K::Enabled;
        e.fair = k;
        Atom t;
        t.k = Atom::K::Taken;
        t.fair = k;
        int en = fs.lit(atom(e)), tk = fs.lit(atom(t));
        int ntk = fs.mk(TK::Not, {en});
        if (n->op == Op::WF)  // WF == []<>(~ENABLED <<A>>_v \/ <<A>>_v)
          return fs.mk(TK::Always, {fs.mk(TK::Eventually, {fs.mk(TK::Or, {ntk, tk})})});
        // SF == <>[]~ENABLED <<A>>_v \/ []<><<A>>_v
        return fs.mk(TK::Or, {fs.mk(TK::Eventually, {fs.mk(TK::Always, {ntk})}),
                              fs.mk(TK::Always, {fs.mk(TK::Eventually, {tk})})});
      }
      case Op::Call: {
        Def* d = n->def;
        if (d->native || !d->body) unsupported(n, "this temporal operator");
        return build(d->body, call_frame(d, n, f));
      }
      case Op::Let: return in_let(n, f, [&] { return build(n->kids[0], f); });
      case Op::Forall:
      case Op::Exists: {
        std::vector<int> kids;
        each_binding(n, 0, f, [&](Frame* g) { rebound(f, g, [&] { kids.push_back(build(n->kids.back(), g)); }); });
        return fs.mk(n->op == Op::Forall ? TK::And : TK::Or, std::move(kids));
      }
      case Op::If: {
        if (n->kids[0]->level == Level::Constant) {
          Ctx c;
          c.worker = m_.worker();
          return build(eval_bool(n->kids[0], f, c) ? n->kids[1] : n->kids[2], f);
        }
        int c = build(n->kids[0], f);
        return fs.mk(TK::Or, {fs.mk(TK::And, {c, build(n->kids[1], f)}),
                              fs.mk(TK::And, {fs.mk(TK::Not, {c}), build(n->kids[2], f)})});
      }
      default: break;
    }
    unsupported(n, "this temporal formula (\\EE, \\AA, -+-> and \\cdot are not supported)");
  }

  /// Splits a property into its conjuncts (checked one by one).
  void split(const Node* n, Frame* f, std::vector<int>& out) {
    if (n->level == Level::Temporal) {
      if (n->op == Op::And) {
        for (const Node* k : n->kids) split(k, f, out);
        return;
      }
      if (n->op == Op::Forall) {
        each_binding(n, 0, f, [&](Frame* g) { rebound(f, g, [&] { split(n->kids.back(), g, out); }); });
        return;
      }
      if (n->op == Op::Call && n->def->body && !n->def->native) {
        split(n->def->body, call_frame(n->def, n, f), out);
        return;
      }
      if (n->op == Op::Let) {
        in_let(n, f, [&] {
          split(n->kids[0], f, out);
          return 0;
        });
        return;
      }
    }
    out.push_back(build(n, f));
  }

  /// Reads the fairness conjuncts of the specification.
  void read_fairness(const Node* n, Frame* f) {
    if (n->op == Op::And) {
      for (const Node* k : n->kids) read_fairness(k, f);
      return;
    }
    if (n->op == Op::Forall) {
      each_binding(n, 0, f, [&](Frame* g) { rebound(f, g, [&] { read_fairness(n->kids.back(), g); }); });
      return;
    }
    if (n->op == Op::Call && n->def->body && !n->def->native && n->level == Level::Temporal) {
      read_fairness(n->def->body, call_frame(n->def, n, f));
      return;
    }
    if (n->op == Op::Let) {
      in_let(n, f, [&] {
        read_fairness(n->kids[0], f);
        return 0;
      });
      return;
    }
    if (n->op == Op::WF || n->op == Op::SF) {
      int k = add_fair(n, f);
      streett.emplace_back(k, n->op == Op::SF);
      return;
    }
    spec_temporal.push_back(build(n, f));
  }

  // -- evaluation --

  std::unordered_map<const Node*, bool> has_enabled_;
  std::unordered_set<const Def*> visiting_;

  std::unordered_map<const Node*, bool> has_ghost_;

  bool has_ghost(const Node* n) {
    auto it = has_ghost_.find(n);
    if (it != has_ghost_.end()) return it->second;
    has_ghost_[n] = false;  // a recursive definition reached again adds nothing
    bool r = n->op == Op::GhostVar;
    for (const Node* k : n->kids)
      if (!r && has_ghost(k)) r = true;
    for (const Binder& b : n->binders)
      if (!r && b.set && has_ghost(b.set)) r = true;
    if (!r && n->def && n->def->body && !n->def->native) r = has_ghost(n->def->body);
    has_ghost_[n] = r;
    return r;
  }

  bool has_enabled(const Node* n) {
    auto it = has_enabled_.find(n);
    if (it != has_enabled_.end()) return it->second;
    bool r = n->op == Op::Enabled;
    for (const Node* k : n->kids)
      if (!r && has_enabled(k)) r = true;
    for (const Binder& b : n->binders)
      if (!r && b.set && has_enabled(b.set)) r = true;
    if (!r && n->op == Op::Call && n->def && n->def->body && !n->def->native && !visiting_.count(n->def)) {
      visiting_.insert(n->def);
      r = has_enabled(n->def->body);
      visiting_.erase(n->def);
    }
    has_enabled_[n] = r;
    return r;
  }

  std::vector<std::unique_ptr<Def>> dummy_defs_;

  Def* dummy_owner(int size) {
    for (auto& d : dummy_defs_)
      if (d->frame_size == size) return d.get();
    dummy_defs_.push_back(std::make_unique<Def>());
    dummy_defs_.back()->frame_size = size;
    dummy_defs_.back()->name = "ENABLED";
    return dummy_defs_.back().get();
  }

  /// The action `a` in frame `f`, in the form enumerate_next takes.
  Action as_action(const Node* a, Frame* f) {
    Action act;
    if (a->op == Op::Call && a->def->body && !a->def->native && !a->def->nested && !a->def->is_function) {
      act.node = a->def->body;
      act.owner = a->def;
      Ctx c;
      c.worker = m_.worker();
      for (const Node* k : a->kids) {
        if (const Value* lazy = lazy_param(k, f)) {
          act.frame.push_back(*lazy);
        } else if (k->level == Level::Constant) {
          act.frame.push_back(eval(k, f, c));
        } else {
          auto* co = new ClosureObj();
          co->target = k;
          co->frame = f;
          co->arity = -1;
          act.frame.push_back(Value::from_obj(co));
        }
      }
      return act;
    }
    if (f && f->parent) unsupported(a, "ENABLED of an action written inside a LET or LAMBDA");
    act.node = a;
    act.owner = dummy_owner(f ? f->size : 0);
    for (int i = 0; f && i < f->size; ++i) act.frame.push_back(f->slots[i]);
    return act;
  }

  /// Calls `emit` with each successor of `cur` under action `a` in frame `f` (stops when
  /// it returns false).
  /// Calls `emit` with each successor of `cur` under action `a` in frame `f` (stops when
  /// it returns false). A successor may be partial (Undef where the action leaves a
  /// variable unconstrained: ENABLED quantifies over it).
  void successors(const Node* a, Frame* f, const Value* cur, const std::function<bool(const Value*)>& emit) {
    Action act = as_action(a, f);
    Ctx c;
    c.worker = m_.worker();
    try {
      enumerate_next(act, cur, n_, c, [&](const Value* nx) {
        if (!emit(nx)) throw Stop{};
      });
    } catch (Stop&) {
    }
  }

  bool complete(const Value* st) const {
    for (size_t i = 0; i < n_; ++i)
      if (!st[i].defined()) return false;
    return true;
  }

  /// Whether `sub` differs between cur and nx; on a partial nx where `sub` needs an
  /// unconstrained variable, it can differ (some value of it does).
  /// `ls`: the LETs whose caches to clear before each evaluation of `sub`.
  bool changes(const Node* sub, Frame* f, const Value* cur, const Value* nx, const Lets* ls) {
    auto value_in = [&](const Value* st) {
      if (ls) reset(*ls);
      Ctx c;
      c.worker = m_.worker();
      c.cur = st;
      return eval(sub, f, c);
    };
    if (complete(nx)) {
      Value a = value_in(cur);
      return !equals(a, value_in(nx));
    }
    try {
      Value a = value_in(cur);
      return !equals(a, value_in(nx));
    } catch (Error&) {
      return true;
    }
  }

  /// Atom i (a state or action predicate) in context c.
  bool eval_atom(size_t i, Ctx& c) {
    reset(atom_lets[i]);
    cur_lets_ = &atom_lets[i];
    return pred(atoms[i].node, atoms[i].frame, c);
  }

  bool enabled(const Node* a, Frame* f, const Value* cur) {
    const Node* sub = nullptr;
    if (a->op == Op::BoxAction) return true;
    if (a->op == Op::AngleAction) {
      sub = a->kids[1];
      a = a->kids[0];
    }
    bool found = false;
    successors(a, f, cur, [&](const Value* nx) {
      if (sub && !changes(sub, f, cur, nx, cur_lets_)) return true;
      found = true;
      return false;
    });
    return found;
  }

  /// A state or action predicate, with ENABLED computed by enumeration.
  bool pred(const Node* n, Frame* f, Ctx& c) {
    if (!has_enabled(n)) return eval_bool(n, f, c, "a temporal property");
    switch (n->op) {
      case Op::And:
        for (const Node* k : n->kids)
          if (!pred(k, f, c)) return false;
        return true;
      case Op::Or:
        for (const Node* k : n->kids)
          if (pred(k, f, c)) return true;
        return false;
      case Op::Not: return !pred(n->kids[0], f, c);
      case Op::Implies: return !pred(n->kids[0], f, c) || pred(n->kids[1], f, c);
      case Op::Equiv: return pred(n->kids[0], f, c) == pred(n->kids[1], f, c);
      case Op::If: return pred(n->kids[0], f, c) ? pred(n->kids[1], f, c) : pred(n->kids[2], f, c);
      case Op::Let:
        for (int sl : n->let_slots) f->slots[sl] = Value();
        return pred(n->kids[0], f, c);
      case Op::Enabled:
        if (f && f->parent) break;  // inside a LET or LAMBDA: the evaluator's ENABLED
        // An ENABLED of an instance whose primed variables are its own (GhostVars, see
        // the resolver): the evaluator's ENABLED, whose next state has their slots.
        if (has_ghost(n)) break;
        return enabled(n->kids[0], f, c.cur);
      case Op::BoxAction: return pred(n->kids[0], f, c) || !changes(n->kids[1], f, c.cur, c.next, cur_lets_);
      case Op::AngleAction: return pred(n->kids[0], f, c) && changes(n->kids[1], f, c.cur, c.next, cur_lets_);
      case Op::Call: {
        Def* d = n->def;
        if (d->native || !d->body || d->is_function) break;
        FrameHolder fh(d->frame_size, d->nested ? walk(f, n->up) : nullptr);
        for (size_t i = 0; i < n->kids.size(); ++i)
          fh.get()->slots[i] = d->lazy_param(i) ? lazy_arg(n->kids[i], f) : eval(n->kids[i], f, c);
        return pred(d->body, fh.get(), c);
      }
      case Op::Forall:
      case Op::Exists: {
        bool all = n->op == Op::Forall;
        bool result = all;
        std::function<void(size_t)> rec = [&](size_t i) {
          if (i == n->binders.size()) {
            bool v = pred(n->kids.back(), f, c);
            if (v != all) result = !all;
            return;
          }
          for_each_binding(n->binders[i], f, c, [&] {
            rec(i + 1);
            return result == all;
          });
        };
        rec(0);
        return result;
      }
      default: break;
    }
    return eval_bool(n, f, c, "a temporal property");  // the evaluator computes ENABLED too
  }
};

// ---- the state graph -----------------------------------------------------------------------

struct Graph {
  size_t nv = 0;                  // variables
  size_t wn = 1, we = 1;          // bit words per node / per edge
  std::vector<Value> states;      // node i: states[i*nv .. (i+1)*nv)
  std::vector<int32_t> level;
  std::vector<uint64_t> node_bits;     // state atoms and enabled bits
  std::vector<uint64_t> stutter_bits;  // action atoms on the stuttering step
  std::vector<int64_t> first;          // edges of node i: [first[i], first[i+1])
  std::vector<int32_t> to, action;
  std::vector<uint64_t> edge_bits;     // action atoms and taken bits
  std::vector<int32_t> inits;
  size_t size() const { return level.size(); }
};

bool bit(const uint64_t* w, int b) { return (w[b >> 6] >> (b & 63)) & 1; }
void set_bit(uint64_t* w, int b) { w[b >> 6] |= 1ULL << (b & 63); }

struct Check {
  std::string name;
  int formula;  // NNF of the negation (with the spec's other temporal conjuncts)
};

/// Whether formula `id` has an atom evaluated on a step (an action, a fair act's <<A>>_v).
bool has_action(const Env& env, int id) {
  const TF& t = env.fs[id];
  if (t.k == TK::Lit) return env.atoms[static_cast<size_t>(t.atom)].on_edge();
  for (int k : t.kids)
    if (has_action(env, k)) return true;
  return false;
}

bool temporal_free(const Env& env, int id) {
  const TF& t = env.fs[id];
  if (t.k == TK::Always || t.k == TK::Eventually) return false;
  for (int k : t.kids)
    if (!temporal_free(env, k)) return false;
  return true;
}

/// A property TLC refuses before its search (Liveness.processLiveness): reported at once,
/// not after the safety search as the liveness checker's other errors are.
struct FormulaFormError : Error {
  using Error::Error;
};

/// TLC's Liveness.classifyExpr on the NNF formula `id`: every conjunct of its disjunctive
/// normal form (the subformulas reached through /\ and \/ only) that has an action in it
/// must be <>[]A or []<>A with A temporal-free; TLC refuses anything else, e.g. <><<A>>_v.
/// A disjunct <>A (reached through \/ only) is the negation of a conjunct [][B]_v of the
/// property, which TLC checks as an action property once it unrolls \A p \in S (its
/// OPCODE_bf case; cairn leaves those to this checker): accepted.
void check_action_forms(const Env& env, int id, const Loc& loc, bool top = true) {
  const TF& t = env.fs[id];
  if (t.k == TK::And || t.k == TK::Or) {
    for (int k : t.kids) check_action_forms(env, k, loc, top && t.k == TK::Or);
    return;
  }
  if (top && t.k == TK::Eventually && temporal_free(env, t.kids[0])) return;
  if ((t.k == TK::Eventually || t.k == TK::Always) && env.fs[t.kids[0]].k == (t.k == TK::Eventually ? TK::Always : TK::Eventually) &&
      temporal_free(env, env.fs[t.kids[0]].kids[0]))
    return;
  if (has_action(env, id))
    throw FormulaFormError(loc, "Temporal formulas containing actions must be of forms <>[]A or []<>A.", exit_code::other);
}

/// Whether TLC's check of the negated conjunct `id` needs a cycle, not only a path to a
/// bad state (the opposite of OrderOfSolution.hasEmptyPEMAndBoxFreePromises): a conjunct of
/// its DNF is <>[]X or []<>X with X temporal-free (a possible error model's condition,
/// Liveness.classifyExpr), or the tableau's formula has a <> with a [] inside (a promise
/// that is no pure eventuality). After a stuttering lasso of such a property TLC warns that
/// the stuttering may come from a missing fairness (LiveWorker.printTrace).
bool needs_cycle(const Env& env, int id) {
  const TF& t = env.fs[id];
  if (t.k == TK::And || t.k == TK::Or) {
    for (int k : t.kids)
      if (needs_cycle(env, k)) return true;
    return false;
  }
  if ((t.k == TK::Eventually || t.k == TK::Always) &&
      env.fs[t.kids[0]].k == (t.k == TK::Eventually ? TK::Always : TK::Eventually) &&
      temporal_free(env, env.fs[t.kids[0]].kids[0]))
    return true;
  // A promise (a <> of the tableau's formula) whose body has a [].
  std::function<bool(int, bool)> boxed_promise = [&](int f, bool in_promise) {
    const TF& u = env.fs[f];
    if (u.k == TK::Always && in_promise) return true;
    for (int k : u.kids)
      if (boxed_promise(k, in_promise || u.k == TK::Eventually)) return true;
    return false;
  };
  return boxed_promise(id, false);
}

/// Fills `env` from the model, always by the same sequence: the spec's fairness, then each
/// property split into its conjuncts. Hence every Env filled by it has the same atoms and
/// fair acts at the same indices (the graph's bits are numbered by them): the graph build
/// gives each thread its own Env, since evaluation writes into the frames an Env owns.
/// Returns the checks (one per conjunct of a property).
std::vector<Check> load_formulas(Env& env, Model& m) {
  // Spec fairness. The fairness nodes are conjuncts of SPECIFICATION written in its
  // definition's frame: give them a frame large enough for its bound variables.
  for (const Node* n : m.fairness) {
    Frame* f = env.arena.make(frame_need(n), nullptr);
    env.read_fairness(n, f);
  }
  int spec_extra = env.fs.mk(TK::And, env.spec_temporal);
  std::vector<Check> checks;
  for (const auto& p : m.properties) {
    Frame* f = env.arena.make(std::max(p.frame_size, frame_need(p.node)), nullptr);
    std::vector<int> parts;
    env.split(p.node, f, parts);
    for (int part : parts) {
      int neg = env.fs.mk(TK::And, {env.fs.mk(TK::Not, {part}), spec_extra});
      checks.push_back(Check{p.name, env.fs.nnf(neg, false)});
      check_action_forms(env, checks.back().formula, p.node->loc);
    }
  }
  return checks;
}

/// What expanding one node produces, merged into the graph in node order.
struct NodeOut {
  std::vector<uint64_t> node_bits;     // wn words: state atoms and enabled bits
  std::vector<uint64_t> stutter_bits;  // we words: action atoms on the stuttering step
  std::vector<Value> succ;             // the successors in the model, n per edge, in enumeration order
  std::vector<uint64_t> keys;          // per edge: the successor's key
  std::vector<int32_t> action;         // per edge: index into m.actions
  std::vector<uint64_t> edge_bits;     // we words per edge: action atoms and taken bits
  std::optional<Error> error;          // the expansion failed (the first in node order is thrown)
  size_t edges() const { return keys.size(); }
};

/// One node's expansion in progress (one per worker), and what it produced.
struct Expansion {
  Env* env = nullptr;
  const Value* cur = nullptr;
  int level = 0;
  NodeOut out;
  std::vector<std::vector<uint64_t>> fair_sets;  // per fair act: its <<A>>_v-successors' fingerprints
  std::vector<char> fair_partial, fair_by_edges;
  std::vector<char> fair_redo;  // a reusing fair act that label_node enumerates after all
  std::vector<char> fair_off;   // a reusing fair act whose state guard is false
  std::vector<uint64_t> edge_fp;  // per edge: the successor's full fingerprint (with fairness)
  std::unordered_map<uint64_t, size_t> first_edge;  // successor's fingerprint -> edge
  std::vector<size_t> same_as;                      // per edge: the first edge to its successor
};

/// The nodes one worker of the safety search expanded, flattened, in its order.
struct Recorded {
  std::vector<uint64_t> key;
  std::vector<Value> states;            // nv per node
  std::vector<uint64_t> node_bits, stutter_bits;
  std::vector<int64_t> first;           // edges of node i: [first[i], first[i+1])
  std::vector<uint64_t> to_key;         // per edge
  std::vector<int32_t> action;
  std::vector<uint64_t> edge_bits;
  std::vector<std::pair<size_t, Error>> errors;  // (node, its labelling error)
};

struct CoverMask;

class Checker : public EdgeObserver {
 public:
  Checker(Model& m, const CheckOptions& o) : m_(m), opts_(o), env_(m), n_(m.nvars()) {}

  /// Prepares the formulas before the safety search, which then reports its edges here
  /// (observing() is false when that fails, or the graph must be built by its own BFS).
  void observe();
  bool observing() const { return observing_; }
  /// After a successful safety search: the graph from the recorded edges (or its own
  /// BFS), then the checks.
  CheckResult run(const CheckResult& safety);
  /// The checks on the graph of one finite behaviour (BehaviourCheck, liveness.hpp): the
  /// verdict and lasso of the first property it violates, or nullopt.
  std::optional<CheckResult> check_behaviour(const std::vector<std::vector<Value>>& states);

  // EdgeObserver: each worker labels the nodes it expands into its own Recorded.
  void initial(const std::vector<uint64_t>& keys) override { init_keys_ = keys; }
  void begin(const Value* cur, uint64_t key, int level) override;
  void successors(size_t action, Ctx& c, const KeepFn& keep) override;
  void end() override;
  bool labels_fail(const Value* cur) override;

 private:
  Model& m_;
  const CheckOptions& opts_;
  Env env_;  // the formulas checked; also evaluates when building with one worker
  size_t n_;
  Graph g_;
  std::optional<StateSpace> states_;  // the same state keys and constraints as the explorer
  // Bit positions: node bits [state atoms][enabled per fair act]; edge bits [action atoms][taken per fair act].
  std::vector<int> atom_bit_;
  int n_state_atoms_ = 0, n_action_atoms_ = 0;
  std::vector<bool> fair_is_next_;
  // A fair act whose action is exactly a union of actions of m_.actions (the same
  // definition with equal constant arguments, split as split_actions does): its
  // <<A>>_v-successors are taken from the node expansion instead of enumerating A again.
  // An action `\E x \in S : B` over a constant S is enumerated as its bindings (the same
  // successors in the same order) when that lets a fair act reuse them.
  std::vector<char> fair_reuse_;                    // per fair act
  std::vector<std::vector<const Node*>> fair_guards_;  // per fair act: state guards G in G /\ D(args)
  std::vector<std::vector<Action>> units_;          // per action: what the expansion enumerates
  std::vector<std::vector<std::vector<int>>> unit_fair_;  // per action, per unit: the reusing fair acts
  std::vector<Check> checks_;
  // One Env per thread of the graph build (more than one worker).
  tbb::enumerable_thread_specific<std::unique_ptr<Env>> envs_;

  uint64_t key_of(const Value* st, int level) { return states_->key(st, level); }
  bool in_model(const Value* cur, const Value* next, int level) { return states_->in_model(cur, next, level); }

  // The recorded edges.
  struct Worker {
    Expansion x;
    uint64_t key = 0;
    Recorded rec;
  };
  tbb::enumerable_thread_specific<Worker> workers_;
  std::vector<uint64_t> init_keys_;
  bool observing_ = false;
  bool prepared_ = false;
  std::optional<Error> prepare_error_;

  void prepare();
  Env& thread_env();
  void build_graph();
  void graph_from_edges();
  void graph_of_behaviour(const std::vector<std::vector<Value>>& states);
  void expand(Env& env, const Value* cur, int level, Expansion& x);
  void begin_node(Expansion& x, Env& env, const Value* cur, int level);
  void expand_action(Expansion& x, size_t ai, Ctx& c, const EdgeObserver::KeepFn& keep, bool own);
  void end_node(Expansion& x);
  void label_edges(Expansion& x);
  void label_node(Env& env, const Value* cur, int level, NodeOut& out,
                  std::vector<std::vector<uint64_t>>& fair_sets, std::vector<char>& fair_partial,
                  std::vector<char>& fair_by_edges, const std::vector<char>& fair_redo);
  void match_fair_actions();
  bool check_one(const Check& ch, CheckResult& r);
  bool tlc_lasso(const Check& ch, CheckResult& r);
  CoverMask mask_of(const Cover& c) const;
  // Checking one simulated behaviour (TLC's LiveCheck1.checkTrace, not LiveWorker): the
  // lasso stays check_one's own.
  bool behaviour_ = false;
  /// Ends the phase (Interrupted) once a signal asked the run to stop.
  void poll_stop() const {
    if (opts_.stop && opts_.stop->load(std::memory_order_relaxed) != 0) throw Interrupted{};
  }
  struct Interrupted {};
};

void Checker::prepare() {
  states_.emplace(m_);
  checks_ = load_formulas(env_, m_);
  atom_bit_.resize(env_.atoms.size());
  for (size_t i = 0; i < env_.atoms.size(); ++i) {
    const Atom& a = env_.atoms[i];
    if (a.k == Atom::K::StatePred) atom_bit_[i] = n_state_atoms_++;
    else if (a.k == Atom::K::ActionPred) atom_bit_[i] = n_action_atoms_++;
  }
  for (size_t i = 0; i < env_.atoms.size(); ++i) {
    const Atom& a = env_.atoms[i];
    if (a.k == Atom::K::Enabled) atom_bit_[i] = n_state_atoms_ + a.fair;
    else if (a.k == Atom::K::Taken) atom_bit_[i] = n_action_atoms_ + a.fair;
  }
  size_t nf = env_.fair.size();
  g_.nv = n_;
  g_.wn = (static_cast<size_t>(n_state_atoms_) + nf + 63) / 64 + 0;
  g_.we = (static_cast<size_t>(n_action_atoms_) + nf + 63) / 64 + 0;
  if (g_.wn == 0) g_.wn = 1;
  if (g_.we == 0) g_.we = 1;
  fair_is_next_.resize(nf);
  for (size_t k = 0; k < nf; ++k) {
    const Node* a = env_.fair[k].action;
    fair_is_next_[k] = !env_.fair[k].enabled && m_.next && a->op == Op::Call && a->kids.empty() && m_.next->op == Op::Call &&
                       m_.next->kids.empty() && a->def == m_.next->def;
  }
  match_fair_actions();
}

namespace {

using Leaf = Action;  // a piece of a split action: its node, owner and frame are compared

/// The actions `n` (in the frame of `owner` with parameter values `frame`) splits into,
/// exactly as the next-state relation is split into m.actions (split_actions).
void split_leaves(const Node* n, Def* owner, const std::vector<Value>& frame, std::vector<Leaf>& out,
                  Worker* worker) {
  for (Action& a : split_actions(n, owner, frame, "", worker)) out.push_back(std::move(a));
}

}  // namespace

/// Fills fair_reuse_, fair_guards_, units_ and unit_fair_. A fair act A = D(args) (a
/// definition called with constant arguments, which ENABLED enumerates as D's body in a
/// frame of the argument values: Env::as_action), possibly after state-level guards
/// G1 /\ ... /\ D(args), is split as the next-state relation is split (split_leaves); the
/// actions of m_.actions are split the same way, an action `\E x \in S : B` over a constant
/// S first into its bindings. If the pieces of some of those units are all pieces of A and
/// together cover A, enumerating A from a state gives exactly the successors of those units
/// (when the guards hold), which the expansion enumerates anyway. Otherwise A is enumerated
/// on its own (label_node).
void Checker::match_fair_actions() {
  size_t nf = env_.fair.size();
  fair_reuse_.assign(nf, 0);
  fair_guards_.assign(nf, {});
  units_.assign(m_.actions.size(), {});
  unit_fair_.assign(m_.actions.size(), {});
  for (size_t ai = 0; ai < m_.actions.size(); ++ai) units_[ai].push_back(m_.actions[ai]);
  // Candidate split of each action into its bindings.
  std::vector<std::vector<Action>> subs(m_.actions.size());
  for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
    const Action& x = m_.actions[ai];
    const Node* n = x.node;
    if (n->op != Op::Exists || n->binders.size() != 1 || !n->binders[0].set ||
        n->binders[0].set->level != Level::Constant || !x.owner || n->kids.empty())
      continue;
    int top = static_cast<int>(x.frame.size());
    for (int sl : n->binders[0].slots) top = std::max(top, sl + 1);
    if (top > x.owner->frame_size) continue;
    try {
      FrameHolder fh(x.owner->frame_size, nullptr);
      for (size_t i = 0; i < x.frame.size(); ++i) fh.get()->slots[i] = x.frame[i];
      Ctx c;
      c.worker = m_.worker();
      for_each_binding(n->binders[0], fh.get(), c, [&] {
        Action u = x;
        u.node = n->kids[0];
        u.frame.assign(fh.get()->slots, fh.get()->slots + top);
        subs[ai].push_back(std::move(u));
        return subs[ai].size() <= 4096;
      });
      if (subs[ai].size() > 4096) subs[ai].clear();
    } catch (Error&) {
      subs[ai].clear();
    }
  }
  auto leaves_of = [this](const Action& u, std::vector<Leaf>& out) {
    try {
      split_leaves(u.node, u.owner, u.frame, out, m_.worker());
      return true;
    } catch (Error&) {
      return false;
    }
  };
  auto same_leaf = [](const Leaf& a, const Leaf& b) {
    if (a.node != b.node || a.owner != b.owner || a.frame.size() != b.frame.size()) return false;
    for (size_t i = 0; i < a.frame.size(); ++i) {
      // A slot the leaf does not bind (undefined) or a value of another kind is another
      // leaf: TLC's equality would raise an error where there is nothing to compare.
      const Value &x = a.frame[i], &y = b.frame[i];
      if (x.defined() != y.defined()) return false;
      if (!x.defined()) continue;
      try {
        if (!equals(x, y)) return false;
      } catch (const Error&) {
        return false;
      }
    }
    return true;
  };
  // Leaves of every unit, whole actions and bindings.
  std::vector<std::vector<Leaf>> whole(m_.actions.size());
  std::vector<char> whole_ok(m_.actions.size());
  std::vector<std::vector<std::vector<Leaf>>> sub_leaves(m_.actions.size());
  std::vector<std::vector<char>> sub_ok(m_.actions.size());
  for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
    whole_ok[ai] = leaves_of(m_.actions[ai], whole[ai]);
    sub_leaves[ai].resize(subs[ai].size());
    sub_ok[ai].resize(subs[ai].size());
    for (size_t j = 0; j < subs[ai].size(); ++j) sub_ok[ai][j] = leaves_of(subs[ai][j], sub_leaves[ai][j]);
  }
  // Per fair act: the units it takes, (action, binding or -1 for the whole action).
  std::vector<std::vector<std::pair<size_t, int>>> taken(nf);
  std::vector<char> split_used(m_.actions.size(), 0);
  for (size_t k = 0; k < nf; ++k) {
    if (fair_is_next_[k] || env_.fair[k].enabled) continue;
    const FairAct& fa = env_.fair[k];
    const Node* a = fa.action;
    std::vector<const Node*> guards;
    if (a->op == Op::And && !a->kids.empty()) {
      bool ok = true;
      for (size_t i = 0; i + 1 < a->kids.size(); ++i) {
        const Node* g = a->kids[i];
        if (g->level > Level::State || env_.has_enabled(g)) ok = false;
        guards.push_back(g);
      }
      if (!ok) continue;
      a = a->kids.back();
    }
    if (a->op != Op::Call || !a->def->body || a->def->native || a->def->nested || a->def->is_function ||
        a->def->level < Level::Action)
      continue;
    bool constant_args = true;
    for (const Node* kid : a->kids)
      if (kid->level != Level::Constant || kid->op == Op::Closure) constant_args = false;
    if (!constant_args) continue;
    std::vector<Leaf> leaves;
    try {
      env_.reset(env_.fair_lets[k]);
      std::vector<Value> args;
      for (const Node* kid : a->kids) {
        Ctx c;
        c.worker = m_.worker();
        args.push_back(eval(kid, fa.frame, c));
      }
      env_.reset(env_.fair_lets[k]);
      split_leaves(a->def->body, a->def, args, leaves, m_.worker());
    } catch (Error&) {
      continue;
    }
    if (leaves.empty()) continue;
    auto within = [&](const std::vector<Leaf>& ls) {
      if (ls.empty()) return false;
      for (const Leaf& l : ls) {
        bool in = false;
        for (const Leaf& f : leaves) in = in || same_leaf(l, f);
        if (!in) return false;
      }
      return true;
    };
    std::vector<char> covered(leaves.size(), 0);
    auto cover = [&](const std::vector<Leaf>& ls) {
      for (const Leaf& l : ls)
        for (size_t i = 0; i < leaves.size(); ++i)
          if (same_leaf(l, leaves[i])) covered[i] = 1;
    };
    std::vector<std::pair<size_t, int>> us;
    for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
      if (whole_ok[ai] && within(whole[ai])) {
        us.emplace_back(ai, -1);
        cover(whole[ai]);
        continue;
      }
      for (size_t j = 0; j < subs[ai].size(); ++j)
        if (sub_ok[ai][j] && within(sub_leaves[ai][j])) {
          us.emplace_back(ai, static_cast<int>(j));
          cover(sub_leaves[ai][j]);
        }
    }
    if (std::find(covered.begin(), covered.end(), 0) != covered.end()) continue;
    fair_reuse_[k] = 1;
    fair_guards_[k] = std::move(guards);
    for (auto [ai, j] : us)
      if (j >= 0) split_used[ai] = 1;
    taken[k] = std::move(us);
  }
  for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
    if (split_used[ai]) units_[ai] = subs[ai];
    unit_fair_[ai].assign(units_[ai].size(), {});
  }
  for (size_t k = 0; k < nf; ++k)
    for (auto [ai, j] : taken[k]) {
      if (j < 0) {
        for (auto& uf : unit_fair_[ai]) uf.push_back(static_cast<int>(k));  // all of its bindings
      } else {
        unit_fair_[ai][static_cast<size_t>(j)].push_back(static_cast<int>(k));
      }
    }
}

/// The Env of the calling thread for the graph build: built by the same load_formulas as
/// env_, so its atoms and fair acts are env_'s, index for index.
Env& Checker::thread_env() {
  std::unique_ptr<Env>& e = envs_.local();
  if (!e) {
    e = std::make_unique<Env>(m_);
    load_formulas(*e, m_);
    bool same = e->atoms.size() == env_.atoms.size() && e->fair.size() == env_.fair.size();
    for (size_t i = 0; same && i < e->atoms.size(); ++i)
      same = e->atoms[i].k == env_.atoms[i].k && e->atoms[i].node == env_.atoms[i].node &&
             e->atoms[i].fair == env_.atoms[i].fair;
    if (!same) throw Error(Loc{}, "internal error: the liveness formulas differ between threads", exit_code::other);
  }
  return *e;
}

/// Labels the node with state `cur` (its edges already in `out`, their successors'
/// full fingerprints in edge_fp): state atoms, enabled bits, the stuttering step; fills
/// fair_sets with the fingerprints of the <<A>>_v-successors of each fair act.
void Checker::label_node(Env& env, const Value* cur, int level, NodeOut& out,
                         std::vector<std::vector<uint64_t>>& fair_sets, std::vector<char>& fair_partial,
                         std::vector<char>& fair_by_edges, const std::vector<char>& fair_redo) {
  uint64_t* nb = out.node_bits.data();
  uint64_t* sb = out.stutter_bits.data();
  Ctx c;
  c.worker = m_.worker();
  c.cur = cur;
  c.level = level;
  for (size_t i = 0; i < env.atoms.size(); ++i) {
    const Atom& a = env.atoms[i];
    if (a.k == Atom::K::StatePred) {
      if (env.eval_atom(i, c)) set_bit(nb, atom_bit_[i]);
    } else if (a.k == Atom::K::ActionPred) {
      Ctx cs = c;
      cs.next = const_cast<Value*>(cur);
      if (env.eval_atom(i, cs)) set_bit(sb, atom_bit_[i]);
    }
  }
  for (size_t k = 0; k < env.fair.size(); ++k) {
    auto& set = fair_sets[k];
    if (const Node* en = env.fair[k].enabled) {
      // TLC's LNStateEnabled: ENABLED <<A>>_v evaluated in the node; the taken bits are
      // <<A>>_v evaluated on each edge (LNAction), in label_edges.
      set.clear();
      fair_partial[k] = true;
      fair_by_edges[k] = false;
      env.reset(env.fair_lets[k]);
      Ctx ce;
      ce.worker = m_.worker();
      ce.cur = cur;
      ce.level = level;
      if (eval_bool(en, env.fair[k].frame, ce, "a fairness action")) set_bit(nb, n_state_atoms_ + static_cast<int>(k));
      continue;
    }
    if (!fair_is_next_[k] && (!fair_reuse_[k] || fair_redo[k])) {
      // Enumerate A from the node (its successors were not all taken from the expansion).
      set.clear();
      fair_partial[k] = false;
      fair_by_edges[k] = false;
      const FairAct& fa = env.fair[k];
      try {
        env.reset(env.fair_lets[k]);
        env.successors(fa.action, fa.frame, cur, [&](const Value* nx) {
          if (!env.changes(fa.sub, fa.frame, cur, nx, &env.fair_lets[k])) return true;
          if (env.complete(nx)) set.push_back(state_fingerprint(nx, n_));
          else fair_partial[k] = true;  // taken bits: evaluate <<A>>_v on each edge
          return true;
        });
      } catch (Error&) {
        // A cannot be enumerated (typically an action of a refined spec seen through a
        // refinement mapping, whose primed "variables" are expressions, or one ranging
        // over an infinite set): decide ENABLED <<A>>_v on the graph's own successors.
        set.clear();
        fair_partial[k] = true;
        fair_by_edges[k] = true;
      }
    }
    if (!set.empty() || (fair_partial[k] && !fair_by_edges[k])) set_bit(nb, n_state_atoms_ + static_cast<int>(k));
    std::sort(set.begin(), set.end());
  }
}

/// Starts the expansion of node `cur` (at BFS level `level`) into x.out: the state guards
/// of the reusing fair acts.
void Checker::begin_node(Expansion& x, Env& env, const Value* cur, int level) {
  NodeOut& out = x.out;
  x.env = &env;
  x.cur = cur;
  x.level = level;
  out.node_bits.assign(g_.wn, 0);
  out.stutter_bits.assign(g_.we, 0);
  out.succ.clear();
  out.keys.clear();
  out.action.clear();
  out.edge_bits.clear();
  out.error.reset();
  size_t nf = env.fair.size();
  x.fair_sets.assign(nf, {});
  x.fair_partial.assign(nf, 0);
  x.fair_by_edges.assign(nf, 0);
  x.fair_redo.assign(nf, 0);
  x.fair_off.assign(nf, 0);
  x.edge_fp.clear();
  x.first_edge.clear();
  x.same_as.clear();
  // The state guards of the reusing fair acts: false, no successors; an error, label_node
  // enumerates the fair act itself.
  for (size_t k = 0; k < nf; ++k) {
    if (!fair_reuse_[k] || fair_guards_[k].empty()) continue;
    const FairAct& fa = env.fair[k];
    try {
      for (const Node* g : fair_guards_[k]) {
        env.reset(env.fair_lets[k]);
        Ctx cg;
        cg.worker = m_.worker();
        cg.cur = cur;
        cg.level = level;
        if (!eval_bool(g, fa.frame, cg, "a fairness action")) {
          x.fair_off[k] = 1;
          break;
        }
      }
    } catch (Error&) {
      x.fair_redo[k] = 1;
    }
  }
}

/// Enumerates the units of action `ai` from x.cur, passing each successor to `keep` (which
/// gives its key when it is in the model) and recording its edge with its labels.
/// A labelling error ends the expansion when `own` (the graph's own BFS); else it is kept
/// in x.out.error (the first of the node, located by the enumeration as an error of the
/// expansion would be) and the unit is enumerated again without labels, handing `keep`
/// the successors it has not had yet, for the search that asked for them. An error
/// enumerating propagates.
void Checker::expand_action(Expansion& x, size_t ai, Ctx& c, const EdgeObserver::KeepFn& keep, bool own) {
  Env& env = *x.env;
  NodeOut& out = x.out;
  const Value* cur = x.cur;
  const int level = x.level;
  size_t nf = env.fair.size();
  const bool plain_keys = !m_.symmetry && !m_.view;  // the key is the state's fingerprint
  // Edge labels depend only on the step (cur, successor): a successor found again (by
  // another action or binding; common) copies the labels of its first edge.
  const bool memo = n_action_atoms_ > 0 || nf > 0;
  for (size_t ui = 0; ui < units_[ai].size(); ++ui) {
    const std::vector<int>& reusing = unit_fair_[ai][ui];
    size_t handed = 0;  // successors of this unit given to keep
    bool label_failed = false;
    auto labelled = [&](auto&& body) {
      try {
        body();
      } catch (Error&) {
        label_failed = true;
        throw;
      }
    };
    auto edge = [&](const Value* nx) {
      bool partial = false;
      for (size_t i = 0; i < n_ && !partial; ++i)
        if (!nx[i].defined()) partial = true;
      uint64_t full = 0;
      bool have_full = false;
      labelled([&] {
        // The fair acts that take this action's successors (as label_node would find them):
        // a partial successor that changes v makes the taken bits be decided per edge; an
        // error evaluating v sends the fair act back to label_node's own enumeration.
        for (int k : reusing) {
          if (x.fair_redo[k] || x.fair_off[k]) continue;
          const FairAct& fa = env.fair[static_cast<size_t>(k)];
          try {
            if (!env.changes(fa.sub, fa.frame, cur, nx, &env.fair_lets[static_cast<size_t>(k)])) continue;
          } catch (Error&) {
            x.fair_redo[k] = 1;
            continue;
          }
          if (partial) {
            x.fair_partial[k] = 1;
            continue;
          }
          if (!have_full) { full = state_fingerprint(nx, n_); have_full = true; }
          x.fair_sets[static_cast<size_t>(k)].push_back(full);
        }
        for (size_t k = 0; k < nf && !partial; ++k) {
          if (!fair_is_next_[k]) continue;
          if (env.changes(env.fair[k].sub, env.fair[k].frame, cur, nx, &env.fair_lets[k])) {
            if (!have_full) { full = state_fingerprint(nx, n_); have_full = true; }
            x.fair_sets[k].push_back(full);
          }
        }
      });
      ++handed;
      std::optional<uint64_t> key = keep(nx);
      if (partial || !key) return;
      if (!have_full && plain_keys) { full = *key; have_full = true; }
      out.succ.insert(out.succ.end(), nx, nx + n_);
      out.keys.push_back(*key);
      out.action.push_back(static_cast<int32_t>(ai));
      out.edge_bits.resize(out.keys.size() * g_.we, 0);
      if (memo && !have_full) { full = state_fingerprint(nx, n_); have_full = true; }
      if (nf) x.edge_fp.push_back(full);
      size_t e = out.keys.size() - 1;
      uint64_t* eb = &out.edge_bits[e * g_.we];
      if (memo) {
        auto [it, fresh] = x.first_edge.emplace(full, e);
        x.same_as.push_back(it->second);
        if (!fresh) {
          std::copy_n(&out.edge_bits[it->second * g_.we], g_.we, eb);
          return;
        }
      }
      Ctx ce;
      ce.worker = m_.worker();
      ce.cur = cur;
      ce.next = const_cast<Value*>(nx);
      ce.level = level;
      labelled([&] {
        for (size_t i = 0; i < env.atoms.size(); ++i) {
          const Atom& a = env.atoms[i];
          if (a.k == Atom::K::ActionPred && env.eval_atom(i, ce)) set_bit(eb, atom_bit_[i]);
        }
      });
    };
    if (out.error) {  // labelling failed earlier in this node: only the search's successors
      enumerate_next(units_[ai][ui], cur, n_, c, [&](const Value* nx) { keep(nx); });
      continue;
    }
    try {
      enumerate_next(units_[ai][ui], cur, n_, c, edge);
    } catch (Error& e) {
      if (!label_failed || own) throw;
      out.error = e;
      size_t seen = 0;
      enumerate_next(units_[ai][ui], cur, n_, c, [&](const Value* nx) {
        if (seen++ >= handed) keep(nx);
      });
    }
  }
}

/// Ends the expansion of x.cur: its own labels and the taken bits of its edges (unless
/// labelling failed).
void Checker::end_node(Expansion& x) {
  if (x.out.error) return;
  try {
    label_edges(x);
  } catch (Error& e) {
    x.out.error = e;
  }
}

void Checker::label_edges(Expansion& x) {
  Env& env = *x.env;
  NodeOut& out = x.out;
  const Value* cur = x.cur;
  const int level = x.level;
  size_t nf = env.fair.size();
  label_node(env, cur, level, out, x.fair_sets, x.fair_partial, x.fair_by_edges, x.fair_redo);
  size_t ne = out.edges();
  for (size_t k = 0; k < nf; ++k) {
    const auto& set = x.fair_sets[k];
    if (x.fair_partial[k]) {
      // Some A-successors were partial: decide each edge by evaluating <<A>>_v on it.
      const FairAct& fa = env.fair[k];
      for (size_t e = 0; e < ne; ++e) {
        int b = n_action_atoms_ + static_cast<int>(k);
        if (x.same_as[e] != e) {  // the same step as an earlier edge
          if (bit(&out.edge_bits[x.same_as[e] * g_.we], b)) set_bit(&out.edge_bits[e * g_.we], b);
          continue;
        }
        const Value* nx = &out.succ[e * n_];
        Ctx ce;
        ce.worker = m_.worker();
        ce.cur = cur;
        ce.next = const_cast<Value*>(nx);
        ce.level = level;
        if (!env.changes(fa.sub, fa.frame, cur, nx, &env.fair_lets[k])) continue;
        env.reset(env.fair_lets[k]);
        if (eval_bool(fa.action, fa.frame, ce, "a fairness action")) {
          set_bit(&out.edge_bits[e * g_.we], n_action_atoms_ + static_cast<int>(k));
          if (x.fair_by_edges[k]) set_bit(out.node_bits.data(), n_state_atoms_ + static_cast<int>(k));
        }
      }
      continue;
    }
    if (set.empty()) continue;
    for (size_t e = 0; e < ne; ++e)
      if (std::binary_search(set.begin(), set.end(), x.edge_fp[e]))
        set_bit(&out.edge_bits[e * g_.we], n_action_atoms_ + static_cast<int>(k));
  }
}

/// Expands one node on its own (the graph's own BFS): its edges in enumeration order with
/// their labels, and its own labels. Touches no shared state but the read-only graph and
/// model, so nodes are expanded in parallel, each thread with its own `env`.
void Checker::expand(Env& env, const Value* cur, int level, Expansion& x) {
  begin_node(x, env, cur, level);
  for (size_t ai = 0; ai < m_.actions.size(); ++ai) {
    Ctx c;
    c.worker = m_.worker();
    c.level = level;
    expand_action(x, ai, c, [&](const Value* nx) -> std::optional<uint64_t> {
      for (size_t i = 0; i < n_; ++i)
        if (!nx[i].defined()) return std::nullopt;
      if (!in_model(cur, nx, level + 1)) return std::nullopt;
      return key_of(nx, level + 1);
    }, true);
  }
  end_node(x);
}

void Checker::build_graph() {
  std::unordered_map<uint64_t, int32_t> ids;
  auto add = [&](const Value* st, uint64_t key, int level) -> int32_t {
    auto [it, fresh] = ids.emplace(key, static_cast<int32_t>(g_.size()));
    if (!fresh) return it->second;
    g_.states.insert(g_.states.end(), st, st + n_);
    g_.level.push_back(level);
    return it->second;
  };
  {
    Ctx base;
    base.worker = m_.worker();
    enumerate_init(m_.init, m_.init_owner, n_, base, [&](const Value* st) {
      for (size_t i = 0; i < n_; ++i)
        if (!st[i].defined()) return;
      if (!in_model(st, nullptr, 1)) return;
      size_t before = g_.size();
      int32_t id = add(st, key_of(st, 1), 1);
      if (g_.size() > before) g_.inits.push_back(id);
    });
  }
  // Nodes are expanded in chunks of consecutive ids, in parallel; each chunk is then
  // merged in node order, so ids, edges and bits are those of a serial BFS whatever the
  // number of workers.
  constexpr size_t kChunk = 4096;
  const int workers = std::max(1, opts_.workers);
  std::vector<Expansion> outs(kChunk);
  auto expand_one = [&](Env& env, size_t id, Expansion& x) {
    try {
      expand(env, &g_.states[id * n_], g_.level[id], x);
    } catch (Error& e) {
      x.out.error = e;
    }
  };
  tbb::task_arena arena(workers);
  for (size_t lo = 0; lo < g_.size();) {
    size_t hi = std::min(g_.size(), lo + kChunk);
    if (workers == 1) {
      for (size_t id = lo; id < hi; ++id) expand_one(env_, id, outs[id - lo]);
    } else {
      arena.execute([&] {
        tbb::parallel_for(tbb::blocked_range<size_t>(lo, hi, 4), [&](const tbb::blocked_range<size_t>& r) {
          Env& env = thread_env();
          for (size_t id = r.begin(); id != r.end(); ++id) expand_one(env, id, outs[id - lo]);
        });
      });
    }
    for (size_t id = lo; id < hi; ++id) {
      NodeOut& o = outs[id - lo].out;
      if (o.error) throw *o.error;
      int level = g_.level[id];
      g_.first.push_back(static_cast<int64_t>(g_.to.size()));
      g_.node_bits.insert(g_.node_bits.end(), o.node_bits.begin(), o.node_bits.end());
      g_.stutter_bits.insert(g_.stutter_bits.end(), o.stutter_bits.begin(), o.stutter_bits.end());
      for (size_t e = 0; e < o.edges(); ++e) {
        g_.to.push_back(add(&o.succ[e * n_], o.keys[e], level + 1));
        g_.action.push_back(o.action[e]);
      }
      g_.edge_bits.insert(g_.edge_bits.end(), o.edge_bits.begin(), o.edge_bits.end());
    }
    lo = hi;
  }
  g_.first.push_back(static_cast<int64_t>(g_.to.size()));
}

void Checker::observe() {
  try {
    prepare();
    prepared_ = true;
  } catch (FormulaFormError&) {
    throw;
  } catch (Error& e) {
    prepare_error_ = e;
    return;
  }
  // The search's nodes are its representatives of their keys: with several workers the
  // first state found with a key may differ from a serial search's under SYMMETRY or VIEW
  // (with plain keys a key is one state), so then the graph is built by its own BFS.
  observing_ = opts_.workers <= 1 || (!m_.symmetry && !m_.view);
}

void Checker::begin(const Value* cur, uint64_t key, int level) {
  Worker& w = workers_.local();
  w.key = key;
  begin_node(w.x, thread_env(), cur, level);
}

void Checker::successors(size_t action, Ctx& c, const KeepFn& keep) {
  expand_action(workers_.local().x, action, c, keep, false);
}

bool Checker::labels_fail(const Value* cur) {
  Env& env = thread_env();
  try {
    for (size_t k = 0; k < env.fair.size(); ++k) {
      const FairAct& fa = env.fair[k];
      env.reset(env.fair_lets[k]);
      if (fa.enabled) {
        Ctx ce;
        ce.worker = m_.worker();
        ce.cur = cur;
        eval_bool(fa.enabled, fa.frame, ce, "a fairness action");
        continue;
      }
      env.successors(fa.action, fa.frame, cur, [&](const Value* nx) {
        return !env.changes(fa.sub, fa.frame, cur, nx, &env.fair_lets[k]);  // stop at the first <<A>>_v step
      });
    }
  } catch (Error&) {
    return true;
  }
  return false;
}

void Checker::end() {
  Worker& w = workers_.local();
  end_node(w.x);
  Recorded& r = w.rec;
  const NodeOut& o = w.x.out;
  size_t node = r.key.size();
  r.key.push_back(w.key);
  r.states.insert(r.states.end(), w.x.cur, w.x.cur + n_);
  if (o.error) {
    r.errors.emplace_back(node, *o.error);
    r.node_bits.resize(r.node_bits.size() + g_.wn, 0);
    r.stutter_bits.resize(r.stutter_bits.size() + g_.we, 0);
    r.first.push_back(static_cast<int64_t>(r.to_key.size()));
    throw *o.error;  // the search stops here, as TLC's does (Worker.doNextCheckLiveness)
  }
  r.node_bits.insert(r.node_bits.end(), o.node_bits.begin(), o.node_bits.end());
  r.stutter_bits.insert(r.stutter_bits.end(), o.stutter_bits.begin(), o.stutter_bits.end());
  r.first.push_back(static_cast<int64_t>(r.to_key.size()));
  r.to_key.insert(r.to_key.end(), o.keys.begin(), o.keys.end());
  r.action.insert(r.action.end(), o.action.begin(), o.action.end());
  r.edge_bits.insert(r.edge_bits.end(), o.edge_bits.begin(), o.edge_bits.end());
}

/// The graph from the nodes the safety search recorded, numbered as build_graph numbers
/// them (a serial BFS from the initial states, each node's edges in their order), so ids
/// do not depend on which worker expanded a node, nor on the search's own order.
void Checker::graph_from_edges() {
  struct Where {
    Recorded* rec;
    size_t node;
    int32_t id = -1;
  };
  std::unordered_map<uint64_t, Where> at;
  size_t total = 0;
  for (Worker& w : workers_) total += w.rec.key.size();
  at.reserve(total);
  for (Worker& w : workers_) {
    w.rec.first.push_back(static_cast<int64_t>(w.rec.to_key.size()));
    for (size_t i = 0; i < w.rec.key.size(); ++i) at.emplace(w.rec.key[i], Where{&w.rec, i});
  }
  std::vector<Where*> order;
  order.reserve(total);
  auto id_of = [&](uint64_t key, int level) -> int32_t {
    auto it = at.find(key);
    if (it == at.end()) throw Error(Loc{}, "internal error: a liveness node was not expanded", exit_code::other);
    Where& wh = it->second;
    if (wh.id < 0) {
      wh.id = static_cast<int32_t>(order.size());
      order.push_back(&wh);
      g_.level.push_back(level);
    }
    return wh.id;
  };
  for (uint64_t k : init_keys_) {
    size_t before = order.size();
    int32_t id = id_of(k, 1);
    if (order.size() > before) g_.inits.push_back(id);
  }
  g_.states.reserve(total * n_);
  for (size_t id = 0; id < order.size(); ++id) {
    Recorded& r = *order[id]->rec;
    size_t i = order[id]->node;
    for (const auto& [node, err] : r.errors)
      if (node == i) throw err;
    int level = g_.level[id];
    auto from = r.states.begin() + static_cast<std::ptrdiff_t>(i * n_);
    g_.states.insert(g_.states.end(), std::make_move_iterator(from), std::make_move_iterator(from + static_cast<std::ptrdiff_t>(n_)));
    g_.first.push_back(static_cast<int64_t>(g_.to.size()));
    g_.node_bits.insert(g_.node_bits.end(), r.node_bits.begin() + static_cast<std::ptrdiff_t>(i * g_.wn),
                        r.node_bits.begin() + static_cast<std::ptrdiff_t>((i + 1) * g_.wn));
    g_.stutter_bits.insert(g_.stutter_bits.end(), r.stutter_bits.begin() + static_cast<std::ptrdiff_t>(i * g_.we),
                           r.stutter_bits.begin() + static_cast<std::ptrdiff_t>((i + 1) * g_.we));
    for (int64_t e = r.first[i]; e < r.first[i + 1]; ++e) {
      g_.to.push_back(id_of(r.to_key[static_cast<size_t>(e)], level + 1));
      g_.action.push_back(r.action[static_cast<size_t>(e)]);
    }
    g_.edge_bits.insert(g_.edge_bits.end(), r.edge_bits.begin() + r.first[i] * static_cast<int64_t>(g_.we),
                        r.edge_bits.begin() + r.first[i + 1] * static_cast<int64_t>(g_.we));
  }
  g_.first.push_back(static_cast<int64_t>(g_.to.size()));
  workers_.clear();
}

/// The graph TLC's simulation checks a behaviour on (LiveCheck1.constructBEGraph): a node
/// per distinct state of the behaviour (keyed as the search keys states, so a state that
/// comes back closes a cycle), an edge per step of it, and each node's stuttering loop.
/// Nodes are labelled by a full expansion, so ENABLED and WF/SF's enabled facts are those
/// of the spec, not of the steps the behaviour took; only the edges it took are kept.
/// (TLC labels a new node, in its no-tableau case, with the predecessor's state
/// predicates: cairn labels each node with its own.)
void Checker::graph_of_behaviour(const std::vector<std::vector<Value>>& states) {
  Graph g;
  g.nv = g_.nv;
  g.wn = g_.wn;
  g.we = g_.we;
  g_ = std::move(g);
  std::unordered_map<uint64_t, int32_t> ids;
  std::vector<size_t> first_at;               // node -> its first position in the behaviour
  std::vector<std::vector<uint64_t>> next_keys;  // node -> the keys of the states after it
  std::vector<uint64_t> keys(states.size());
  for (size_t i = 0; i < states.size(); ++i) {
    keys[i] = key_of(states[i].data(), static_cast<int>(i) + 1);
    auto [it, fresh] = ids.emplace(keys[i], static_cast<int32_t>(first_at.size()));
    if (fresh) {
      first_at.push_back(i);
      next_keys.emplace_back();
    }
    if (i > 0) {
      auto& nk = next_keys[static_cast<size_t>(ids.at(keys[i - 1]))];
      if (keys[i] != keys[i - 1] && std::find(nk.begin(), nk.end(), keys[i]) == nk.end()) nk.push_back(keys[i]);
    }
  }
  g_.inits.push_back(0);
  Expansion x;
  for (size_t id = 0; id < first_at.size(); ++id) {
    const std::vector<Value>& st = states[first_at[id]];
    int level = static_cast<int>(first_at[id]) + 1;
    expand(env_, st.data(), level, x);
    NodeOut& o = x.out;
    g_.states.insert(g_.states.end(), st.begin(), st.end());
    g_.level.push_back(level);
    g_.first.push_back(static_cast<int64_t>(g_.to.size()));
    g_.node_bits.insert(g_.node_bits.end(), o.node_bits.begin(), o.node_bits.end());
    g_.stutter_bits.insert(g_.stutter_bits.end(), o.stutter_bits.begin(), o.stutter_bits.end());
    std::vector<uint64_t> kept;
    for (size_t e = 0; e < o.edges(); ++e) {
      uint64_t k = o.keys[e];
      const auto& nk = next_keys[id];
      if (std::find(nk.begin(), nk.end(), k) == nk.end() || std::find(kept.begin(), kept.end(), k) != kept.end())
        continue;
      kept.push_back(k);
      g_.to.push_back(ids.at(k));
      g_.action.push_back(o.action[e]);
      g_.edge_bits.insert(g_.edge_bits.end(), o.edge_bits.begin() + static_cast<std::ptrdiff_t>(e * g_.we),
                          o.edge_bits.begin() + static_cast<std::ptrdiff_t>((e + 1) * g_.we));
    }
  }
  g_.first.push_back(static_cast<int64_t>(g_.to.size()));
}

std::optional<CheckResult> Checker::check_behaviour(const std::vector<std::vector<Value>>& states) {
  if (!prepared_) {
    prepare();
    prepared_ = true;
  }
  if (states.empty()) return std::nullopt;
  behaviour_ = true;
  CheckResult r;
  try {
    graph_of_behaviour(states);
    for (const Check& ch : checks_)
      if (!check_one(ch, r)) {
        r.verdict = Verdict::found(VerdictKind::liveness, ch.name);
        return r;
      }
  } catch (Error& e) {
    r.verdict = Verdict::from_error(e, Stage::liveness);
    r.trace.clear();
    return r;
  }
  return std::nullopt;
}

// ---- product and fair SCCs -----------------------------------------------------------------

struct CoverMask {
  std::vector<uint64_t> node_one, node_zero, edge_one, edge_zero;
  int to;
  uint64_t acc;
};

/// Tarjan's last step: pops the SCC whose root is `root` off the stack, in pop order,
/// giving its nodes component `id`.
std::vector<int32_t> pop_scc(std::vector<int32_t>& stack, std::vector<char>& onstack, std::vector<int32_t>& comp,
                             int32_t root, int32_t id) {
  std::vector<int32_t> scc;
  int32_t w;
  do {
    w = stack.back();
    stack.pop_back();
    onstack[static_cast<size_t>(w)] = 0;
    comp[static_cast<size_t>(w)] = id;
    scc.push_back(w);
  } while (w != root);
  return scc;
}

bool matches(const uint64_t* bits, const std::vector<uint64_t>& one, const std::vector<uint64_t>& zero) {
  for (size_t w = 0; w < one.size(); ++w)
    if ((bits[w] & one[w]) != one[w] || (bits[w] & zero[w]) != 0) return false;
  return true;
}

/// A tableau cover's literals as bit masks over the graph's node and edge atoms.
CoverMask Checker::mask_of(const Cover& c) const {
  CoverMask cm;
  cm.node_one.assign(g_.wn, 0);
  cm.node_zero.assign(g_.wn, 0);
  cm.edge_one.assign(g_.we, 0);
  cm.edge_zero.assign(g_.we, 0);
  for (auto [a, neg] : c.lits) {
    bool edge = env_.atoms[static_cast<size_t>(a)].on_edge();
    auto& v = edge ? (neg ? cm.edge_zero : cm.edge_one) : (neg ? cm.node_zero : cm.node_one);
    set_bit(v.data(), atom_bit_[static_cast<size_t>(a)]);
  }
  cm.to = c.to;
  cm.acc = c.acc;
  return cm;
}

bool Checker::check_one(const Check& ch, CheckResult& r) {
  Automaton aut = tableau(env_.fs, ch.formula);
  size_t Q = aut.states.size();
  std::vector<std::vector<CoverMask>> covers(Q);
  for (size_t q = 0; q < Q; ++q)
    for (const Cover& c : aut.states[q]) {
      covers[q].push_back(mask_of(c));
    }
  uint64_t all_acc = aut.all_acc();

  // The reachable product, by BFS (ids in BFS order; parents give shortest prefixes).
  size_t N = g_.size();
  std::unordered_map<uint64_t, int32_t> pid;
  std::vector<int32_t> pstate, pq, parent, parent_edge;  // parent_edge: index into pe_*
  std::vector<int64_t> pfirst;
  std::vector<int32_t> pe_to, pe_gedge;  // gedge: graph edge, -1 = stuttering
  std::vector<uint64_t> pe_acc;
  auto node_of = [&](int32_t s, int32_t q, int32_t par, int32_t pe) {
    uint64_t key = static_cast<uint64_t>(s) * Q + static_cast<uint64_t>(q);
    auto [it, fresh] = pid.emplace(key, static_cast<int32_t>(pstate.size()));
    if (fresh) {
      pstate.push_back(s);
      pq.push_back(q);
      parent.push_back(par);
      parent_edge.push_back(pe);
    }
    return it->second;
  };
  for (int32_t s : g_.inits) node_of(s, 0, -1, -1);
  for (size_t v = 0; v < pstate.size(); ++v) {
    if (v % 4096 == 0) poll_stop();
    int32_t s = pstate[v], q = pq[v];
    pfirst.push_back(static_cast<int64_t>(pe_to.size()));
    const uint64_t* nb = &g_.node_bits[static_cast<size_t>(s) * g_.wn];
    for (const CoverMask& cm : covers[static_cast<size_t>(q)]) {
      if (!matches(nb, cm.node_one, cm.node_zero)) continue;
      if (matches(&g_.stutter_bits[static_cast<size_t>(s) * g_.we], cm.edge_one, cm.edge_zero)) {
        int32_t eid = static_cast<int32_t>(pe_to.size());
        pe_to.push_back(node_of(s, cm.to, static_cast<int32_t>(v), eid));
        pe_gedge.push_back(-1);
        pe_acc.push_back(cm.acc);
      }
      for (int64_t e = g_.first[static_cast<size_t>(s)]; e < g_.first[static_cast<size_t>(s) + 1]; ++e) {
        if (!matches(&g_.edge_bits[static_cast<size_t>(e) * g_.we], cm.edge_one, cm.edge_zero)) continue;
        int32_t eid = static_cast<int32_t>(pe_to.size());
        pe_to.push_back(node_of(g_.to[static_cast<size_t>(e)], cm.to, static_cast<int32_t>(v), eid));
        pe_gedge.push_back(static_cast<int32_t>(e));
        pe_acc.push_back(cm.acc);
      }
    }
  }
  pfirst.push_back(static_cast<int64_t>(pe_to.size()));
  size_t P = pstate.size();
  (void)N;

  size_t nf = env_.fair.size();
  auto enabled = [&](int32_t v, int k) {
    return bit(&g_.node_bits[static_cast<size_t>(pstate[static_cast<size_t>(v)]) * g_.wn], n_state_atoms_ + k);
  };
  auto taken = [&](int64_t pe, int k) {
    int32_t ge = pe_gedge[static_cast<size_t>(pe)];
    return ge >= 0 && bit(&g_.edge_bits[static_cast<size_t>(ge) * g_.we], n_action_atoms_ + k);
  };
  (void)nf;

  // Tarjan (iterative) on the nodes with region[v] == reg; SCC ids in comp.
  std::vector<int32_t> region(P, 0), comp(P, -1), index(P, -1), low(P, 0);
  std::vector<char> onstack(P, 0);
  int32_t next_comp = 0, next_region = 1;
  std::vector<std::vector<int32_t>> work;  // regions still to split (node lists)
  {
    std::vector<int32_t> all(P);
    for (size_t v = 0; v < P; ++v) all[v] = static_cast<int32_t>(v);
    work.push_back(std::move(all));
  }
  std::vector<int32_t> found;  // the fair SCC
  while (!work.empty() && found.empty()) {
    std::vector<int32_t> nodes = std::move(work.back());
    work.pop_back();
    int32_t reg = next_region++;
    for (int32_t v : nodes) {
      region[static_cast<size_t>(v)] = reg;
      index[static_cast<size_t>(v)] = -1;
      onstack[static_cast<size_t>(v)] = 0;
    }
    int32_t counter = 0;
    std::vector<int32_t> stack;
    std::vector<std::pair<int32_t, int64_t>> call;  // node, next edge
    std::vector<std::vector<int32_t>> sccs;
    for (int32_t root : nodes) {
      if (index[static_cast<size_t>(root)] >= 0) continue;
      poll_stop();
      call.emplace_back(root, pfirst[static_cast<size_t>(root)]);
      index[static_cast<size_t>(root)] = low[static_cast<size_t>(root)] = counter++;
      stack.push_back(root);
      onstack[static_cast<size_t>(root)] = 1;
      while (!call.empty()) {
        auto& [v, e] = call.back();
        size_t vs = static_cast<size_t>(v);
        if (e < pfirst[vs + 1]) {
          int32_t w = pe_to[static_cast<size_t>(e)];
          ++e;
          size_t ws = static_cast<size_t>(w);
          if (region[ws] != reg) continue;
          if (index[ws] < 0) {
            index[ws] = low[ws] = counter++;
            stack.push_back(w);
            onstack[ws] = 1;
            call.emplace_back(w, pfirst[ws]);
          } else if (onstack[ws]) {
            low[vs] = std::min(low[vs], index[ws]);
          }
          continue;
        }
        if (low[vs] == index[vs]) {
          sccs.push_back(pop_scc(stack, onstack, comp, v, next_comp++));
        }
        int32_t done = v;
        call.pop_back();
        if (!call.empty()) {
          size_t ps = static_cast<size_t>(call.back().first);
          low[ps] = std::min(low[ps], low[static_cast<size_t>(done)]);
        }
      }
    }
    for (auto& scc : sccs) {
      int32_t cid = comp[static_cast<size_t>(scc[0])];
      bool internal_edge = false;
      uint64_t acc = 0;
      std::vector<char> wf_ok(env_.fair.size(), 0), sf_taken(env_.fair.size(), 0), some_enabled(env_.fair.size(), 0);
      for (int32_t v : scc) {
        for (int64_t e = pfirst[static_cast<size_t>(v)]; e < pfirst[static_cast<size_t>(v) + 1]; ++e) {
          int32_t w = pe_to[static_cast<size_t>(e)];
          if (region[static_cast<size_t>(w)] != reg || comp[static_cast<size_t>(w)] != cid) continue;
          internal_edge = true;
          acc |= pe_acc[static_cast<size_t>(e)];
          for (auto [k, strong] : env_.streett)
            if (taken(e, k)) sf_taken[static_cast<size_t>(k)] = 1;
        }
        for (auto [k, strong] : env_.streett)
          if (enabled(v, k)) some_enabled[static_cast<size_t>(k)] = 1;
          else wf_ok[static_cast<size_t>(k)] = 1;
      }
      if (!internal_edge || (acc & all_acc) != all_acc) continue;
      bool wf_fail = false;
      std::vector<int> sf_fail;
      for (auto [k, strong] : env_.streett) {
        size_t ks = static_cast<size_t>(k);
        if (!strong && !wf_ok[ks] && !sf_taken[ks]) wf_fail = true;
        if (strong && some_enabled[ks] && !sf_taken[ks]) sf_fail.push_back(k);
      }
      if (wf_fail) continue;
      if (sf_fail.empty()) {
        found = scc;
        break;
      }
      std::vector<int32_t> rest;
      for (int32_t v : scc) {
        bool drop = false;
        for (int k : sf_fail)
          if (enabled(v, k)) drop = true;
        if (!drop) rest.push_back(v);
      }
      if (!rest.empty()) work.push_back(std::move(rest));
    }
  }
  if (found.empty()) return true;
  if (!behaviour_ && tlc_lasso(ch, r)) return false;

  // ---- the counterexample: prefix to the SCC, then a cycle through what fairness and
  // acceptance need.
  int32_t cid = comp[static_cast<size_t>(found[0])];
  int32_t creg = region[static_cast<size_t>(found[0])];
  auto in_c = [&](int32_t v) { return region[static_cast<size_t>(v)] == creg && comp[static_cast<size_t>(v)] == cid; };
  int32_t root = *std::min_element(found.begin(), found.end());
  std::vector<int64_t> prefix_edges;  // product edges from an initial node to root
  for (int32_t v = root; parent[static_cast<size_t>(v)] >= 0; v = parent[static_cast<size_t>(v)])
    prefix_edges.push_back(parent_edge[static_cast<size_t>(v)]);
  std::reverse(prefix_edges.begin(), prefix_edges.end());
  // What the cycle must pass through: an edge of every acceptance set; for every WF a
  // node where A is disabled or an A-step; for every SF with A enabled somewhere in the
  // SCC, an A-step.
  struct Req {
    int acc = -1;          // an acceptance set's index, or -1: a fairness condition
    int fair = -1;         // the fair act's index
    bool by_node = false;  // WF: a node where A is disabled also meets it
  };
  std::vector<Req> reqs;
  for (int j = 0; j < aut.nacc; ++j) reqs.push_back(Req{j, -1, false});
  for (const auto& fair : env_.streett) {
    const int k = fair.first;
    const bool strong = fair.second;
    if (strong && std::none_of(found.begin(), found.end(), [&](int32_t v) { return enabled(v, k); })) continue;
    reqs.push_back(Req{-1, k, !strong});
  }
  // BFS inside the SCC from `from` to `to` (at least one step if `step`).
  auto path = [&](int32_t from, int32_t to, bool step) {
    std::unordered_map<int32_t, int64_t> via;  // node -> product edge reaching it
    std::deque<int32_t> q;
    std::vector<int64_t> out;
    if (!step && from == to) return out;
    q.push_back(from);
    bool done = false;
    while (!q.empty() && !done) {
      int32_t v = q.front();
      q.pop_front();
      for (int64_t e = pfirst[static_cast<size_t>(v)]; e < pfirst[static_cast<size_t>(v) + 1]; ++e) {
        int32_t w = pe_to[static_cast<size_t>(e)];
        if (!in_c(w) || via.count(w)) continue;
        via[w] = e;
        if (w == to) { done = true; break; }
        q.push_back(w);
      }
    }
    // Walk back from `to` to `from`.
    int32_t v = to;
    do {
      int64_t e = via.at(v);
      out.push_back(e);
      // source of e: the node whose edge range holds e
      auto it = std::upper_bound(pfirst.begin(), pfirst.end(), e);
      v = static_cast<int32_t>((it - pfirst.begin()) - 1);
    } while (v != from);
    std::reverse(out.begin(), out.end());
    return out;
  };
  auto source = [&](int64_t e) {
    auto it = std::upper_bound(pfirst.begin(), pfirst.end(), e);
    return static_cast<int32_t>((it - pfirst.begin()) - 1);
  };
  // The cycle, greedily (as TLC's printErrorTrace walks): from root to the nearest node
  // or edge (a BFS inside the SCC) that meets a requirement not met yet, counting every
  // requirement met on the way, until all are met; then back to root.
  std::vector<char> met(reqs.size(), 0);
  size_t left = reqs.size();
  auto node_meets = [&](int32_t v, const Req& q) { return q.by_node && !enabled(v, q.fair); };
  auto edge_meets = [&](int64_t e, const Req& q) {
    return q.acc >= 0 ? ((pe_acc[static_cast<size_t>(e)] >> q.acc) & 1) != 0 : taken(e, q.fair);
  };
  auto meets_new = [&](auto&& meets, auto x) {
    for (size_t i = 0; i < reqs.size(); ++i)
      if (!met[i] && meets(x, reqs[i])) return true;
    return false;
  };
  auto mark = [&](auto&& meets, auto x) {
    for (size_t i = 0; i < reqs.size(); ++i)
      if (!met[i] && meets(x, reqs[i])) {
        met[i] = 1;
        --left;
      }
  };
  std::vector<int64_t> cycle;
  int32_t cur = root;
  mark(node_meets, root);
  while (left > 0) {
    std::unordered_map<int32_t, int64_t> via;  // node -> product edge reaching it
    std::deque<int32_t> q{cur};
    via[cur] = -1;
    int32_t hit_node = -1;
    int64_t hit_edge = -1;
    while (!q.empty() && hit_node < 0 && hit_edge < 0) {
      int32_t v = q.front();
      q.pop_front();
      if (v != cur && meets_new(node_meets, v)) {
        hit_node = v;
        break;
      }
      for (int64_t e = pfirst[static_cast<size_t>(v)]; e < pfirst[static_cast<size_t>(v) + 1]; ++e) {
        int32_t w = pe_to[static_cast<size_t>(e)];
        if (!in_c(w)) continue;
        if (meets_new(edge_meets, e)) {
          hit_edge = e;
          break;
        }
        if (via.emplace(w, e).second) q.push_back(w);
      }
    }
    if (hit_node < 0 && hit_edge < 0) break;  // cannot happen in a fair SCC
    std::vector<int64_t> leg;
    for (int32_t x = hit_node >= 0 ? hit_node : source(hit_edge); x != cur; x = source(via.at(x)))
      leg.push_back(via.at(x));
    std::reverse(leg.begin(), leg.end());
    if (hit_edge >= 0) leg.push_back(hit_edge);
    for (int64_t e : leg) {
      cycle.push_back(e);
      mark(edge_meets, e);
      mark(node_meets, pe_to[static_cast<size_t>(e)]);
    }
    cur = pe_to[static_cast<size_t>(cycle.back())];
  }
  {
    auto p = path(cur, root, cycle.empty());
    cycle.insert(cycle.end(), p.begin(), p.end());
  }

  // ---- to a trace
  auto state_at = [&](int32_t gs) {
    return std::vector<Value>(g_.states.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(gs) * n_),
                              g_.states.begin() + static_cast<std::ptrdiff_t>((static_cast<size_t>(gs) + 1) * n_));
  };
  auto step_of = [&](int64_t e) {
    TraceStep s;
    int32_t ge = pe_gedge[static_cast<size_t>(e)];
    s.state = state_at(pstate[static_cast<size_t>(pe_to[static_cast<size_t>(e)])]);
    const Action& a = m_.actions[static_cast<size_t>(g_.action[static_cast<size_t>(ge)])];
    s.action = a.name;
    s.loc = a.loc;
    return s;
  };
  r.trace.clear();
  {
    int32_t start = root;
    for (int32_t v = root; v >= 0; v = parent[static_cast<size_t>(v)]) start = v;
    TraceStep s;
    s.state = state_at(pstate[static_cast<size_t>(start)]);
    r.trace.push_back(std::move(s));
  }
  for (int64_t e : prefix_edges)
    if (pe_gedge[static_cast<size_t>(e)] >= 0) r.trace.push_back(step_of(e));
  int loop = static_cast<int>(r.trace.size()) - 1;
  std::vector<int64_t> real;
  for (int64_t e : cycle)
    if (pe_gedge[static_cast<size_t>(e)] >= 0) real.push_back(e);
  if (real.empty()) {
    r.loop_back = loop;  // stuttering
  } else {
    for (int64_t e : real) r.trace.push_back(step_of(e));
    // The cycle ends in root's state: trace.back() repeats trace[loop].
    r.loop_back = loop;
  }
  return false;
}

// The counterexample TLC reports (LiveWorker.checkSccs / checkComponent / printTrace), once
// check_one's Streett search has shown that one exists. TLC checks the disjuncts of
// fairness /\ ~property one by one ("possible error models", Liveness.processLiveness: the
// DNF's cross product, the first conjunct varying slowest): each SF_v(A) is the disjunction
// <>[]~ENABLED <<A>>_v \/ []<><<A>>_v, so with k SFs there are 2^k models, the SFs in
// spec order, the first one slowest, its <>[] branch first. A top-level <>[]X of the
// negated property (X without temporal operators) is an "EA" condition and []<>X an "AE"
// one; the rest goes into the tableau. For each model, TLC searches the graph restricted
// to the steps meeting every EA condition (X of the step's current state and the step),
// by a Tarjan DFS from the initial nodes that visits a node's successors last-first; the
// targets of steps that fail an EA condition become later roots, in FIFO order. The first
// SCC (in completion order) with a step in it (a single node needs an EA self-loop) that
// meets every AE condition (WF: a node where A is disabled or an A-step; the model's
// []<>A SFs: an A-step; acceptance sets and the property's []<>X) is reported: the
// shortest path from an initial node to the SCC's DFS root, then the cycle dfsPostFix
// builds (a DFS walk from the root that moves on to a successor as soon as it meets a
// condition not met yet, restarting its visited set then) closed by bfsPostFix (a BFS
// back to the root). Returns false (keeping check_one's lasso) if nothing is found.
bool Checker::tlc_lasso(const Check& ch, CheckResult& r) {
  Formulas& fs = env_.fs;
  std::vector<int> parts;
  if (fs[ch.formula].k == TK::And) parts = fs[ch.formula].kids;
  else parts.push_back(ch.formula);
  std::vector<int> ea, ae_state, ae_action, rest;
  for (int p : parts) {
    const TF t = fs[p];
    if (t.k == TK::Eventually && fs[t.kids[0]].k == TK::Always && temporal_free(env_, fs[t.kids[0]].kids[0])) {
      ea.push_back(fs[t.kids[0]].kids[0]);
    } else if (t.k == TK::Always && fs[t.kids[0]].k == TK::Eventually &&
               temporal_free(env_, fs[t.kids[0]].kids[0])) {
      int x = fs[t.kids[0]].kids[0];
      (has_action(env_, x) ? ae_action : ae_state).push_back(x);
    } else {
      rest.push_back(p);
    }
  }
  int restf = rest.empty() ? fs.mk(TK::True) : rest.size() == 1 ? rest[0] : fs.mk(TK::And, rest);
  std::vector<std::pair<int, bool>> streett = env_.streett;
  std::vector<int> sfs;
  for (auto [k, strong] : streett)
    if (strong) sfs.push_back(k);
  if (sfs.size() > 10) return false;
  // Without a tableau (TLC's OrderOfSolution without one), the graph is the state graph.
  Automaton aut;
  if (rest.empty()) aut.states.push_back({Cover{{}, 0, 0}});
  else aut = tableau(fs, restf);
  // TLC's behaviour graph: nodes are (state, tableau node), a tableau node being one way
  // to meet the obligations of now (a cover of an automaton state: its literals hold in
  // the node's state), its successors the covers of the next obligations
  // (TableauLiveChecker.addNextState: for each successor state, each tableau successor
  // consistent with it); the initial nodes are each initial state with each cover of the
  // whole formula (LiveCheck.addInitState), in that order. An eventuality is fulfilled at
  // a node whose cover does not postpone it (TLC's promises, TBPar.isFulfilling).
  std::vector<CoverMask> cov;
  std::vector<std::vector<int32_t>> covers_of(aut.states.size());
  for (size_t q = 0; q < aut.states.size(); ++q)
    for (const Cover& c : aut.states[q]) {
      covers_of[q].push_back(static_cast<int32_t>(cov.size()));
      cov.push_back(mask_of(c));
    }
  const uint64_t C = cov.size();

  // The product, by BFS (parents give TLC's shortest prefix, TableauDiskGraph.getPath).
  std::unordered_map<uint64_t, int32_t> pid;
  std::vector<int32_t> pstate, parent, parent_edge, pq;
  std::vector<int64_t> pfirst;
  std::vector<int32_t> pe_to, pe_gedge;
  auto node_of = [&](int32_t s, int32_t c, int32_t par, int32_t pe) {
    uint64_t key = static_cast<uint64_t>(s) * C + static_cast<uint64_t>(c);
    auto [it, fresh] = pid.emplace(key, static_cast<int32_t>(pstate.size()));
    if (fresh) {
      pstate.push_back(s);
      pq.push_back(c);
      parent.push_back(par);
      parent_edge.push_back(pe);
    }
    return it->second;
  };
  auto nb_of = [&](int32_t s) { return &g_.node_bits[static_cast<size_t>(s) * g_.wn]; };
  for (int32_t s : g_.inits)
    for (int32_t c : covers_of[0])
      if (matches(nb_of(s), cov[static_cast<size_t>(c)].node_one, cov[static_cast<size_t>(c)].node_zero))
        node_of(s, c, -1, -1);
  size_t ninit = pstate.size();
  for (size_t v = 0; v < pstate.size(); ++v) {
    if (v % 4096 == 0) poll_stop();
    int32_t s = pstate[v];
    const CoverMask& cm = cov[static_cast<size_t>(pq[v])];
    pfirst.push_back(static_cast<int64_t>(pe_to.size()));
    auto step = [&](int32_t t, int32_t ge, const uint64_t* eb) {
      if (!matches(eb, cm.edge_one, cm.edge_zero)) return;
      for (int32_t c : covers_of[static_cast<size_t>(cm.to)]) {
        if (!matches(nb_of(t), cov[static_cast<size_t>(c)].node_one, cov[static_cast<size_t>(c)].node_zero)) continue;
        int32_t eid = static_cast<int32_t>(pe_to.size());
        pe_to.push_back(node_of(t, c, static_cast<int32_t>(v), eid));
        pe_gedge.push_back(ge);
      }
    };
    step(s, -1, &g_.stutter_bits[static_cast<size_t>(s) * g_.we]);
    for (int64_t e = g_.first[static_cast<size_t>(s)]; e < g_.first[static_cast<size_t>(s) + 1]; ++e)
      step(g_.to[static_cast<size_t>(e)], static_cast<int32_t>(e), &g_.edge_bits[static_cast<size_t>(e) * g_.we]);
  }
  pfirst.push_back(static_cast<int64_t>(pe_to.size()));
  size_t P = pstate.size();
  // One search per possible error model: past this much work, keep check_one's lasso.
  if ((static_cast<uint64_t>(pe_to.size()) + P) << sfs.size() > 400'000'000ULL) return false;
  auto nbits = [&](int32_t v) { return &g_.node_bits[static_cast<size_t>(pstate[static_cast<size_t>(v)]) * g_.wn]; };
  auto ebits = [&](int64_t e) {
    int32_t ge = pe_gedge[static_cast<size_t>(e)];
    return ge >= 0 ? &g_.edge_bits[static_cast<size_t>(ge) * g_.we] : nullptr;
  };
  auto source = [&](int64_t e) {
    auto it = std::upper_bound(pfirst.begin(), pfirst.end(), e);
    return static_cast<int32_t>((it - pfirst.begin()) - 1);
  };
  auto enabled = [&](int32_t v, int k) { return bit(nbits(v), n_state_atoms_ + k); };
  auto taken = [&](int64_t e, int k) {
    const uint64_t* eb = ebits(e);
    return eb && bit(eb, n_action_atoms_ + k);
  };
  // A formula without temporal operators on a node (and a step: null = a stuttering one).
  std::function<bool(int, const uint64_t*, const uint64_t*, int32_t)> holds = [&](int x, const uint64_t* nb,
                                                                                 const uint64_t* eb, int32_t s) {
    const TF& t = fs[x];
    switch (t.k) {
      case TK::True: return true;
      case TK::False: return false;
      case TK::Lit: {
        const Atom& a = env_.atoms[static_cast<size_t>(t.atom)];
        const uint64_t* w = a.on_edge() ? (eb ? eb : &g_.stutter_bits[static_cast<size_t>(s) * g_.we]) : nb;
        return bit(w, atom_bit_[static_cast<size_t>(t.atom)]) != t.neg;
      }
      case TK::And:
        for (int c : t.kids)
          if (!holds(c, nb, eb, s)) return false;
        return true;
      case TK::Or:
        for (int c : t.kids)
          if (holds(c, nb, eb, s)) return true;
        return false;
      default: return false;
    }
  };
  auto edge_holds = [&](int x, int64_t e) {
    int32_t v = source(e);
    return holds(x, nbits(v), ebits(e), pstate[static_cast<size_t>(v)]);
  };

  // The requirements of a model: AE conditions.
  struct Req {
    int kind;  // 0 acceptance set, 1 WF, 2 SF []<>A, 3 AE state formula, 4 AE action formula
    int x;
  };
  const size_t nsf = sfs.size();
  std::vector<char> ea_sf(nsf, 0);
  std::vector<char> ea_edge(pe_to.size(), 0);
  std::vector<int32_t> index(P), low(P), comp(P);
  std::vector<char> onstack(P);
  for (uint32_t pem = 0; pem < (1u << nsf); ++pem) {
    poll_stop();
    std::vector<Req> reqs;
    for (const auto& fair : streett) {
      const int k = fair.first;
      if (!fair.second) {
        reqs.push_back(Req{1, k});
        continue;
      }
      size_t j = static_cast<size_t>(std::find(sfs.begin(), sfs.end(), k) - sfs.begin());
      ea_sf[j] = ((pem >> (nsf - 1 - j)) & 1) == 0;
      if (!ea_sf[j]) reqs.push_back(Req{2, k});
    }
    for (int x : ae_state) reqs.push_back(Req{3, x});
    for (int x : ae_action) reqs.push_back(Req{4, x});
    for (int j = 0; j < aut.nacc; ++j) reqs.push_back(Req{0, j});
    for (size_t v = 0; v < P; ++v) {
      for (int64_t e = pfirst[v]; e < pfirst[v + 1]; ++e) {
        bool ok = true;
        for (size_t j = 0; j < nsf && ok; ++j)
          if (ea_sf[j] && enabled(static_cast<int32_t>(v), sfs[j])) ok = false;
        for (size_t j = 0; j < ea.size() && ok; ++j)
          if (!holds(ea[j], nbits(static_cast<int32_t>(v)), ebits(e), pstate[v])) ok = false;
        ea_edge[static_cast<size_t>(e)] = ok;
      }
    }
    auto edge_meets = [&](int64_t e, const Req& q) {
      switch (q.kind) {
        case 0: return false;
        case 1: return !enabled(source(e), q.x) || taken(e, q.x);
        case 2: return taken(e, q.x);
        case 4: return edge_holds(q.x, e);
        default: return false;
      }
    };
    auto node_meets = [&](int32_t v, const Req& q) {
      if (q.kind == 0) return ((cov[static_cast<size_t>(pq[static_cast<size_t>(v)])].acc >> q.x) & 1) != 0;
      return q.kind == 3 && holds(q.x, nbits(v), nullptr, pstate[static_cast<size_t>(v)]);
    };
    std::fill(index.begin(), index.end(), -1);
    std::fill(onstack.begin(), onstack.end(), 0);
    std::fill(comp.begin(), comp.end(), -1);
    int32_t counter = 0, ncomp = 0;
    std::deque<int32_t> roots;
    for (size_t i = 0; i < ninit; ++i) roots.push_back(static_cast<int32_t>(i));
    std::vector<int32_t> stack, found;
    int32_t found_root = -1;
    std::vector<std::pair<int32_t, int64_t>> call;  // node, next edge (counting down)
    auto visit = [&](int32_t v) {
      size_t vs = static_cast<size_t>(v);
      index[vs] = low[vs] = counter++;
      stack.push_back(v);
      onstack[vs] = 1;
      for (int64_t e = pfirst[vs]; e < pfirst[vs + 1]; ++e)
        if (!ea_edge[static_cast<size_t>(e)] && index[static_cast<size_t>(pe_to[static_cast<size_t>(e)])] < 0)
          roots.push_back(pe_to[static_cast<size_t>(e)]);
      call.emplace_back(v, pfirst[vs + 1] - 1);
    };
    while (!roots.empty() && found.empty()) {
      int32_t root = roots.front();
      roots.pop_front();
      if (index[static_cast<size_t>(root)] >= 0) continue;
      visit(root);
      while (!call.empty() && found.empty()) {
        auto& [v, e] = call.back();
        size_t vs = static_cast<size_t>(v);
        if (e >= pfirst[vs]) {
          int64_t ce = e--;
          if (!ea_edge[static_cast<size_t>(ce)]) continue;
          int32_t w = pe_to[static_cast<size_t>(ce)];
          size_t ws = static_cast<size_t>(w);
          if (index[ws] < 0) visit(w);
          else if (onstack[ws]) low[vs] = std::min(low[vs], index[ws]);
          continue;
        }
        int32_t done = v;
        call.pop_back();
        if (!call.empty()) {
          size_t ps = static_cast<size_t>(call.back().first);
          low[ps] = std::min(low[ps], low[static_cast<size_t>(done)]);
        }
        if (low[static_cast<size_t>(done)] != index[static_cast<size_t>(done)]) continue;
        int32_t cid = ncomp++;
        std::vector<int32_t> scc = pop_scc(stack, onstack, comp, done, cid);
        std::vector<char> met(reqs.size(), 0);
        bool internal = false;
        for (int32_t u : scc) {
          for (size_t i = 0; i < reqs.size(); ++i)
            if (!met[i] && node_meets(u, reqs[i])) met[i] = 1;
          for (int64_t f = pfirst[static_cast<size_t>(u)]; f < pfirst[static_cast<size_t>(u) + 1]; ++f) {
            if (!ea_edge[static_cast<size_t>(f)] || comp[static_cast<size_t>(pe_to[static_cast<size_t>(f)])] != cid)
              continue;
            internal = true;
            for (size_t i = 0; i < reqs.size(); ++i)
              if (!met[i] && edge_meets(f, reqs[i])) met[i] = 1;
          }
        }
        if (!internal || std::find(met.begin(), met.end(), 0) != met.end()) continue;
        found = std::move(scc);
        found_root = done;
        call.clear();
      }
    }
    if (found.empty()) continue;

    // dfsPostFix: the walk from the root through every requirement.
    const int32_t cid = comp[static_cast<size_t>(found_root)];
    auto in_c = [&](int32_t v) { return comp[static_cast<size_t>(v)] == cid; };
    std::vector<char> met(reqs.size(), 0);
    size_t cnt = reqs.size();
    std::vector<int64_t> path;
    std::unordered_set<int32_t> seen{found_root};
    int32_t cur = found_root;
    size_t guard = 0;
    bool broken = false;
    while (cnt > 0) {
      if (++guard > 4 * P * (reqs.size() + 1) + 1000) { broken = true; break; }
      size_t cnt0 = cnt;
      for (size_t i = 0; i < reqs.size(); ++i)
        if (!met[i] && node_meets(cur, reqs[i])) { met[i] = 1; --cnt; }
      if (cnt == 0) break;
      int64_t e1 = -1, e2 = -1;
      bool moved = false;
      for (int64_t e = pfirst[static_cast<size_t>(cur)]; e < pfirst[static_cast<size_t>(cur) + 1]; ++e) {
        int32_t w = pe_to[static_cast<size_t>(e)];
        if (!in_c(w) || !ea_edge[static_cast<size_t>(e)]) continue;
        e1 = e;
        size_t cnt1 = cnt;
        for (size_t i = 0; i < reqs.size(); ++i)
          if (!met[i] && edge_meets(e, reqs[i])) { met[i] = 1; --cnt; }
        if (cnt < cnt1) {
          path.push_back(e);
          cur = w;
          seen.clear();
          moved = true;
          break;
        }
        if (!seen.count(w)) e2 = e;
      }
      if (moved) continue;
      if (cnt < cnt0 && e1 >= 0) {
        path.push_back(e1);
        cur = pe_to[static_cast<size_t>(e1)];
        seen.clear();
        continue;
      }
      while (e2 < 0) {
        if (path.empty()) { broken = true; break; }
        cur = source(path.back());
        path.pop_back();
        for (int64_t e = pfirst[static_cast<size_t>(cur)]; e < pfirst[static_cast<size_t>(cur) + 1]; ++e) {
          int32_t w = pe_to[static_cast<size_t>(e)];
          if (in_c(w) && ea_edge[static_cast<size_t>(e)] && !seen.count(w)) { e2 = e; break; }
        }
      }
      if (broken) break;
      path.push_back(e2);
      cur = pe_to[static_cast<size_t>(e2)];
      seen.insert(cur);
    }
    if (broken) return false;
    // bfsPostFix: back to the root.
    if (cur != found_root) {
      std::unordered_map<int32_t, int64_t> via;
      std::deque<int32_t> q{cur};
      via[cur] = -1;
      int64_t last = -1;
      while (!q.empty() && last < 0) {
        int32_t v = q.front();
        q.pop_front();
        for (int64_t e = pfirst[static_cast<size_t>(v)]; e < pfirst[static_cast<size_t>(v) + 1]; ++e) {
          int32_t w = pe_to[static_cast<size_t>(e)];
          if (w == v || !in_c(w) || !ea_edge[static_cast<size_t>(e)]) continue;
          if (w == found_root) { last = e; break; }
          if (via.emplace(w, e).second) q.push_back(w);
        }
      }
      if (last < 0) return false;
      std::vector<int64_t> back{last};
      for (int32_t x = source(last); x != cur; x = source(via.at(x))) back.push_back(via.at(x));
      path.insert(path.end(), back.rbegin(), back.rend());
    }

    // ---- to a trace (steps that keep the state, e.g. tableau moves, are not printed)
    auto state_at = [&](int32_t gs) {
      return std::vector<Value>(g_.states.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(gs) * n_),
                                g_.states.begin() + static_cast<std::ptrdiff_t>((static_cast<size_t>(gs) + 1) * n_));
    };
    auto moves = [&](int64_t e) {
      return pe_gedge[static_cast<size_t>(e)] >= 0 &&
             pstate[static_cast<size_t>(source(e))] != pstate[static_cast<size_t>(pe_to[static_cast<size_t>(e)])];
    };
    auto step_of = [&](int64_t e) {
      TraceStep s;
      int32_t ge = pe_gedge[static_cast<size_t>(e)];
      s.state = state_at(pstate[static_cast<size_t>(pe_to[static_cast<size_t>(e)])]);
      const Action& a = m_.actions[static_cast<size_t>(g_.action[static_cast<size_t>(ge)])];
      s.action = a.name;
      s.loc = a.loc;
      return s;
    };
    std::vector<int64_t> prefix;
    int32_t start = found_root;
    for (int32_t v = found_root; parent[static_cast<size_t>(v)] >= 0; v = parent[static_cast<size_t>(v)]) {
      prefix.push_back(parent_edge[static_cast<size_t>(v)]);
      start = parent[static_cast<size_t>(v)];
    }
    std::reverse(prefix.begin(), prefix.end());
    r.trace.clear();
    {
      TraceStep s;
      s.state = state_at(pstate[static_cast<size_t>(start)]);
      r.trace.push_back(std::move(s));
    }
    for (int64_t e : prefix)
      if (moves(e)) r.trace.push_back(step_of(e));
    r.loop_back = static_cast<int>(r.trace.size()) - 1;
    for (int64_t e : path)
      if (moves(e)) r.trace.push_back(step_of(e));
    if (static_cast<int>(r.trace.size()) - 1 > r.loop_back &&
        pstate[static_cast<size_t>(found_root)] !=
            pstate[static_cast<size_t>(pe_to[static_cast<size_t>(path.back())])]) {
      return false;  // cannot happen: the cycle ends at the root
    }
    return true;
  }
  return false;
}

CheckResult Checker::run(const CheckResult& safety) {
  CheckResult r = safety;
  auto t0 = std::chrono::steady_clock::now();
  try {
    if (prepare_error_) throw *prepare_error_;
    if (!prepared_) prepare();
    if (observing_) graph_from_edges();
    else build_graph();
    auto t1 = std::chrono::steady_clock::now();
    if (opts_.events)
      opts_.events->liveness_graph(LivenessGraph{checks_.size(), g_.size(), g_.to.size(),
                                                 std::chrono::duration<double>(t1 - t0).count()});
    for (const Check& ch : checks_) {
      poll_stop();
      if (!check_one(ch, r)) {
        r.verdict = Verdict::found(VerdictKind::liveness, ch.name);
        bool stuttering = r.loop_back >= 0 && static_cast<size_t>(r.loop_back) + 1 == r.trace.size();
        r.stuttering_warning = stuttering && needs_cycle(env_, ch.formula);
        break;
      }
    }
    if (opts_.events)
      opts_.events->liveness_done(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                                  safety.seconds);
  } catch (Error& e) {
    r.verdict = Verdict::from_error(e, Stage::liveness);
    r.trace.clear();
  } catch (Interrupted&) {
    r.verdict = Verdict::interrupted_by(opts_.stop->load());
    r.trace.clear();
  }
  r.safety_seconds = safety.seconds;
  r.liveness_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.seconds = r.safety_seconds + r.liveness_seconds;
  return r;
}

}  // namespace

CheckResult check_liveness(Model& m, const CheckResult& safety, const CheckOptions& opts) {
  Checker c(m, opts);
  return c.run(safety);
}

struct Liveness::Impl {
  Impl(Model& m, const CheckOptions& opts) : checker(m, opts) {}
  Checker checker;
};

Liveness::Liveness(Model& m, const CheckOptions& opts) : impl_(std::make_unique<Impl>(m, opts)) {
  impl_->checker.observe();
}
Liveness::~Liveness() = default;

EdgeObserver* Liveness::observer() { return impl_->checker.observing() ? &impl_->checker : nullptr; }

CheckResult Liveness::check(const CheckResult& safety) { return impl_->checker.run(safety); }

namespace {

/// One simulation worker's check of its behaviours' temporal properties.
class TraceCheck : public BehaviourCheck {
 public:
  explicit TraceCheck(Model& m) : checker_(m, opts_) {}
  std::optional<CheckResult> check(const std::vector<std::vector<Value>>& states) override {
    return checker_.check_behaviour(states);
  }

 private:
  CheckOptions opts_;  // one worker, no events: the simulation reports
  Checker checker_;
};

}  // namespace

std::unique_ptr<BehaviourCheck> make_behaviour_check(Model& m) { return std::make_unique<TraceCheck>(m); }

}  // namespace cairn::liveness
