#include "checker/eval/enumerate.hpp"

#include <boost/container/small_vector.hpp>
#include <tbb/task_group.h>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <optional>

#include "checker/eval/compiled.hpp"
#include "checker/eval/interp.hpp"
#include "checker/eval/stack_guard.hpp"
#include "checker/eval/natives/builtins.hpp"

namespace cairn {

namespace {

/// The conjuncts still to process after the current one, with the frame each belongs to.
/// Lives on the C++ stack: every continuation runs inside the call that created it.
struct Pending {
  const Node* node = nullptr;
  Frame* frame = nullptr;
  const Pending* next = nullptr;
  // An instance of an action-level \A (the body `node` under the values of `binding`
  // for the binders' `slots` of `frame`), see Enumerator::forall.
  const std::vector<int>* slots = nullptr;
  const std::vector<Value>* binding = nullptr;
};

/// Parallel Init enumeration (enumerate_init_parallel): one of `tasks` replicas of the
/// same sequential enumeration. The first `x \in S` (|S| >= 2) the enumeration reaches is
/// the split point: replica t takes the elements with index % tasks == t. Before the split
/// point only replica 0 emits (the others replay the same prefix silently); after it only
/// replica 0 goes on. Each emitted state is keyed by (phase, element index), so sorting
/// by key (stably) gives exactly the sequential enumeration order.
struct InitSplit {
  int task = 0, tasks = 1;
  int phase = 0;          // 0 before the split point, 1 inside it, 2 after it
  int64_t index = -1;     // the split element being enumerated (phase 1)
  std::function<void()> on_split;  // replica 0: start the other replicas
  struct Done {};         // thrown by replicas 1.. when their share is done
  struct Stopped {};      // thrown once `stop` says so (an interrupt)
  const std::function<bool()>* stop = nullptr;
  std::pair<int, int64_t> key() const { return {phase, phase == 1 ? index : 0}; }
  bool emits() const { return phase == 1 || task == 0; }
};

class Enumerator {
 public:
  Enumerator(Ctx& c, Value* target, bool init, const EmitFn& emit, InitSplit* split = nullptr)
      : c_(c), target_(target), init_(init), emit_(emit), split_(split),
        leaves_(c.worker ? c.worker->run->leaves : nullptr) {}

  /// Evaluate the remaining conjuncts as plain booleans once all `nvars` variables of the
  /// state are bound, as TLC does (Tool.getNextStates0 -> getNextStatesAllAssigned, and
  /// getInitStates): a later `A \/ B` or `\E` then short-circuits instead of branching, so
  /// an error in a branch that is never reached is not raised, and no duplicate is generated.
  void evaluate_once_bound(size_t nvars) { unbound_ = nvars; fast_ = true; }

  void step(const Node* n, Frame* f, const Pending* rest) {
    check_stack(n->loc);
    located_at(n->loc, [&] { step_impl(n, f, rest); });
  }

 private:
  Ctx& c_;
  Value* target_;  // the partial state being built (next state, or the initial state)
  bool init_;
  EmitFn emit_;  // refers to the caller's callable, which outlives this enumeration
  InitSplit* split_;
  ActionLeaves* leaves_;  // the run's compiled expressions, or null (interpreted)
  bool fast_ = false;   // evaluate_once_bound was called
  size_t unbound_ = 0;  // the variables not yet bound (counted only when fast_)

  void cont(const Pending* rest) {
    if (!rest) {
      if (!split_ || split_->emits()) emit_(target_);
      return;
    }
    if (fast_ && unbound_ == 0) {
      for (const Pending* p = rest; p; p = p->next) {
        bool holds = false;
        with_binding(p, [&] { holds = eval_located(p->node, p->frame); });
        if (!holds) return;
      }
      if (!split_ || split_->emits()) emit_(target_);
      return;
    }
    with_binding(rest, [&] { step(rest->node, rest->frame, rest->next); });
  }

