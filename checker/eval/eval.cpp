#include "checker/eval/eval.hpp"

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <mutex>

#include "checker/eval/enumerate.hpp"
#include "checker/eval/interp.hpp"
#include "checker/eval/stack_guard.hpp"
#include "checker/eval/natives/builtins.hpp"

namespace cairn {

CapturedState CapturedState::of(const Ctx& c) {
  CapturedState s;
  size_t n = static_cast<size_t>(c.worker->state_size);
  if (c.cur) { s.cur.assign(c.cur, c.cur + n); s.has_cur = true; }
  if (c.next) { s.next.assign(c.next, c.next + n); s.has_next = true; }
  return s;
}

void CapturedFrames::link() {
  frames.resize(slots.size());
  for (size_t i = 0; i < frames.size(); ++i) {
    frames[i].slots = slots[i].data();
    frames[i].size = static_cast<int>(slots[i].size());
    frames[i].parent = i + 1 < frames.size() ? &frames[i + 1] : nullptr;
  }
}

std::shared_ptr<LazyEnv> capture_env(Frame* f, const Ctx& c, bool reads_state) {
  auto env = std::make_shared<LazyEnv>();
  auto& cap = env->frames;
  for (Frame* p = f; p; p = p->parent) cap.slots.emplace_back(p->slots, p->slots + p->size);
  // A lazy argument, or an operator argument (a LAMBDA or a LET operator passed to a
  // higher-order parameter), refers to the frame it was written in, which may be gone
  // when the capture is used: it refers to its own capture of that frame instead.
  for (auto& frame : cap.slots)
    for (Value& v : frame) {
      if (v.kind() != VK::Closure) continue;
      const auto* co = static_cast<const ClosureObj*>(v.obj());
      if (!co->frame || co->env) continue;  // no frame, or already owns its copy
      auto inner = capture_env(static_cast<Frame*>(const_cast<void*>(co->frame)), Ctx{}, false);
      auto* copy = new ClosureObj();
      copy->target = co->target;
      copy->frame = inner->frames.top();
      copy->arity = co->arity;
      copy->env = std::move(inner);
      v = Value::from_obj(copy);
    }
  cap.link();
  if (reads_state) env->state = CapturedState::of(c);
  env->cc = c;
  env->cc.stop = nullptr;  // evaluated later, where no one catches EvalInterrupted
  env->cc.cur = nullptr;
  env->cc.next = nullptr;
  return env;
}

namespace {

[[noreturn]] void undefined_var(const Node* n) {
  throw Error(n->loc, "In evaluation, the identifier " + n->text + " is either undefined or not an operator.",
              exit_code::eval_spec);
}

Value eval_impl(const Node* n, Frame* f, Ctx& c);

/// Evaluates each combination of the binders from index i, calling body; stops when
/// body returns false. Returns false if stopped. TLC's ContextEnumerator varies the first
/// bound name fastest (`\E a \in S, b \in T` takes (s1,t1), (s2,t1), ...): the i-th loop
/// from outside binds the i-th binder from the end.
bool bind_all(const std::vector<Binder>& bs, size_t i, Frame* f, Ctx& c,
              FnRef<bool()> body) {
  if (i == bs.size()) return body();
  bool go = true;
  for_each_binding(bs[bs.size() - 1 - i], f, c, [&]() {
    go = bind_all(bs, i + 1, f, c, body);
    return go;
  });
  return go;
}

/// The domain of a function constructor, one set per bound name (one per tuple binder),
/// with the binder and name each binds (SIZE_MAX: the whole tuple).
struct FcnParams {
  std::vector<Value> sets;
  std::vector<std::pair<const Binder*, size_t>> comps;
  Value domain() const { return sets.size() == 1 ? sets[0] : make_lazy_set(LazyKind::Product, sets); }
};

FcnParams fcn_params(const Node* fc, Frame* f, Ctx& c) {
  FcnParams p;
  for (const Binder& b : fc->binders) {
    Value bs = eval(b.set, f, c);
    if (b.tuple) {
      p.sets.push_back(bs);
      p.comps.emplace_back(&b, SIZE_MAX);
    } else {
      for (size_t k = 0; k < b.slots.size(); ++k) {
        p.sets.push_back(bs);
        p.comps.emplace_back(&b, k);
      }
    }
  }
  return p;
}

void bind_comp(const std::pair<const Binder*, size_t>& comp, Frame* f, const Value& x) {
  if (comp.second == SIZE_MAX) bind(*comp.first, f, x);
  else f->slots[comp.first->slots[comp.second]] = x;
}

/// Runs body(frame, ctx) in env: in its own copy of the top frame (recursion, threads)
/// and with the captured state installed.
template <class Body>
auto run_deferred(const LazyEnv& env, Body&& body) {
  Frame* top = const_cast<LazyEnv&>(env).frames.top();
  FrameHolder h(top->size, top->parent);
  for (int i = 0; i < top->size; ++i) h.get()->slots[i] = top->slots[i];
  Ctx local = env.cc;
  env.state.install(local);
  // The value may be applied by another worker than the one that built it.
  if (local.worker) local.worker = &local.worker->run->here();
  if (local.worker) local.stop = local.worker->interruptible;
  return body(h.get(), local);
}

/// Binds the argument x of the function built by FcnCons fc (a tuple when it has several
/// bound names): each bound name gets its component, a tuple binder destructures its own.
void bind_fcn_cons_arg(const Node* fc, Frame* f, const Value& x) {
  size_t n = 0;
  for (const Binder& b : fc->binders) n += b.tuple ? 1 : b.slots.size();
  if (n == 1) {
    const Binder& b = fc->binders[0];
    if (b.tuple) bind(b, f, x);
    else f->slots[b.slots[0]] = x;
    return;
  }
  if (!is_tuple(x) || as_fcn(x)->size() != n)
    throw eval_error("Attempted to apply a function of " + std::to_string(n) + " arguments to " + to_string(x));
  const auto& comps = as_fcn(x)->rng;
  size_t i = 0;
  for (const Binder& b : fc->binders) {
    if (b.tuple) { bind(b, f, comps[i++]); continue; }
    for (int slot : b.slots) f->slots[slot] = comps[i++];
  }
}

/// [x \in S |-> body] kept as TLC's FcnLambdaValue: the FcnCons node and a copy of the
/// frames (and of the state, if the body reads it); eval_lazy_apply evaluates the body.
Value lazy_fcn(const Node* fc, FcnParams p, Frame* f, Ctx& c, bool reads_state, bool recursive = false) {
  auto* lf = new FcnLazyObj();
  Value result = Value::from_obj(lf);
  lf->domain = p.domain();
  auto env = capture_env(f, c, reads_state);
  if (recursive) env->cc.keep_lazy = true;  // FcnLambdaValue.makeRecursive
  lf->body = {fc, std::move(env)};
  return result;
}

/// [x \in S |-> body] over enumerated sets/intervals: a function value (TLC's FcnRcdValue).
Value eager_fcn(const Node* fc, const FcnParams& p, Frame* f, Ctx& c) {
  std::vector<Value> dom, rng;
  std::vector<Value> key(p.comps.size());
  std::function<void(size_t)> loop = [&](size_t i) {
    if (i == p.comps.size()) {
      dom.push_back(key.size() == 1 ? key[0] : make_tuple(key));
      rng.push_back(eval(fc->kids[0], f, c));
      return;
    }
    for_each_element(p.sets[i], [&](const Value& e) {
      bind_comp(p.comps[i], f, e);
      key[i] = e;
      loop(i + 1);
      return true;
    });
  };
  loop(0);
  // FcnLambdaValue.toFcnRcd: over one interval the domain stays an interval (DOMAIN a..b).
  bool interval = p.sets.size() == 1 && p.comps.size() == 1 && p.sets[0].kind() == VK::Interval;
  return make_fcn(std::move(dom), std::move(rng), interval);
}

/// TLC keeps a set or function lazy unless its base is an enumerated set or an interval
/// (its Reducible values).
bool reducible(const Value& s) { return s.kind() == VK::Set || s.kind() == VK::Interval; }

/// {x \in S : P} over a set that is not enumerated (TLC's SetPredValue): membership is
/// `x \in S /\ P(x)`, with P (eval_lazy_pred) evaluated in a copy of the frames (and of
/// the state).
Value lazy_filter(const Node* n, const Value& s, Frame* f, Ctx& c) {
  auto* l = new LazySetObj(LazyKind::Filter);
  l->parts = {s};
  l->pred = {n, capture_env(f, c, n->kids[0]->level >= Level::State)};
  return Value::from_obj(l);
}

/// The value of d's body in its fresh frame nf (the arguments bound).
Value body_value(Def* d, Frame* nf, Ctx& c, bool cacheable) {
  if (d->is_function) {
    // A function definition `f[x \in S] == e` is a function evaluated on application,
    // as TLC's FcnLambdaValue: recursive definitions need it, and most uses apply the
    // function to a few arguments only.
    // TLC (OPCODE_nrfs/rfs): a non-recursive one over enumerated sets is built at once.
    FcnParams p = fcn_params(d->body, nf, c);
    bool eager = !d->recursive && !c.keep_lazy && std::all_of(p.sets.begin(), p.sets.end(), reducible);
    return eager ? eager_fcn(d->body, p, nf, c)
                 : lazy_fcn(d->body, std::move(p), nf, c, d->level >= Level::State, d->recursive);
  }
  if (cacheable && c.keep_lazy) {
    // A constant is computed once, in full, as TLC's constant definitions are.
    Ctx cc = c;
    cc.keep_lazy = false;
    return eval(d->body, nf, cc);
  }
  return eval(d->body, nf, c);
}

/// A native applied to the values of site's arguments (evaluated in order).
[[gnu::noinline]] Value apply_native(BuiltinFn fn, const Node* site, Frame* f, Ctx& c) {
  size_t n = site->kids.size();
  // Most natives are the arithmetic of one or two operands: build just those.
  if (n == 2) {
    Value two[2] = {eval(site->kids[0], f, c), eval(site->kids[1], f, c)};
    return fn(two, c);
  }
  if (n == 1) {
    Value one = eval(site->kids[0], f, c);
    return fn(&one, c);
  }
  ValueBuffer<8> args(n);
  for (size_t i = 0; i < n; ++i) args.data()[i] = eval(site->kids[i], f, c);
  return fn(args.data(), c);
}

Value call(Def* d, const Node* site, Frame* f, Ctx& c) {
  size_t n = site->kids.size();
  if (d->native) return apply_native(d->native->fn, site, f, c);
  if (!d->body)
    throw Error(site->loc, "the operator " + d->name + " has no value in this model (is it a constant the configuration does not assign?)",
                exit_code::eval_spec);
  bool cacheable = n == 0 && !d->nested && d->level == Level::Constant && !d->recursive && d->cache;
  if (cacheable && d->cache->ready.load(std::memory_order_acquire)) return d->cache->value;
  if (d->let_cache_slot >= 0 && !c.shifted &&
      (d->level == Level::Constant || (d->level == Level::State && !c.init_mode))) {
    // Values that cannot change within one entry into the LET are cached there (not
    // values of primed variables, nor unprimed ones while Init binds them, nor under a
    // prime, where the definition denotes its value in the next state).
    Frame* pf = walk(f, site->up);
    Value& slot = pf->slots[d->let_cache_slot];
    if (slot.defined()) return slot;
    FrameHolder fh(d->frame_size, pf);
    Value v = eval(d->body, fh.get(), c);
    slot = v;
    return v;
  }
  Value v = enter_def(d, site, f, d->nested ? walk(f, site->up) : nullptr, c, ArgPassing::Value,
                      [&](Frame* nf) { return body_value(d, nf, c, cacheable); });
  if (cacheable) {
    OnceCell& cell = *d->cache;
    std::call_once(cell.once, [&] {
      normalise_deep(v);  // TLC deepNormalizes a constant definition's value
      make_immortal(v);  // shared by all workers from now on
      cell.value = v;
      cell.ready.store(true, std::memory_order_release);
    });
  }
  return v;
}

Value except_update(const Value& base, const Value* keys, size_t nkeys, size_t i,
                    const Node* val, int at_slot, Frame* f, Ctx& c) {
  if (i == nkeys) {
    f->slots[at_slot] = base;
    return eval(val, f, c);
  }
  const Value& fv = base;
  if (fv.kind() == VK::FcnLazy) {
    // TLC (OPCODE_exc): `@` is the value at the whole path (select); the EXCEPT is then
    // recorded in the lazy function, whose domain is never enumerated.
    Value at = fv;
    for (size_t j = i; j < nkeys && at.defined(); ++j) at = select(at, keys[j]);
    if (!at.defined()) return base;  // a step outside the domain: unchanged
    f->slots[at_slot] = at;
    Value nv = eval(val, f, c);
    return take_except(fv, keys + i, nkeys - i, nv);
  }
  if (fv.kind() != VK::Fcn)
    throw eval_error("Attempted to apply EXCEPT to the non-function " + to_string(base));
  const FcnObj* fo = as_fcn(fv);
  std::ptrdiff_t idx = fcn_find(fo, keys[i]);
  if (idx < 0) {
    // TLC selects the path first (OPCODE_exc): a function held with an interval domain (a
    // tuple, [i \in a..b |-> e]) refuses a non-integer key (TupleValue/FcnRcdValue.select).
    if (fo->interval_dom && !keys[i].is_int())
      throw eval_error(fo->seq ? "Attempted to access tuple at a non integral index: " + to_string(keys[i])
                               : "Attempted to apply function with integer domain to the non-integer argument " +
                                     to_string(keys[i]));
    // TLC: EXCEPT on a non-existing key leaves the value unchanged, but looking the key up
    // compares it with the domain's elements (FcnRcdValue.takeExcept): a key of another
    // kind than the domain's (a string on a tuple, an integer on a record) is an error.
    if (fo->size() > 0) (void)equals(keys[i], fo->seq ? Value::integer(1) : fo->dom[0]);
    return base;
  }
  Value nv = except_update(fo->rng[static_cast<size_t>(idx)], keys, nkeys, i + 1, val, at_slot, f, c);
  return fcn_with_value_at(fo, static_cast<size_t>(idx), std::move(nv));
}

/// Where the value of a leaf that holds one is stored (a state variable, a frame slot, a
/// literal, a folded constant once computed), else null: no recursion, nothing to locate.
inline const Value* stored_value(const Node* n, Frame* f, const Ctx& c) {
  switch (n->op) {
    case Op::StateVar: {
      const Value* arr = n->primed ? c.next : c.cur;
      return arr && arr[n->slot].defined() ? &arr[n->slot] : nullptr;
    }
    case Op::Local: {
      const Value& v = walk(f, n->up)->slots[n->slot];
      return v.defined() && v.kind() != VK::Closure ? &v : nullptr;
    }
    case Op::Lit: return n->lit.defined() ? &n->lit : nullptr;
    case Op::Cached:
      return n->folded->ready.load(std::memory_order_acquire) ? &n->folded->value : nullptr;
    default: return nullptr;
  }
}

/// n's value as a reference to where it is stored when that outlives the use (a state
/// variable, a frame slot, a literal, a folded constant), else evaluated into `tmp`.
/// Saves a reference-count round trip on shared objects (`pc[self]`, `token.pos`).
const Value& eval_ref(const Node* n, Frame* f, Ctx& c, Value& tmp) {
  if (const Value* v = stored_value(n, f, c)) return *v;
  tmp = eval(n, f, c);
  return tmp;
}

/// Whether n is `=`, `#`, `\in` or `\notin` of two operands (relation() evaluates it).
inline bool is_relation(const Node* n) {
  return n->op == Op::Builtin && n->kids.size() == 2 && n->bop != BuiltinOp::Other && n->bop != BuiltinOp::Subseteq;
}

/// The relation n (is_relation) of its two operands, read in place.
bool relation(const Node* n, Frame* f, Ctx& c) {
  BuiltinOp op = n->bop;
  Value t0, t1;
  const Value& x = eval_ref(n->kids[0], f, c, t0);
  const Value& y = eval_ref(n->kids[1], f, c, t1);
  switch (op) {
    case BuiltinOp::Eq: return equals(x, y);
    case BuiltinOp::Neq: return !equals(x, y);
    case BuiltinOp::In: return member(x, y);
    default: return !member(x, y);
  }
}

Value eval_impl(const Node* n, Frame* f, Ctx& c) {
  switch (n->op) {
    case Op::Lit:
      if (!n->lit.defined())
        throw Error(n->loc, "The constant parameter " + n->text + " is not assigned a value by the configuration file.",
                    exit_code::config);
      return n->lit;
    case Op::StateVar: {
      const Value* arr = n->primed ? c.next : c.cur;
      if (!arr || !arr[n->slot].defined()) undefined_var(n);
      return arr[n->slot];
    }
    case Op::GhostVar: {
      // TLC: under ENABLED, x' of an instance's variable is that variable itself (bound by
      // ENABLED), while x is its substitution.
      if (n->primed ? c.next_wide : c.cur_wide) {
        const Value* arr = n->primed ? c.next : c.cur;
        if (!arr[n->slot].defined()) undefined_var(n);
        return arr[n->slot];
      }
      if (n->primed) undefined_var(n);
      return eval(n->kids[0], f, c);
    }
    case Op::Local: {
      Frame* fr = walk(f, n->up);
      const Value& v = fr->slots[n->slot];
      const Node* arg;
      Frame* arg_frame;
      // An argument passed unevaluated (a state variable): evaluate it now.
      if (unevaluated_arg(v, arg, arg_frame)) return eval(arg, arg_frame, c);
      if (!v.defined()) throw Error(n->loc, "In evaluation, the identifier " + n->text + " is either undefined or not an operator.", exit_code::eval_spec);
      return v;
    }
    case Op::Call: return call(n->def, n, f, c);
    case Op::CallParam: {
      Value cl = walk(f, n->up)->slots[n->slot];
      // An operator parameter denoting a user-defined operator (a LAMBDA, a LET or module
      // definition) gets its arguments as TLC's getOpContext passes them, as LazyValues: one
      // its body never reads is never evaluated, so cannot fail (pass_arg, as for a call). A built-in or
      // Java-overridden operator evaluates them all first.
      const Def* ud = nullptr;
      if (cl.kind() == VK::Closure) {
        const auto* co = static_cast<const ClosureObj*>(cl.obj());
        const Node* t = static_cast<const Node*>(co->target);
        if (co->arity != -1 && !t->builtin && t->def && !t->def->native) ud = t->def;
      }
      std::vector<Value> args;
      for (size_t i = 0; i < n->kids.size(); ++i)
        args.push_back(ud ? pass_arg(ud, i, n, f, c, ArgPassing::Value) : eval(n->kids[i], f, c));
      return apply_closure(cl, args, c);
    }
    case Op::Cached: {
      OnceCell& cell = *n->folded;
      if (cell.ready.load(std::memory_order_acquire)) return cell.value;
      std::call_once(cell.once, [&] {
        Ctx cc = c;
        cc.keep_lazy = false;  // computed once, in full
        Value v = eval(n->kids[0], f, cc);  // an error leaves nothing cached
        make_immortal(v);
        cell.value = v;
        cell.ready.store(true, std::memory_order_release);
      });
      return cell.value;
    }
    case Op::Closure: {
      auto* co = new ClosureObj();
      co->target = n;
      co->frame = f;
      co->arity = n->def ? n->def->arity : n->builtin ? n->builtin->arity : 0;
      return Value::from_obj(co);
    }
    case Op::Builtin:
      if (is_relation(n)) return Value::boolean(relation(n, f, c));
      return apply_native(n->builtin->fn, n, f, c);
    case Op::And:
      for (const Node* k : n->kids)
        if (!eval_bool(k, f, c)) return Value::boolean(false);
      return Value::boolean(true);
    case Op::Or:
      for (const Node* k : n->kids)
        if (eval_bool(k, f, c)) return Value::boolean(true);
      return Value::boolean(false);
    case Op::Not: return Value::boolean(!eval_bool(n->kids[0], f, c));
    case Op::Implies:
      return Value::boolean(!eval_bool(n->kids[0], f, c) || eval_bool(n->kids[1], f, c));
    case Op::Equiv: return Value::boolean(eval_bool(n->kids[0], f, c) == eval_bool(n->kids[1], f, c));
    case Op::If:
    case Op::Case:
    case Op::Let: return eval(chosen_branch(n, f, c, nullptr), f, c);
    case Op::Forall:
    case Op::Exists: {
      bool want = n->op == Op::Exists;  // stop at the first element where body == want
      const Binder& b0 = n->binders[0];
      if (n->binders.size() == 1 && !b0.tuple && b0.slots.size() == 1 && b0.set) {
        // Fast path: one variable over an enumerated set or an interval.
        Value s = eval(b0.set, f, c);
        Value* slot = &f->slots[b0.slots[0]];
        if (s.kind() == VK::Set) {
          for (const Value& e : as_set(s)->elems) {
            *slot = e;
            if (eval_bool(n->kids[0], f, c) == want) return Value::boolean(want);
          }
          return Value::boolean(!want);
        }
        if (s.kind() == VK::Interval) {
          for (int64_t i = as_interval(s)->lo; i <= as_interval(s)->hi; ++i) {
            *slot = Value::integer(i);
            if (eval_bool(n->kids[0], f, c) == want) return Value::boolean(want);
          }
          return Value::boolean(!want);
        }
      }
      bool finished = bind_all(n->binders, 0, f, c, [&] { return eval_bool(n->kids[0], f, c) != want; });
      return Value::boolean(finished ? !want : want);
    }
    case Op::Choose: {
      const Binder& b = n->binders[0];
      if (!b.set) throw Error(n->loc, "TLC attempted to evaluate an unbounded CHOOSE.", exit_code::eval_spec);
      Value s = enumerate(eval(b.set, f, c));  // CHOOSE takes the first in TLC's order
      for (const Value& e : as_set(s)->elems) {
        bind(b, f, e);
        if (eval_bool(n->kids[0], f, c)) return e;
      }
      throw Error(n->loc, "Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S satisfied P.", exit_code::eval_spec);
    }
    case Op::SetEnum: {
      std::vector<Value> el;
      el.reserve(n->kids.size());
      for (const Node* k : n->kids) el.push_back(eval(k, f, c));
      return make_set_unnormalised(std::move(el));
    }
    case Op::Tuple: {
      std::vector<Value> el;
      el.reserve(n->kids.size());
      for (const Node* k : n->kids) el.push_back(eval(k, f, c));
      return make_tuple(std::move(el));
    }
    case Op::SetFilter: {
      const Binder& b = n->binders[0];
      Value s = eval(b.set, f, c);
      if (!reducible(s)) return lazy_filter(n, s, f, c);
      std::vector<Value> out;
      for_each_element(s, [&](const Value& e) {
        bind(b, f, e);
        if (eval_bool(n->kids[0], f, c)) out.push_back(e);
        return true;
      });
      return make_set_sorted(std::move(out));
    }
    case Op::SetMap: {
      std::vector<Value> out;
      bind_all(n->binders, 0, f, c, [&] { out.push_back(eval(n->kids[0], f, c)); return true; });
      return make_set_unnormalised(std::move(out));
    }
    case Op::FcnCons: {
      FcnParams p = fcn_params(n, f, c);
      if (!c.keep_lazy && std::all_of(p.sets.begin(), p.sets.end(), reducible)) return eager_fcn(n, p, f, c);
      return lazy_fcn(n, std::move(p), f, c, n->level >= Level::State);
    }
    case Op::FcnApp: {
      Value ft, at;
      // TLC (OPCODE_fa) evaluates the function with KeepLazy: [x \in S |-> e][a] computes e at a only.
      Ctx lc = c;
      lc.keep_lazy = true;
      const Value& fv = eval_ref(n->kids[0], f, lc, ft);
      const Value& arg = eval_ref(n->kids[1], f, c, at);
      return apply(fv, arg);
    }
    case Op::FcnSet: return make_lazy_set(LazyKind::FcnSet, {eval(n->kids[0], f, c), eval(n->kids[1], f, c)});
    case Op::RcdCons: {
      std::vector<std::pair<Value, Value>> flds;
      for (size_t i = 0; i < n->fields.size(); ++i) flds.emplace_back(n->fields[i], eval(n->kids[i], f, c));
      return make_record(std::move(flds));
    }
    case Op::RcdSet: {
      std::vector<Value> parts;
      for (const Node* k : n->kids) parts.push_back(eval(k, f, c));
      return make_lazy_set(LazyKind::RcdSet, std::move(parts), n->fields);
    }
    case Op::CartProd: {
      std::vector<Value> parts;
      for (const Node* k : n->kids) parts.push_back(eval(k, f, c));
      return make_lazy_set(LazyKind::Product, std::move(parts));
    }
    case Op::Dot: {
      Value rt;
      const Value& r = eval_ref(n->kids[0], f, c, rt);
      if (!r.is_fcnlike())
        throw eval_error("Attempted to access field '" + n->fields[0].text() + "' of the non-record " + to_string(r));
      return apply(r, n->fields[0]);
    }
    case Op::Except: {
      Value v = eval(n->kids[0], f, c);
      size_t k = 1;
      for (const auto& shape : n->except_shape) {
        boost::container::small_vector<Value, 4> keys;
        for (size_t s = 0; s < shape.size(); ++s) keys.push_back(eval(n->kids[k++], f, c));
        const Node* val = n->kids[k++];
        v = except_update(v, keys.data(), keys.size(), 0, val, n->except_at_slot, walk(f, 0), c);
      }
      return v;
    }
    case Op::Prime: {
      if (!c.next) throw Error(n->loc, "a primed expression was evaluated where no next state exists", exit_code::eval_spec);
      Ctx nc = next_state_ctx(c);
      return eval(n->kids[0], f, nc);
    }
    case Op::Unchanged: {
      if (!c.next) throw Error(n->loc, "UNCHANGED was evaluated where no next state exists", exit_code::eval_spec);
      Value now = eval(n->kids[0], f, c);
      Ctx nc = next_state_ctx(c);
      return Value::boolean(equals(now, eval(n->kids[0], f, nc)));
    }
    case Op::BoxAction: {
      if (eval_bool(n->kids[0], f, c)) return Value::boolean(true);
      Value now = eval(n->kids[1], f, c);
      Ctx nc = next_state_ctx(c);
      return Value::boolean(equals(now, eval(n->kids[1], f, nc)));
    }
    case Op::AngleAction: {
      if (!eval_bool(n->kids[0], f, c)) return Value::boolean(false);
      Value now = eval(n->kids[1], f, c);
      Ctx nc = next_state_ctx(c);
      return Value::boolean(!equals(now, eval(n->kids[1], f, nc)));
    }
    case Op::Enabled: return Value::boolean(action_enabled(n->kids[0], f, c));
    case Op::WF:
    case Op::SF:
    case Op::Always:
    case Op::Eventually:
    case Op::LeadsTo:
    case Op::Compose:
    case Op::TemporalOther:
      throw Error(n->loc, "a temporal formula cannot be evaluated as an expression", exit_code::eval_spec);
  }
  throw Error(n->loc, "unknown IR node", exit_code::other);
}

}  // namespace

#ifdef CAIRN_EVAL_BUDGET
thread_local int64_t g_eval_steps_left = INT64_MAX;
#endif

namespace {
[[gnu::noinline]] void poll_stop(const Ctx& c) {
  if (c.worker && (++c.worker->stop_ticks & 1023) != 0) return;
  if (int sig = c.stop->load(std::memory_order_relaxed)) throw EvalInterrupted{sig};
}
}  // namespace

Value eval(const Node* n, Frame* f, Ctx& c) {
  check_stack(n->loc);
#ifdef CAIRN_EVAL_BUDGET
  if (--g_eval_steps_left < 0)
    throw Error(n->loc, "evaluation step budget exhausted (fuzzing build)", exit_code::eval_spec);
#endif
  if (const Value* v = stored_value(n, f, c)) return *v;
  return located_at(n->loc, [&] { return eval_impl(n, f, c); });
}

namespace {

/// eval_bool of the boolean connectives and of =, #, \in, \notin without boxing their
/// result; false if n is none of those (then `out` is unset). Errors are located as
/// eval locates them.
bool eval_bool_fast(const Node* n, Frame* f, Ctx& c, bool& out) {
  switch (n->op) {
    case Op::And:
      out = true;
      for (const Node* k : n->kids)
        if (!eval_bool(k, f, c)) { out = false; break; }
      return true;
    case Op::Or:
      out = false;
      for (const Node* k : n->kids)
        if (eval_bool(k, f, c)) { out = true; break; }
      return true;
    case Op::Not: out = !eval_bool(n->kids[0], f, c); return true;
    case Op::Implies: out = !eval_bool(n->kids[0], f, c) || eval_bool(n->kids[1], f, c); return true;
    case Op::Builtin:
      if (!is_relation(n)) return false;
      out = located_at(n->loc, [&] { return relation(n, f, c); });
      return true;
    default: return false;
  }
}

}  // namespace

bool eval_bool(const Node* n, Frame* f, Ctx& c, const char* what) {
  if (c.stop) [[unlikely]] poll_stop(c);
  bool fast;
#ifndef CAIRN_EVAL_BUDGET
  if (eval_bool_fast(n, f, c, fast)) return fast;
#endif
  Value v = eval(n, f, c);
  if (!v.is_bool())
    throw Error(n->loc, std::string("A non-boolean expression (") + kind_name(v) + " " + to_string(v) + ") was used as " +
                            (what ? what : "a condition") + ".",
                exit_code::eval_spec);
  return v.as_bool();
}

// TLC passes arguments unevaluated (a LazyValue in Tool.evalAppl), so one the body never
// reads cannot fail: `LET Op(p) == 1 IN Op(1 \div 0)` is 1. cairn evaluates it at once; if
// that fails, the argument is passed unevaluated and fails again where the body reads it,
// with the same error (not a stack overflow: each level of a deep recursion would retry it).
Value eval_arg(const Node* arg, Frame* f, Ctx& c) {
  try {
    return eval(arg, f, c);
  } catch (const StackOverflowError&) {
    throw;
  } catch (const Error&) {
    return lazy_arg(arg, f);
  }
}

Value eval_lazy_apply(const FcnLazyObj& lf, const Value& x) {
  const Node* fc = lf.body.node;
  return run_deferred(*lf.body.env, [&](Frame* h, Ctx& local) {
    bind_fcn_cons_arg(fc, h, x);
    return eval(fc->kids[0], h, local);
  });
}

bool eval_lazy_pred(const LazySetObj& l, const Value& x) {
  const Node* n = l.pred.node;
  return run_deferred(*l.pred.env, [&](Frame* h, Ctx& local) {
    bind(n->binders[0], h, x);
    return eval_bool(n->kids[0], h, local);
  });
}

Value lazy_arg(const Node* arg, Frame* f) {
  auto* co = new ClosureObj();
  co->target = arg;
  co->frame = f;
  co->arity = -1;
  return Value::from_obj(co);
}

Value call_def(Def* d, const std::vector<Value>& args, Ctx& c) {
  if (d->native) return d->native->fn(args.data(), c);
  FrameHolder fh(d->frame_size, nullptr);
  for (size_t i = 0; i < args.size(); ++i) fh.get()->slots[i] = args[i];
  return eval(d->body, fh.get(), c);
}

Value apply_closure(const Value& cl, const std::vector<Value>& args, Ctx& c) {
  if (cl.kind() != VK::Closure) throw eval_error("expected an operator argument, found " + to_string(cl));
  const auto* co = static_cast<const ClosureObj*>(cl.obj());
  const Node* n = static_cast<const Node*>(co->target);
  if (n->builtin) {
    if (args.size() != static_cast<size_t>(n->builtin->arity)) throw eval_error("wrong number of arguments to an operator argument");
    return n->builtin->fn(args.data(), c);
  }
  Frame* parent;
  Def* d = closure_def(co, parent);
  if (args.size() != static_cast<size_t>(d->arity)) throw eval_error("wrong number of arguments to " + d->name);
  if (d->native) return d->native->fn(args.data(), c);
  FrameHolder fh(d->frame_size, parent);
  for (size_t i = 0; i < args.size(); ++i) fh.get()->slots[i] = args[i];
  return eval(d->body, fh.get(), c);
}

void bind(const Binder& b, Frame* f, const Value& v) {
  if (!b.tuple) {
    f->slots[b.slots[0]] = v;
    return;
  }
  if (!is_tuple(v) || as_fcn(v)->size() != b.slots.size())
    throw eval_error("Attempted to bind the tuple of identifiers to the value " + to_string(v));
  for (size_t i = 0; i < b.slots.size(); ++i) f->slots[b.slots[i]] = as_fcn(v)->rng[i];
}

void for_each_binding(const Binder& b, Frame* f, Ctx& c, FnRef<bool()> body) {
  if (!b.set) throw eval_error("TLC cannot evaluate an unbounded quantifier");
  Value s = eval(b.set, f, c);
  if (!b.tuple && b.slots.size() > 1) {
    // `\A x, y \in S`: nested loops over the same set, x varying fastest (as bind_all).
    std::function<bool(size_t)> loop = [&](size_t i) -> bool {
      if (i == b.slots.size()) return body();
      bool go = true;
      for_each_element(s, [&](const Value& e) {
        f->slots[b.slots[b.slots.size() - 1 - i]] = e;
        go = loop(i + 1);
        return go;
      });
      return go;
    };
    loop(0);
    return;
  }
  for_each_element(s, [&](const Value& e) {
    if (c.stop) [[unlikely]] poll_stop(c);
    bind(b, f, e);
    return body();
  });
}

}  // namespace cairn