  /// Runs `go` with the bound names of a \A instance set (and restored after).
  template <class Go>
  static void with_binding(const Pending* p, Go&& go) {
    if (!p->binding) return go();
    std::vector<Value> saved;
    saved.reserve(p->slots->size());
    for (size_t i = 0; i < p->slots->size(); ++i) {
      Value& v = p->frame->slots[(*p->slots)[i]];
      saved.push_back(v);
      v = (*p->binding)[i];
    }
    go();
    for (size_t i = 0; i < p->slots->size(); ++i) p->frame->slots[(*p->slots)[i]] = saved[i];
  }

  bool eval_located(const Node* n, Frame* f) {
    return located_at(n->loc, [&] { return guard(n, f); });
  }

  /// A boolean conjunct, and the right side of an assignment: compiled when the run
  /// compiles (ActionLeaves), with the interpreter as the fallback for anything it gives
  /// up on (then every value and error is the interpreter's).
  bool guard(const Node* n, Frame* f) {
    if (const CompiledExpr* e = leaves_ ? leaves_->get(n) : nullptr) {
      bool out;
      if (e->eval_bool(c_, f, out)) return out;
    }
    return eval_bool(n, f, c_);
  }
  Value value(const Node* n, Frame* f) {
    if (const CompiledExpr* e = leaves_ ? leaves_->get(n) : nullptr) {
      Value out;
      if (e->eval_value(c_, f, out)) return out;
    }
    return eval(n, f, c_);
  }

  void bind(int slot, const Value& v) {
    target_[slot] = v;
    unbound_ -= fast_;
  }
  void unbind(int slot) {
    target_[slot] = Value();
    unbound_ += fast_;
  }

  /// Looks through operator parameters bound to a state variable (passed unevaluated).
  static const Node* deref(const Node* n, Frame* f) {
    while (n->op == Op::Local && unevaluated_arg(walk(f, n->up)->slots[n->slot], n, f)) {}
    return n;
  }

  /// A variable this conjunct may bind: primed in Next, unprimed in Init, not yet bound.
  bool assignable(const Node* n) const {
    return n->op == Op::StateVar && n->primed != init_ && !target_[n->slot].defined();
  }

  /// The slot `n` can bind, or -1: `x'` (or `x` in Init), also through operator
  /// parameters (`q'` where q was passed the variable x).
  int assign_slot(const Node* n, Frame* f) const {
    n = deref(n, f);
    if (assignable(n)) return n->slot;
    if (!init_ && n->op == Op::Prime) {
      const Node* k = deref(n->kids[0], f);
      if (k->op == Op::StateVar && !k->primed && !target_[k->slot].defined()) return k->slot;
      if (ghost_assignable(k, false)) return k->slot;
    }
    if (ghost_assignable(n, true)) return n->slot;
    return -1;
  }

  /// A GhostVar (an instance's own variable under ENABLED) that this next state binds.
  bool ghost_assignable(const Node* n, bool primed) const {
    return n->op == Op::GhostVar && n->primed == primed && !init_ && c_.next_wide &&
           target_ == c_.next && !target_[n->slot].defined();
  }

  void assign(int slot, const Value& v, const Pending* rest) {
    bind(slot, v);
    cont(rest);
    unbind(slot);
  }

  using VarList = boost::container::small_vector<const Node*, 16>;

  void collect_vars(const Node* n, Frame* f, VarList& vars, bool& ok) {
    n = deref(n, f);
    if ((n->op == Op::StateVar && !n->primed) ||
        (n->op == Op::GhostVar && !n->primed && c_.next_wide && target_ == c_.next)) {
      vars.push_back(n);
    } else if (n->op == Op::Tuple) {
      for (const Node* k : n->kids) collect_vars(k, f, vars, ok);
    } else if (n->op == Op::Call && n->kids.empty() && n->def->body && !n->def->native) {
      collect_vars(n->def->body, f, vars, ok);
    } else {
      ok = false;
    }
  }

  void unchanged(const Node* n, Frame* f, const Pending* rest) {
    VarList vars;
    bool ok = true;
    collect_vars(n->kids[0], f, vars, ok);
    if (!ok) {
      if (eval_bool(n, f, c_)) cont(rest);
      return;
    }
    boost::container::small_vector<int, 16> bound;
    bool good = true;
    for (const Node* v : vars) {
      // A GhostVar's value now is its substitution's. (A state variable's is read in
      // place: no reference-count traffic for the copy.)
      Value ghost;
      if (v->op == Op::GhostVar) ghost = eval(v->kids[0], f, c_);
      const Value& now = v->op == Op::GhostVar ? ghost : c_.cur[v->slot];
      if (!target_[v->slot].defined()) {
        bind(v->slot, now);
        bound.push_back(v->slot);
      } else if (!equals(target_[v->slot], now)) {
        good = false;
        break;
      }
    }
    if (good) cont(rest);
    for (int s : bound) unbind(s);
  }

  /// A \cdot B: a step of A to some state t, then a step of B from t.
  void compose(const Node* n, Frame* f, const Pending* rest) {
    size_t nv = static_cast<size_t>(c_.worker->state_size);
    std::vector<Value> mid(nv);
    Ctx ca = c_;
    ca.next = mid.data();
    ca.next_wide = false;
    auto after_a = [&](const Value* t) {
      for (size_t i = 0; i < nv; ++i)
        if (!t[i].defined()) return;  // A left a variable unbound: no intermediate state
      std::vector<Value> tstate(t, t + nv);
      std::vector<Value> saved(target_, target_ + nv);
      Ctx cb = c_;
      cb.cur = tstate.data();
      cb.cur_wide = false;
      cb.next = target_;
      auto after_b = [&](const Value*) { cont(rest); };
      Enumerator eb(cb, target_, false, after_b);
      eb.step(n->kids[1], f, nullptr);
      for (size_t i = 0; i < nv; ++i) target_[i] = saved[i];
    };
    Enumerator ea(ca, mid.data(), false, after_a);
    ea.step(n->kids[0], f, nullptr);
  }

  /// The first bound name varies fastest, as in eval's bind_all (TLC's ContextEnumerator).
  void exists(const Node* n, size_t i, Frame* f, const Pending* rest) {
    if (i == n->binders.size()) {
      step(n->kids[0], f, rest);
      return;
    }
    for_each_binding(n->binders[n->binders.size() - 1 - i], f, c_, [&] {
      exists(n, i + 1, f, rest);
      return true;
    });
  }

  /// A `\A x \in S : A` in an action (or Init) is the conjunction of its instances (TLC's
  /// getNextStates/getInitStates, OPCODE_bf): the first binding's instance is enumerated
  /// first (it may bind variables), then the others, last binding first (they are consed
  /// onto the pending list), then the rest. No binding: just the rest.
  void forall(const Node* n, Frame* f, const Pending* rest) {
    std::vector<int> slots;
    for (auto it = n->binders.rbegin(); it != n->binders.rend(); ++it)
      slots.insert(slots.begin(), it->slots.begin(), it->slots.end());
    std::vector<std::vector<Value>> bindings;
    collect(n, 0, f, slots, bindings);
    if (bindings.empty()) { cont(rest); return; }
    std::vector<Pending> chain(bindings.size());
    const Pending* next = rest;
    for (size_t k = 1; k < bindings.size(); ++k) {
      chain[k] = Pending{n->kids[0], f, next, &slots, &bindings[k]};
      next = &chain[k];
    }
    chain[0] = Pending{n->kids[0], f, next, &slots, &bindings[0]};
    with_binding(&chain[0], [&] { step(n->kids[0], f, next); });
  }

  void collect(const Node* n, size_t i, Frame* f, const std::vector<int>& slots,
               std::vector<std::vector<Value>>& out) {
    if (i == n->binders.size()) {
      std::vector<Value> b;
      for (int s : slots) b.push_back(f->slots[s]);
      out.push_back(std::move(b));
      return;
    }
    for_each_binding(n->binders[n->binders.size() - 1 - i], f, c_, [&] {
      collect(n, i + 1, f, slots, out);
      return true;
    });
  }

  /// The split point of a parallel Init enumeration: this replica's share of `set`.
  bool split_here(int slot, const Value& set, const Pending* rest) {
    std::vector<Value> elems;
    for_each_element(set, [&](const Value& e) {
      elems.push_back(e);
      return true;
    });
    if (elems.size() < 2) return false;
    split_->phase = 1;
    if (split_->on_split) split_->on_split();
    for (size_t i = 0; i < elems.size(); ++i) {
      if (static_cast<int>(i % static_cast<size_t>(split_->tasks)) != split_->task) continue;
      if (split_->stop && *split_->stop && (*split_->stop)()) throw InitSplit::Stopped{};
      split_->index = static_cast<int64_t>(i);
      assign(slot, elems[i], rest);
    }
    split_->phase = 2;
    if (split_->task != 0) throw InitSplit::Done{};
    return true;
  }

  /// Steps into the body of `d` applied to the arguments of `site` (in frame f), with
  /// `parent` the frame a nested definition sees.
  void step_body(Def* d, const Node* site, Frame* f, Frame* parent, const Pending* rest) {
    enter_def(d, site, f, parent, c_, ArgPassing::Action, [&](Frame* nf) { step(d->body, nf, rest); });
  }

  void step_impl(const Node* n, Frame* f, const Pending* rest) {
    switch (n->op) {
      case Op::And: {
        size_t k = n->kids.size();
        if (k == 0) { cont(rest); return; }
        Pending small[12];
        std::unique_ptr<Pending[]> big;
        Pending* chain = small;
        if (k > 12) {
          big.reset(new Pending[k]);
          chain = big.get();
        }
        for (size_t i = k; i-- > 1;)
          chain[i] = Pending{n->kids[i], f, i + 1 < k ? &chain[i + 1] : rest};
        step(n->kids[0], f, k > 1 ? &chain[1] : rest);
        return;
      }
      case Op::Or:
        for (const Node* k : n->kids) step(k, f, rest);
        return;
      case Op::Exists:
        exists(n, 0, f, rest);
        return;
      case Op::Implies:
        // TLC (getInitStates, getNextStates, enabled): P => Q enumerates Q where P holds,
        // so Q may branch (a \/ in it) and assign primed variables.
        if (eval_bool(n->kids[0], f, c_)) step(n->kids[1], f, rest);
        else cont(rest);
        return;
      case Op::Forall:
        // Whatever its level (TLC's getNextStates/getInitStates take OPCODE_bf before any
        // level test): a `P \/ Q` in the body then branches, so Q is evaluated even where P
        // holds (and its error raised). An unbounded \A is evaluated (and fails) as TLC does.
        if (std::all_of(n->binders.begin(), n->binders.end(), [](const Binder& b) { return b.set; })) {
          forall(n, f, rest);
          return;
        }
        break;
      case Op::If:
      case Op::Case:
      case Op::Let:
        step(chosen_branch(n, f, c_, "the condition of IF"), f, rest);
        return;
      case Op::Local: {
        // An action passed unevaluated to an operator parameter: enumerate it there.
        const Node* arg;
        Frame* arg_frame;
        if (unevaluated_arg(walk(f, n->up)->slots[n->slot], arg, arg_frame)) {
          step(arg, arg_frame, rest);
          return;
        }
        break;
      }
      case Op::Call: {
        // TLC expands every user-defined operator used in an action (or in Init), with
        // its arguments passed lazily (Tool.getNextStatesAppl), so a disjunction inside
        // an operator branches and an argument `x'` can be bound by the body.
        Def* d = n->def;
        if (d->native || !d->body || d->is_function) break;
        step_body(d, n, f, d->nested ? walk(f, n->up) : nullptr, rest);
        return;
      }
      case Op::CallParam: {
        // An operator parameter applied in an action is expanded too: TLC looks up what
        // it is bound to and applies that (`Op(x)` with Op <- UNCHANGED, or a LAMBDA).
        const Value& v = walk(f, n->up)->slots[n->slot];
        if (v.kind() != VK::Closure) break;
        const auto* co = static_cast<const ClosureObj*>(v.obj());
        Frame* parent = nullptr;
        Def* d = co->arity >= 0 ? closure_def(co, parent) : nullptr;
        if (!d || d->native || !d->body || d->is_function || d->arity != static_cast<int>(n->kids.size()))
          break;
        step_body(d, n, f, parent, rest);
        return;
      }
      case Op::Builtin: {
        BuiltinOp op = n->bop;
        bool binds = op == BuiltinOp::Eq || op == BuiltinOp::In || op == BuiltinOp::Subseteq;
        int slot = binds && n->kids.size() == 2 ? assign_slot(n->kids[0], f) : -1;
        if (slot >= 0) {
          if (op == BuiltinOp::Eq) {
            assign(slot, value(n->kids[1], f), rest);
            return;
          }
          if (op == BuiltinOp::In) {
            Value s = value(n->kids[1], f);
            if (split_ && split_->phase == 0 && split_here(slot, s, rest)) return;
            for_each_element(s, [&](const Value& e) {
              assign(slot, e, rest);
              return true;
            });
            return;
          }
          if (op == BuiltinOp::Subseteq) {
            Value s = make_lazy_set(LazyKind::Subset, {eval(n->kids[1], f, c_)});
            for_each_element(s, [&](const Value& e) {
              assign(slot, e, rest);
              return true;
            });
            return;
          }
        }
        break;
      }
      case Op::Unchanged:
        if (!init_) { unchanged(n, f, rest); return; }
        break;
      case Op::Compose:
        if (!init_ && n->kids.size() == 2) {
          compose(n, f, rest);
          return;
        }
        break;
      case Op::Cached: {
        // A closed constant subexpression (fold.hpp) branches as TLC enumerates it: a
        // constant `P \/ Q`, \E, IF or operator applied to arguments yields one branch per
        // true disjunct or witness, a \A one per combination of its instances' branches
        // (each counts as generated). Only a zero-argument definition is one value (TLC
        // evaluates it at startup): that stays cached.
        const Node* k = n->kids[0];
        Op o = k->op;
        if (o == Op::And || o == Op::Or || o == Op::Implies || o == Op::Exists || o == Op::Forall || o == Op::If ||
            o == Op::Case || o == Op::Let ||
            (o == Op::Call && !k->kids.empty())) {
          step(k, f, rest);
          return;
        }
        break;
      }
      case Op::AngleAction: {
        // <<A>>_v == A /\ ~UNCHANGED v: the successors of A that change v.
        Node u(Op::Unchanged, n->loc);
        u.kids = {n->kids[1]};
        Node changed(Op::Not, n->loc);
        changed.kids = {&u};
        Pending check{&changed, f, rest};
        step(n->kids[0], f, &check);
        return;
      }
      case Op::BoxAction: {
        // [A]_v == A \/ UNCHANGED v
        step(n->kids[0], f, rest);
        Node u(Op::Unchanged, n->loc);
        u.kids = {n->kids[1]};
        unchanged(&u, f, rest);
        return;
      }
      default: break;
    }
    if (guard(n, f)) cont(rest);
  }
};

/// One enumeration of Init (or one replica of a parallel one, with `split`).
void run_init(const Node* init, Def* owner, size_t nvars, const Ctx& base, const EmitFn& emit, InitSplit* split) {
  std::vector<Value> st(nvars);
  Ctx c = base;
  c.cur = st.data();
  c.next = nullptr;
  c.init_mode = true;
  FrameHolder fh(owner ? owner->frame_size : 0, nullptr);
  Enumerator e(c, st.data(), true, emit, split);
  e.evaluate_once_bound(nvars);
  e.step(init, fh.get(), nullptr);
}

}  // namespace

void enumerate_init(const Node* init, Def* owner, size_t nvars, Ctx& base, const EmitFn& emit) {
  run_init(init, owner, nvars, base, emit, nullptr);
}

InitStates enumerate_init_parallel(const Node* init, Def* owner, size_t nvars, Ctx& base, int tasks,
                                   const std::function<bool()>& stop) {
  using Stopped = InitSplit::Stopped;
  std::atomic<bool> stopped{false};
  using Key = std::pair<int, int64_t>;
  struct Failure {
    Key key;
    size_t emitted;  // states this replica emitted before the error
    Error error;
  };
  struct Out {
    std::vector<Key> keys;
    std::vector<Value> states;
    std::optional<Failure> failure;
  };
  tasks = std::max(1, tasks);
  std::vector<Out> outs(static_cast<size_t>(tasks));
  tbb::task_group group;
  std::function<void(int)> replica = [&](int t) {
    InitSplit split;
    split.task = t;
    split.tasks = tasks;
    split.stop = &stop;
    if (t == 0)
      split.on_split = [&] {
        for (int r = 1; r < tasks; ++r) group.run([&replica, r] { replica(r); });
      };
    Out& out = outs[static_cast<size_t>(t)];
    auto keep = [&](const Value* s) {
      if (stop && stop()) throw Stopped{};
      out.keys.push_back(split.key());
      out.states.insert(out.states.end(), s, s + nvars);
    };
    // Each replica draws as the sequential enumeration does, from its own worker.
    Ctx rc = base;
    rc.worker = &base.worker->run->here();
    rc.worker->begin_init();
    StopScope interruptible(rc);
    try {
      run_init(init, owner, nvars, rc, keep, &split);
    } catch (InitSplit::Done&) {
    } catch (Stopped&) {
      stopped = true;
    } catch (EvalInterrupted&) {
      stopped = true;
    } catch (Error& err) {
      out.failure.emplace(Failure{split.key(), out.keys.size(), err});
    }
  };
  try {
    replica(0);
  } catch (...) {
    group.wait();
    throw;
  }
  group.wait();
  if (stopped) {
    InitStates none;
    none.stopped = true;
    return none;
  }
  // The sequential order is the order of the keys: replicas never share a key of phase 1,
  // only replica 0 emits in phases 0 and 2, and each replica's keys are increasing. So a
  // merge of the replicas' runs of equal keys, smallest key first, restores it.
  const Failure* first = nullptr;
  size_t first_t = 0;
  for (size_t t = 0; t < outs.size(); ++t)
    if (outs[t].failure && (!first || outs[t].failure->key < first->key)) {
      first = &*outs[t].failure;
      first_t = t;
    }
  InitStates result;
  size_t total = 0;
  for (const Out& o : outs) total += o.keys.size();
  result.states.reserve(total * nvars);
  std::vector<size_t> at(outs.size(), 0);
  for (;;) {
    size_t best = SIZE_MAX;
    for (size_t t = 0; t < outs.size(); ++t)
      if (at[t] < outs[t].keys.size() && (best == SIZE_MAX || outs[t].keys[at[t]] < outs[best].keys[at[best]])) best = t;
    if (best == SIZE_MAX) break;
    Out& o = outs[best];
    Key key = o.keys[at[best]];
    size_t i = at[best];
    for (; i < o.keys.size() && o.keys[i] == key; ++i) {
      if (first && !(key < first->key || (best == first_t && i < first->emitted))) continue;
      auto from = o.states.begin() + static_cast<std::ptrdiff_t>(i * nvars);
      result.states.insert(result.states.end(), std::make_move_iterator(from),
                           std::make_move_iterator(from + static_cast<std::ptrdiff_t>(nvars)));
    }
    at[best] = i;
  }
  if (first) result.error = first->error;
  return result;
}

bool action_enabled(const Node* a, Frame* f, const Ctx& c) {
  // TLC (Tool.enabled): enumerate the successors of A from the current state into a
  // fresh next state, and stop at the first one, complete or not.
  struct Found {};
  std::vector<Value> nx(static_cast<size_t>(c.worker->enabled_size));
  Ctx ec = c;
  ec.next = nx.data();
  ec.next_wide = true;  // `shifted` stays: under a prime, LET values of the current state do not apply
  auto found = [](const Value*) { throw Found{}; };
  Enumerator e(ec, nx.data(), false, found);
  try {
    e.step(a, f, nullptr);
  } catch (Found&) {
    return true;
  }
  return false;
}

void enumerate_next(const Action& a, const Value* cur, size_t nvars, Ctx& base, const EmitFn& emit) {
  // The partial next state lives on the stack for the usual small number of variables
  // (this runs once per action per expanded state).
  ValueBuffer<24> nx(nvars);
  Ctx c = base;
  c.cur = cur;
  c.next = nx.data();
  c.init_mode = false;
  FrameHolder fh(a.owner ? a.owner->frame_size : 0, nullptr);
  for (size_t i = 0; i < a.frame.size(); ++i) fh.get()->slots[i] = a.frame[i];
  Enumerator e(c, nx.data(), false, emit);
  e.evaluate_once_bound(nvars);
  e.step(a.node, fh.get(), nullptr);
}

namespace {

void split(const Node* n, Def* owner, const std::vector<Value>& frame, const std::string& name,
           std::vector<Action>& out, Worker* worker);

/// The bindings of `n`'s binders from binder `i` on, into `f`; `body` per complete one.
/// The first bound name varies fastest (TLC's ContextEnumerator), as in Enumerator::exists.
void each_binding(const Node* n, size_t i, Frame* f, Ctx& c, FnRef<void()> body) {
  if (i == n->binders.size()) {
    body();
    return;
  }
  for_each_binding(n->binders[n->binders.size() - 1 - i], f, c, [&] {
    each_binding(n, i + 1, f, c, body);
    return true;
  });
}

/// `\E x \in S : B` over a constant S as one action per binding, each split again (TLC's
/// Tool.getActions, OPCODE_be). False, and nothing added, when S is empty or cannot be
/// enumerated (TLC keeps the whole \E as one action then), or for more than kMaxPieces.
bool split_bindings(const Node* n, Def* owner, const std::vector<Value>& frame, const std::string& name,
                    std::vector<Action>& out, Worker* worker) {
  constexpr size_t kMaxPieces = 4096;
  if (n->kids.empty() || n->binders.empty() || !owner) return false;
  int top = static_cast<int>(frame.size());
  for (const Binder& b : n->binders) {
    if (!b.set || b.set->level != Level::Constant) return false;
    for (int sl : b.slots) top = std::max(top, sl + 1);
  }
  if (top > owner->frame_size) return false;
  std::vector<Action> pieces;
  try {
    FrameHolder fh(owner->frame_size, nullptr);
    for (size_t i = 0; i < frame.size(); ++i) fh.get()->slots[i] = frame[i];
    Ctx c;
    c.worker = worker;
    each_binding(n, 0, fh.get(), c, [&] {
      split(n->kids[0], owner, std::vector<Value>(fh.get()->slots, fh.get()->slots + top), name, pieces, worker);
      if (pieces.size() > kMaxPieces) throw Error(Loc{}, "too many actions", exit_code::other);
    });
  } catch (Error&) {
    return false;
  }
  if (pieces.empty()) return false;
  for (Action& p : pieces) out.push_back(std::move(p));
  return true;
}

void split(const Node* n, Def* owner, const std::vector<Value>& frame, const std::string& name,
           std::vector<Action>& out, Worker* worker) {
  if (n->op == Op::Or) {
    for (const Node* k : n->kids) split(k, owner, frame, name, out, worker);
    return;
  }
  if (n->op == Op::Exists && split_bindings(n, owner, frame, name, out, worker)) return;
  if (n->op == Op::Call && n->def->body && !n->def->native && !n->def->nested &&
      n->def->level >= Level::Action) {
    bool constant_args = true;
    for (const Node* k : n->kids)
      if (k->level != Level::Constant || k->op == Op::Closure) constant_args = false;
    if (constant_args) {
      std::vector<Value> args;
      std::string label = n->def->name;
      if (!n->kids.empty()) {
        Ctx c;
        c.worker = worker;
        FrameHolder fh(owner ? owner->frame_size : 0, nullptr);
        for (size_t i = 0; i < frame.size(); ++i) fh.get()->slots[i] = frame[i];
        label += "(";  // TLC's Action.PARAMETER_LIST: the arguments joined by "," alone
        for (size_t i = 0; i < n->kids.size(); ++i) {
          args.push_back(eval(n->kids[i], fh.get(), c));
          label += (i ? "," : "") + to_string(args.back());
        }
        label += ")";
      }
      split(n->def->body, n->def, args, label, out, worker);
      return;
    }
  }
  Action a;
  a.node = n;
  a.owner = owner;
  a.frame = frame;
  a.name = name;
  a.loc = n->loc;
  out.push_back(std::move(a));
}

}  // namespace

std::vector<Action> split_actions(const Node* next, Def* owner, const std::string& name, Worker* worker) {
  std::vector<Action> out;
  split(next, owner, {}, name, out, worker);
  return out;
}

std::vector<Action> split_actions(const Node* n, Def* owner, const std::vector<Value>& frame,
                                  const std::string& name, Worker* worker) {
  std::vector<Action> out;
  split(n, owner, frame, name, out, worker);
  return out;
}

}  // namespace cairn
