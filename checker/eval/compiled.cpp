// CompiledExpr (compiled.hpp): the compiler from IR to closures and the closures.
#include "checker/eval/compiled.hpp"

#include <unordered_map>

#include "checker/eval/interp.hpp"
#include "checker/eval/natives/builtins.hpp"
#include "checker/resolve/fold.hpp"

namespace cairn {

namespace {

/// What a compiled closure evaluates against: the state(s), the flat slots of the bound
/// variables, and the interpreter's context (for natives).
struct CEnv {
  const Value* cur;
  const Value* next;
  Value* slots;
  Ctx* c;
  Frame* frame;  // compile_in_frame: the frame the expression is written in
};

[[noreturn, gnu::cold]] void give_up() { throw CompiledFallback{}; }

}  // namespace

/// One closure: entry points for the three kinds a parent may ask for. The one natural to
/// the node's shape does the work; the others convert (and give up on a kind mismatch).
struct CNode {
  using BoolFn = bool (*)(const CNode*, CEnv&);
  using IntFn = int64_t (*)(const CNode*, CEnv&);
  using ValFn = const Value& (*)(const CNode*, CEnv&, Value& tmp);
  BoolFn b = nullptr;
  IntFn i = nullptr;
  ValFn v = nullptr;
  std::vector<const CNode*> kids;
  Value lit;             // Lit; Dot: the field name
  int slot = -1;         // StateVar: state slot; Slot, quantifiers: flat slot; frame local
  int up = 0;            // frame local: the frames to walk up
  bool primed = false;   // StateVar
  bool exists = false;   // quantifier
  BuiltinFn fn = nullptr;     // native call
  const OnceCell* cell = nullptr;  // cached constant
  std::vector<int> shape;          // Except: the path length of each clause
  bool in_frame = false;  // quantifier, filter, Except: its variable is the frame's slot `slot`
  bool keep_lazy = false;  // island: the function of an application (Ctx::keep_lazy)
  const Node* node = nullptr;      // island: the node the interpreter evaluates
};

namespace {

// ---- conversions between the three entry points -----------------------------------------

bool bool_of_val(const CNode* n, CEnv& e) {
  Value t;
  const Value& x = n->v(n, e, t);
  if (!x.is_bool()) give_up();
  return x.as_bool();
}
int64_t int_of_val(const CNode* n, CEnv& e) {
  Value t;
  const Value& x = n->v(n, e, t);
  if (!x.is_int()) give_up();
  return x.as_int();
}
const Value& val_of_bool(const CNode* n, CEnv& e, Value& tmp) {
  tmp = Value::boolean(n->b(n, e));
  return tmp;
}
const Value& val_of_int(const CNode* n, CEnv& e, Value& tmp) {
  tmp = Value::integer(n->i(n, e));
  return tmp;
}

void natural_val(CNode* n, CNode::ValFn v) { n->v = v; n->b = bool_of_val; n->i = int_of_val; }
void natural_bool(CNode* n, CNode::BoolFn b) { n->b = b; n->v = val_of_bool; n->i = int_of_val; }
void natural_int(CNode* n, CNode::IntFn i) { n->i = i; n->v = val_of_int; n->b = bool_of_val; }

// ---- leaves ---------------------------------------------------------------------------------

const Value& c_lit(const CNode* n, CEnv&, Value&) { return n->lit; }
const Value& c_state_var(const CNode* n, CEnv& e, Value&) {
  const Value* arr = n->primed ? e.next : e.cur;
  if (!arr || !arr[n->slot].defined()) give_up();
  return arr[n->slot];
}
const Value& c_slot(const CNode* n, CEnv& e, Value&) {
  const Value& v = e.slots[n->slot];
  if (!v.defined()) give_up();
  return v;
}
/// An identifier of the frame a compile_in_frame expression is written in: what the
/// interpreter bound there (an argument passed unevaluated is evaluated by it).
const Value& c_frame_local(const CNode* n, CEnv& e, Value& tmp) {
  const Value& v = walk(e.frame, n->up)->slots[n->slot];
  if (!v.defined()) give_up();
  if (v.kind() != VK::Closure) return v;
  const Node* arg;
  Frame* arg_frame;
  if (!unevaluated_arg(v, arg, arg_frame)) give_up();  // an operator: not a value here
  // A variable (or x') passed unevaluated; any other action-level argument is left to the
  // interpreter, which may evaluate it once only.
  const Node* k = arg->op == Op::Prime ? arg->kids[0] : arg;
  if (k->op != Op::StateVar && k->op != Op::GhostVar) give_up();
  tmp = eval(arg, arg_frame, *e.c);
  return tmp;
}
const Value& c_cached(const CNode* n, CEnv&, Value&) {
  // Computed by the interpreter the first time it is reached (a fallback run gets there).
  if (!n->cell->ready.load(std::memory_order_acquire)) give_up();
  return n->cell->value;
}

/// Where a quantifier, filter or EXCEPT keeps its variable: a flat slot, or (in the
/// frame's own scope) the frame slot the interpreter uses, so an island reads it.
Value& bound_slot(const CNode* n, CEnv& e) { return n->in_frame ? e.frame->slots[n->slot] : e.slots[n->slot]; }

/// An island: a node of the frame's own scope the closures do not handle, evaluated by
/// the interpreter in the frame (whose bound variables the closures keep there). The
/// function of an application is evaluated as the interpreter does it, keeping it lazy.
const Value& c_island(const CNode* n, CEnv& e, Value& tmp) {
  if (n->keep_lazy) {
    Ctx lc = *e.c;
    lc.keep_lazy = true;
    tmp = eval(n->node, e.frame, lc);
  } else {
    tmp = eval(n->node, e.frame, *e.c);
  }
  return tmp;
}
bool c_island_b(const CNode* n, CEnv& e) { return eval_bool(n->node, e.frame, *e.c); }

/// A zero-argument LET definition of the frame's scope: the value the interpreter cached in
/// the LET's frame slot, or the interpreter's call, which computes and caches it (its
/// rules for what is cached: not under a prime, a state-level one not while Init binds).
const Value& c_let_ref(const CNode* n, CEnv& e, Value& tmp) {
  if (!e.c->shifted && !(n->primed && e.c->init_mode)) {
    const Value& v = walk(e.frame, n->up)->slots[n->slot];
    if (v.defined()) return v;
  }
  tmp = eval(n->node, e.frame, *e.c);
  return tmp;
}

/// An instance's variable under ENABLED (the interpreter's GhostVar): x' is the variable
/// ENABLED binds, x its substitution (kids[0]).
const Value& c_ghost(const CNode* n, CEnv& e, Value& tmp) {
  if (n->primed ? e.c->next_wide : e.c->cur_wide) {
    const Value* arr = n->primed ? e.next : e.cur;
    if (!arr || !arr[n->slot].defined()) give_up();
    return arr[n->slot];
  }
  if (n->primed) give_up();
  return n->kids[0]->v(n->kids[0], e, tmp);
}

// ---- boolean connectives and relations ------------------------------------------------------

bool c_and(const CNode* n, CEnv& e) {
  for (const CNode* k : n->kids)
    if (!k->b(k, e)) return false;
  return true;
}
bool c_or(const CNode* n, CEnv& e) {
  for (const CNode* k : n->kids)
    if (k->b(k, e)) return true;
  return false;
}
bool c_not(const CNode* n, CEnv& e) { return !n->kids[0]->b(n->kids[0], e); }
bool c_implies(const CNode* n, CEnv& e) {
  return !n->kids[0]->b(n->kids[0], e) || n->kids[1]->b(n->kids[1], e);
}
bool c_equiv(const CNode* n, CEnv& e) { return n->kids[0]->b(n->kids[0], e) == n->kids[1]->b(n->kids[1], e); }

template <BuiltinOp Op>
bool c_relation(const CNode* n, CEnv& e) {
  Value t0, t1;
  const Value& x = n->kids[0]->v(n->kids[0], e, t0);
  const Value& y = n->kids[1]->v(n->kids[1], e, t1);
  if constexpr (Op == BuiltinOp::Eq) return equals(x, y);
  if constexpr (Op == BuiltinOp::Neq) return !equals(x, y);
  if constexpr (Op == BuiltinOp::In) return member(x, y);
  return !member(x, y);
}
/// `=` / `#` of two operands that are integers by their shape (arithmetic, literals).
template <bool Eq>
bool c_int_eq(const CNode* n, CEnv& e) {
  int64_t x = n->kids[0]->i(n->kids[0], e);
  int64_t y = n->kids[1]->i(n->kids[1], e);
  return (x == y) == Eq;
}

// ---- priming: the next state as the current one ----------------------------------------------

/// e with the next state as the current one (the interpreter's next_state_ctx), for the
/// kid of a prime or the second side of UNCHANGED.
struct Shifted {
  Ctx c;
  CEnv e;
  explicit Shifted(CEnv& from) : c(next_state_ctx(*from.c)), e{from.next, nullptr, from.slots, &c, from.frame} {
    if (!from.next) give_up();  // no next state: the interpreter's error
  }
};
bool c_prime_b(const CNode* n, CEnv& e) { Shifted s(e); return n->kids[0]->b(n->kids[0], s.e); }
int64_t c_prime_i(const CNode* n, CEnv& e) { Shifted s(e); return n->kids[0]->i(n->kids[0], s.e); }
const Value& c_prime_v(const CNode* n, CEnv& e, Value& tmp) {
  Shifted s(e);  // what the kid refers to (the next state, a slot, tmp) outlives s
  return n->kids[0]->v(n->kids[0], s.e, tmp);
}
/// UNCHANGED kids[k]: its value now equals its value in the next state.
bool unchanged_kid(const CNode* n, size_t k, CEnv& e) {
  Shifted s(e);
  Value t0, t1;
  const CNode* v = n->kids[k];
  return equals(v->v(v, e, t0), v->v(v, s.e, t1));
}
bool c_unchanged(const CNode* n, CEnv& e) { return unchanged_kid(n, 0, e); }
/// [A]_v and <<A>>_v (kids A, v), in the interpreter's order: A first.
bool c_box(const CNode* n, CEnv& e) { return n->kids[0]->b(n->kids[0], e) || unchanged_kid(n, 1, e); }
bool c_angle(const CNode* n, CEnv& e) { return n->kids[0]->b(n->kids[0], e) && !unchanged_kid(n, 1, e); }

// ---- integers --------------------------------------------------------------------------------

enum class IntOp { None, Plus, Minus, Times, Lt, Le, Gt, Ge };

/// TLC's 32-bit arithmetic: an overflow throws the natives' Error, and eval() gives up.
template <IntOp Op>
int64_t c_arith(const CNode* n, CEnv& e) {
  int64_t x = n->kids[0]->i(n->kids[0], e);
  int64_t y = n->kids[1]->i(n->kids[1], e);
  if constexpr (Op == IntOp::Plus) return checked_add(x, y);
  if constexpr (Op == IntOp::Minus) return checked_sub(x, y);
  return checked_mul(x, y);
}
template <IntOp Op>
bool c_compare(const CNode* n, CEnv& e) {
  int64_t x = n->kids[0]->i(n->kids[0], e);
  int64_t y = n->kids[1]->i(n->kids[1], e);
  if constexpr (Op == IntOp::Lt) return x < y;
  if constexpr (Op == IntOp::Le) return x <= y;
  if constexpr (Op == IntOp::Gt) return x > y;
  return x >= y;
}

/// Which integer operator a native is (by its module and name: Naturals/Integers).
IntOp int_op(const Builtin* b) {
  if (!b || b->arity != 2) return IntOp::None;
  std::string_view m = b->module, nm = b->name;
  if (m != "Naturals" && m != "Integers") return IntOp::None;
  if (nm == "+") return IntOp::Plus;
  if (nm == "-") return IntOp::Minus;
  if (nm == "*") return IntOp::Times;
  if (nm == "<") return IntOp::Lt;
  if (nm == "\\leq" || nm == "<=" || nm == "=<") return IntOp::Le;
  if (nm == ">") return IntOp::Gt;
  if (nm == "\\geq" || nm == ">=") return IntOp::Ge;
  return IntOp::None;
}

// ---- other natives, control, values ------------------------------------------------------------

const Value& c_native(const CNode* n, CEnv& e, Value& tmp) {
  size_t k = n->kids.size();
  ValueBuffer<8> args(k);
  for (size_t j = 0; j < k; ++j) {
    Value t;
    args.data()[j] = n->kids[j]->v(n->kids[j], e, t);
  }
  tmp = n->fn(args.data(), *e.c);
  return tmp;
}

const CNode* chosen(const CNode* n, CEnv& e) {
  // If: kids c, t, e. Case: guard, arm, ..., [other] (lit is TRUE when there is OTHER).
  if (n->slot == 0) return n->kids[0]->b(n->kids[0], e) ? n->kids[1] : n->kids[2];
  size_t arms = n->lit.defined() ? n->kids.size() - 1 : n->kids.size();
  for (size_t j = 0; j < arms; j += 2)
    if (n->kids[j]->b(n->kids[j], e)) return n->kids[j + 1];
  if (n->lit.defined()) return n->kids.back();
  give_up();  // no guard true: the interpreter's error
}
bool c_branch_b(const CNode* n, CEnv& e) { const CNode* k = chosen(n, e); return k->b(k, e); }
int64_t c_branch_i(const CNode* n, CEnv& e) { const CNode* k = chosen(n, e); return k->i(k, e); }
const Value& c_branch_v(const CNode* n, CEnv& e, Value& tmp) { const CNode* k = chosen(n, e); return k->v(k, e, tmp); }

/// \A / \E x \in S: P over an enumerated set or an interval (the interpreter's fast path).
bool c_quant(const CNode* n, CEnv& e) {
  Value t;
  Value s = n->kids[0]->v(n->kids[0], e, t);
  const CNode* body = n->kids[1];
  bool want = n->exists;
  Value* slot = &bound_slot(n, e);
  if (s.kind() == VK::Set) {
    for (const Value& x : as_set(s)->elems) {
      *slot = x;
      if (body->b(body, e) == want) return want;
    }
    return !want;
  }
  if (s.kind() == VK::Interval) {
    for (int64_t i = as_interval(s)->lo; i <= as_interval(s)->hi; ++i) {
      *slot = Value::integer(i);
      if (body->b(body, e) == want) return want;
    }
    return !want;
  }
  // Any other set (a function set, SUBSET, a product, ...): the interpreter's enumeration.
  bool found = false;
  for_each_element(s, [&](const Value& x) {
    if (e.c->stop) [[unlikely]] give_up();  // an interruptible evaluation: the interpreter polls
    *slot = x;
    found = body->b(body, e) == want;
    return !found;
  });
  return found ? want : !want;
}

/// {x \in S : P} over an enumerated set or an interval.
const Value& c_filter(const CNode* n, CEnv& e, Value& tmp) {
  Value t;
  Value s = n->kids[0]->v(n->kids[0], e, t);
  if (s.kind() != VK::Set && s.kind() != VK::Interval) give_up();
  const CNode* body = n->kids[1];
  std::vector<Value> out;
  Value& slot = bound_slot(n, e);
  if (s.kind() == VK::Set) {
    for (const Value& x : as_set(s)->elems) {
      slot = x;
      if (body->b(body, e)) out.push_back(x);
    }
  } else {
    for (int64_t i = as_interval(s)->lo, hi = as_interval(s)->hi; i <= hi; ++i) {
      slot = Value::integer(i);
      if (body->b(body, e)) out.push_back(Value::integer(i));
    }
  }
  tmp = make_set_sorted(std::move(out));
  return tmp;
}

template <bool IsSet>
const Value& c_elements(const CNode* n, CEnv& e, Value& tmp) {
  std::vector<Value> el;
  el.reserve(n->kids.size());
  for (const CNode* k : n->kids) {
    Value t;
    el.push_back(k->v(k, e, t));
  }
  tmp = IsSet ? make_set_unnormalised(std::move(el)) : make_tuple(std::move(el));
  return tmp;
}

const Value& c_record(const CNode* n, CEnv& e, Value& tmp) {
  std::vector<std::pair<Value, Value>> flds;  // kids: name, value, name, value, ...
  for (size_t j = 0; j < n->kids.size(); j += 2) {
    Value t;
    flds.emplace_back(n->kids[j]->lit, n->kids[j + 1]->v(n->kids[j + 1], e, t));
  }
  tmp = make_record(std::move(flds));
  return tmp;
}

/// f[x] / r.field: a reference into the function when it outlives the call.
const Value& lookup(const Value& fv, const Value& arg, bool fv_is_tmp, Value& tmp) {
  if (fv.kind() == VK::Fcn) {
    const FcnObj* fo = as_fcn(fv);
    const Value* r = nullptr;
    if (fo->seq) {
      if (arg.is_int() && arg.as_int() >= 1 && arg.as_int() <= static_cast<int64_t>(fo->size()))
        r = &fo->rng[static_cast<size_t>(arg.as_int() - 1)];
    } else {
      std::ptrdiff_t idx = fcn_find(fo, arg);
      if (idx >= 0) r = &fo->rng[static_cast<size_t>(idx)];
    }
    if (!r) give_up();  // the interpreter's error
    if (!fv_is_tmp) return *r;
    tmp = *r;
    return tmp;
  }
  if (fv.kind() != VK::FcnLazy) give_up();
  tmp = apply(fv, arg);
  return tmp;
}
const Value& c_apply(const CNode* n, CEnv& e, Value& tmp) {
  Value t0, t1;
  const Value& fv = n->kids[0]->v(n->kids[0], e, t0);
  const Value& arg = n->kids[1]->v(n->kids[1], e, t1);
  return lookup(fv, arg, &fv == &t0, tmp);
}
/// The state variable `k` (a c_state_var node) read in place, for the fused shapes below.
const Value& var_of(const CNode* k, CEnv& e) {
  const Value* arr = k->primed ? e.next : e.cur;
  if (!arr || !arr[k->slot].defined()) give_up();
  return arr[k->slot];
}
/// f[x] and r.field where f, r are state variables (pc[self], msgs.from): one closure.
const Value& c_apply_var(const CNode* n, CEnv& e, Value& tmp) {
  const Value& fv = var_of(n->kids[0], e);
  Value t1;
  const Value& arg = n->kids[1]->v(n->kids[1], e, t1);
  return lookup(fv, arg, false, tmp);
}
const Value& c_dot_var(const CNode* n, CEnv& e, Value& tmp) { return lookup(var_of(n->kids[0], e), n->lit, false, tmp); }
const Value& c_dot(const CNode* n, CEnv& e, Value& tmp) {
  Value t0;
  const Value& r = n->kids[0]->v(n->kids[0], e, t0);
  return lookup(r, n->lit, &r == &t0, tmp);
}

/// [f EXCEPT ![k1]...[kn] = val, ...]: kids base, then per clause its keys and val; the
/// clauses' path lengths in `lit`-free `shape` (CNode::shape). Only enumerated functions
/// and records whose paths are in the domain: anything else is the interpreter's.
Value except_at(const Value& base, const Value* keys, size_t nkeys, size_t i, const CNode* val, Value& at, CEnv& e) {
  if (i == nkeys) {
    at = base;
    Value t;
    const Value& v = val->v(val, e, t);
    return &v == &t ? std::move(t) : v;
  }
  if (base.kind() != VK::Fcn) give_up();
  const FcnObj* fo = as_fcn(base);
  std::ptrdiff_t idx = fcn_find(fo, keys[i]);
  if (idx < 0) give_up();
  Value nv = except_at(fo->rng[static_cast<size_t>(idx)], keys, nkeys, i + 1, val, at, e);
  return fcn_with_value_at(fo, static_cast<size_t>(idx), std::move(nv));
}
const Value& c_except(const CNode* n, CEnv& e, Value& tmp) {
  Value t;
  const Value& b = n->kids[0]->v(n->kids[0], e, t);
  tmp = &b == &t ? std::move(t) : b;
  size_t k = 1;
  for (int len : n->shape) {
    ValueBuffer<4> keys(static_cast<size_t>(len));
    for (int j = 0; j < len; ++j) {
      Value kt;
      keys.data()[j] = n->kids[k]->v(n->kids[k], e, kt);
      ++k;
    }
    tmp = except_at(tmp, keys.data(), static_cast<size_t>(len), 0, n->kids[k++], bound_slot(n, e), e);
  }
  return tmp;
}

/// "FILE:LINE:COL: " of loc, or nothing.
std::string where(const Loc& loc) {
  if (!loc.valid()) return "";
  return loc.file->path + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col) + ": ";
}

/// The constructs compile() does not handle, as --explain-compiled names them.
const char* construct_name(Op op) {
  switch (op) {
    case Op::GhostVar: return "a variable under ENABLED";
    case Op::CallParam: return "an operator parameter applied";
    case Op::Let: return "LET";
    case Op::Choose: return "CHOOSE";
    case Op::SetMap: return "a set map {e : x \\in S}";
    case Op::FcnCons: return "a function [x \\in S |-> e]";
    case Op::FcnSet: return "a function set [S -> T]";
    case Op::RcdSet: return "a record set";
    case Op::CartProd: return "a Cartesian product";
    case Op::Enabled: return "ENABLED";
    default: return "a temporal or composed action";
  }
}

}  // namespace

/// IR -> closures. Inlines user-defined operators: a Local of the inlined definition's
/// frame is its argument's closure (a parameter) or a fresh flat slot (a variable its body
/// binds).
class PredicateCompiler {
  std::unordered_map<const Def*, bool> pure_defs_;

 public:
  explicit PredicateCompiler(CompiledExpr& p) : p_(p) {}
  std::string why;
  std::vector<std::string> islands;  // each island made: where, and what it is

  /// n compiled (in_frame: compile_in_frame), or null with `why` set.
  static std::unique_ptr<CompiledExpr> run(const Node* n, bool in_frame, std::string* why,
                                           std::vector<std::string>* islands = nullptr) {
    std::unique_ptr<CompiledExpr> p(new CompiledExpr());
    PredicateCompiler pc(*p);
    Scope top;
    top.in_frame = in_frame;
    // Islands are evaluated again by the interpreter when the closures give up later in
    // the same expression: nothing in it may have an effect (Print, TLCSet, a random draw).
    if (in_frame && !pc.pure(n)) {
      if (why) *why = "an impure built-in (TLCGet, TLCSet, Print, RandomElement, ...)";
      return nullptr;
    }
    p->root_ = pc.compile(n, top, 0);
    if (islands) *islands = std::move(pc.islands);
    if (p->root_) return p;
    if (why) *why = pc.why;
    return nullptr;
  }

  struct Scope {
    std::unordered_map<int, const CNode*> params;  // frame slot -> argument closure
    std::unordered_map<int, int> bound;            // frame slot -> flat slot
    bool in_frame = false;  // compile_in_frame's own scope: other identifiers read the frame
  };

  const CNode* compile(const Node* n, Scope& s, int depth) {
    if (depth > 48 || p_.nodes_.size() > 4000) return fail("too large", n);
    switch (n->op) {
      case Op::Lit:
        if (!n->lit.defined()) return fail("unassigned constant", n);
        return leaf_val(c_lit, n->lit);
      case Op::StateVar: {
        CNode* c = make();
        natural_val(c, c_state_var);
        c->slot = n->slot;
        c->primed = n->primed;
        return c;
      }
      case Op::Local: {
        if (n->up == 0) {
          if (auto it = s.params.find(n->slot); it != s.params.end()) return it->second;
        }
        auto it = n->up == 0 ? s.bound.find(n->slot) : s.bound.end();
        if (it == s.bound.end() && s.in_frame) {
          CNode* c = make();
          natural_val(c, c_frame_local);
          c->slot = n->slot;
          c->up = n->up;
          return c;
        }
        if (n->up != 0) return fail("a variable of an enclosing frame", n);
        if (it == s.bound.end()) return fail("an unbound local", n);
        CNode* c = make();
        natural_val(c, c_slot);
        c->slot = it->second;
        return c;
      }
      case Op::Cached: {
        CNode* c = make();
        natural_val(c, c_cached);
        c->cell = n->folded;
        return c;
      }
      case Op::Call: return call(n, s, depth);
      case Op::Closure: {
        // An operator passed as an argument (`FoldFunctionOnSet(+, 0, f, S)`): the same
        // ClosureObj the interpreter makes, built once. A top-level definition or a
        // built-in symbol does not read the frame it was written in.
        if (n->def ? n->def->nested : !n->builtin)
          return s.in_frame ? island(n) : fail("a LAMBDA or LET operator as argument", n);
        auto* co = new ClosureObj();
        co->target = n;
        co->frame = nullptr;
        co->arity = n->def ? n->def->arity : n->builtin->arity;
        return leaf_val(c_lit, Value::from_obj(co));
      }
      case Op::Builtin: return builtin(n, n->builtin, s, depth);
      case Op::And: case Op::Or: case Op::Not: case Op::Implies: case Op::Equiv: {
        CNode* c = make();
        natural_bool(c, n->op == Op::And ? c_and : n->op == Op::Or ? c_or : n->op == Op::Not ? c_not
                        : n->op == Op::Implies ? c_implies : c_equiv);
        return kids(c, n, s, depth);
      }
      case Op::If: case Op::Case: {
        CNode* c = make();
        c->b = c_branch_b;
        c->i = c_branch_i;
        c->v = c_branch_v;
        c->slot = n->op == Op::If ? 0 : 1;
        if (n->op == Op::Case && n->has_other) c->lit = Value::boolean(true);
        return kids(c, n, s, depth);
      }
      case Op::SetFilter: {
        if (n->binders.size() != 1) return fail("several binders", n);
        const Binder& b = n->binders[0];
        if (b.tuple || b.slots.size() != 1 || !b.set) return fail("a tuple or unbounded binder", n);
        CNode* c = make();
        natural_val(c, c_filter);
        const CNode* set = compile(b.set, s, depth + 1);
        if (!set) return nullptr;
        bind_var(c, b.slots[0], s);
        const CNode* body = compile(n->kids.back(), s, depth + 1);
        if (!body) return nullptr;
        c->kids = {set, body};
        return c;
      }
      case Op::Forall: case Op::Exists: {
        // \E x \in S, y, z \in T : P as \E x \in S : \E y \in T : \E z \in T : P (the
        // value is the same in any order; an error is the interpreter's anyway).
        std::vector<std::pair<const Node*, int>> vars;  // set, frame slot
        for (const Binder& b : n->binders) {
          if (b.tuple || !b.set) return fail("a tuple or unbounded binder", n);
          for (int slot : b.slots) vars.emplace_back(b.set, slot);
        }
        std::vector<CNode*> chain;
        for (const auto& [set_node, slot] : vars) {
          CNode* c = make();
          natural_bool(c, c_quant);
          c->exists = n->op == Op::Exists;
          const CNode* set = compile(set_node, s, depth + 1);
          if (!set) return nullptr;
          bind_var(c, slot, s);
          c->kids = {set};
          chain.push_back(c);
        }
        const CNode* body = compile(n->kids.back(), s, depth + 1);
        if (!body) return nullptr;
        for (size_t j = chain.size(); j-- > 0;) {
          chain[j]->kids.push_back(body);
          body = chain[j];
        }
        return body;
      }
      case Op::SetEnum: case Op::Tuple: {
        CNode* c = make();
        natural_val(c, n->op == Op::SetEnum ? c_elements<true> : c_elements<false>);
        return kids(c, n, s, depth);
      }
      case Op::RcdCons: {
        CNode* c = make();
        natural_val(c, c_record);
        for (size_t j = 0; j < n->fields.size(); ++j) {
          c->kids.push_back(leaf_val(c_lit, n->fields[j]));
          const CNode* k = compile(n->kids[j], s, depth + 1);
          if (!k) return nullptr;
          c->kids.push_back(k);
        }
        return c;
      }
      case Op::FcnApp: {
        CNode* c = make();
        natural_val(c, c_apply);
        if (!kids(c, n, s, depth)) return nullptr;
        if (c->kids[0]->v == c_island) const_cast<CNode*>(c->kids[0])->keep_lazy = true;
        if (c->kids[0]->v == c_state_var) c->v = c_apply_var;
        return c;
      }
      case Op::GhostVar: {
        CNode* c = make();
        natural_val(c, c_ghost);
        c->slot = n->slot;
        c->primed = n->primed;
        return kids(c, n, s, depth);
      }
      case Op::Except: {
        CNode* c = make();
        natural_val(c, c_except);
        auto saved = s.bound.find(n->except_at_slot) != s.bound.end() ? s.bound[n->except_at_slot] : -1;
        bind_var(c, n->except_at_slot, s);  // `@`
        for (const auto& path : n->except_shape) c->shape.push_back(static_cast<int>(path.size()));
        const CNode* r = kids(c, n, s, depth);
        if (saved >= 0) s.bound[n->except_at_slot] = saved;
        else s.bound.erase(n->except_at_slot);
        return r;
      }
      case Op::Prime: {
        CNode* c = make();
        c->b = c_prime_b;
        c->i = c_prime_i;
        c->v = c_prime_v;
        return kids(c, n, s, depth);
      }
      case Op::Unchanged: case Op::BoxAction: case Op::AngleAction: {
        CNode* c = make();
        natural_bool(c, n->op == Op::Unchanged ? c_unchanged : n->op == Op::BoxAction ? c_box : c_angle);
        return kids(c, n, s, depth);
      }
      case Op::Dot: {
        CNode* c = make();
        natural_val(c, c_dot);
        c->lit = n->fields[0];
        if (!kids(c, n, s, depth)) return nullptr;
        if (c->kids[0]->v == c_state_var) c->v = c_dot_var;
        return c;
      }
      default: return s.in_frame ? island(n) : fail(construct_name(n->op), n);
    }
  }

 private:
  CompiledExpr& p_;

  const CNode* fail(const char* what, const Node* n) {
    if (why.empty()) {
      why = what;
      if (!n->text.empty()) why += " " + n->text;
      if (n->loc.valid()) why += " at line " + std::to_string(n->loc.line) + ", column " + std::to_string(n->loc.col);
    }
    return nullptr;
  }
  CNode* make() {
    p_.nodes_.push_back(std::make_unique<CNode>());
    return p_.nodes_.back().get();
  }
  /// Whether evaluating n (with the operators it calls) has no effect but its value.
  bool pure(const Node* n) {
    if (!n) return true;
    if (n->op == Op::CallParam) return false;  // what the parameter denotes is not known here
    const Builtin* b = n->op == Op::Builtin ? n->builtin : (n->def ? n->def->native : nullptr);
    if (n->op == Op::Closure && !n->def) b = n->builtin;
    if (b && impure_builtin(b)) return false;
    if (n->def && !n->def->native && !pure_def(n->def)) return false;
    for (const Node* k : n->kids)
      if (!pure(k)) return false;
    for (const Binder& bd : n->binders)
      if (!pure(bd.set)) return false;
    return true;
  }
  bool pure_def(const Def* d) {
    auto [it, fresh] = pure_defs_.try_emplace(d, true);  // a recursive use is taken as pure meanwhile
    if (fresh) it->second = pure(d->body);
    return it->second;
  }

  /// n left to the interpreter, in the frame (the frame's own scope only).
  const CNode* island(const Node* n) {
    CNode* c = make();
    natural_val(c, c_island);
    c->b = c_island_b;  // a boolean straight from eval_bool (no boxing)
    c->node = n;
    std::string what = n->op == Op::Call || n->op == Op::Closure ? "operator " + (n->def ? n->def->name : n->text)
                                                                  : std::string(construct_name(n->op));
    islands.push_back(where(n->loc) + what);
    return c;
  }
  /// Gives the variable that c binds (frame slot `slot` of the definition) its place: the
  /// frame slot itself in the frame's own scope (so islands see it), else a flat slot.
  void bind_var(CNode* c, int slot, Scope& s) {
    if (s.in_frame) {
      c->in_frame = true;
      c->slot = slot;
      return;
    }
    c->slot = p_.slots_++;
    s.bound[slot] = c->slot;
  }
  const CNode* leaf_val(CNode::ValFn f, const Value& v) {
    CNode* c = make();
    natural_val(c, f);
    c->lit = v;
    if (v.is_int()) c->i = [](const CNode* n, CEnv&) { return n->lit.as_int(); };
    if (v.is_bool()) c->b = [](const CNode* n, CEnv&) { return n->lit.as_bool(); };
    return c;
  }
  const CNode* kids(CNode* c, const Node* n, Scope& s, int depth) {
    for (const Node* k : n->kids) {
      const CNode* ck = compile(k, s, depth + 1);
      if (!ck) return nullptr;
      c->kids.push_back(ck);
    }
    return c;
  }
  /// An integer by its shape: arithmetic, or an integer literal.
  static bool int_shaped(const CNode* c) { return c->v == val_of_int || (c->v == c_lit && c->lit.is_int()); }

  const CNode* builtin(const Node* n, const Builtin* b, Scope& s, int depth) {
    if (!b || impure_builtin(b)) return fail("an impure built-in", n);
    CNode* c = make();
    if (kids(c, n, s, depth) == nullptr) return nullptr;
    if (c->kids.size() == 2 && n->op == Op::Builtin && n->bop != BuiltinOp::Other && n->bop != BuiltinOp::Subseteq) {
      bool ints = int_shaped(c->kids[0]) && int_shaped(c->kids[1]);
      switch (n->bop) {
        case BuiltinOp::Eq: natural_bool(c, ints ? c_int_eq<true> : c_relation<BuiltinOp::Eq>); break;
        case BuiltinOp::Neq: natural_bool(c, ints ? c_int_eq<false> : c_relation<BuiltinOp::Neq>); break;
        case BuiltinOp::In: natural_bool(c, c_relation<BuiltinOp::In>); break;
        default: natural_bool(c, c_relation<BuiltinOp::NotIn>); break;
      }
      return c;
    }
    switch (int_op(b)) {
      case IntOp::Plus: natural_int(c, c_arith<IntOp::Plus>); return c;
      case IntOp::Minus: natural_int(c, c_arith<IntOp::Minus>); return c;
      case IntOp::Times: natural_int(c, c_arith<IntOp::Times>); return c;
      case IntOp::Lt: natural_bool(c, c_compare<IntOp::Lt>); return c;
      case IntOp::Le: natural_bool(c, c_compare<IntOp::Le>); return c;
      case IntOp::Gt: natural_bool(c, c_compare<IntOp::Gt>); return c;
      case IntOp::Ge: natural_bool(c, c_compare<IntOp::Ge>); return c;
      case IntOp::None: break;
    }
    natural_val(c, c_native);
    c->fn = b->fn;
    return c;
  }

  /// A call: inlined, or in the frame's own scope an island when it cannot be.
  const CNode* call(const Node* n, Scope& s, int depth) {
    if (!s.in_frame) return inline_call(n, s, depth);
    const Def* d = n->def;
    if (d && d->let_cache_slot >= 0 && n->kids.empty() && (d->level == Level::Constant || d->level == Level::State)) {
      CNode* c = make();
      natural_val(c, c_let_ref);
      c->node = n;
      c->up = n->up;
      c->slot = d->let_cache_slot;
      c->primed = d->level == Level::State;  // not cached while Init binds the variables
      return c;
    }
    std::string saved = why;
    if (const CNode* c = inline_call(n, s, depth)) return c;
    why = saved;
    return island(n);
  }

  const CNode* inline_call(const Node* n, Scope& s, int depth) {
    const Def* d = n->def;
    if (!d) return fail("a call without definition", n);
    if (d->native) return builtin(n, d->native, s, depth);
    if (!d->body) return fail("an operator without body", n);
    bool cacheable = n->kids.empty() && !d->nested && d->level == Level::Constant && !d->recursive && d->cache;
    if (cacheable) {
      CNode* c = make();
      natural_val(c, c_cached);
      c->cell = d->cache;
      return c;
    }
    if (d->recursive || d->nested || d->is_function || d->lazy_params || d->let_cache_slot >= 0 ||
        d->literal_body || d->strict_args || static_cast<int>(n->kids.size()) != d->arity)
      return fail("an operator not inlined", n);
    Scope inner;
    for (size_t j = 0; j < n->kids.size(); ++j) {
      const CNode* a = compile(n->kids[j], s, depth + 1);
      if (!a) return nullptr;
      inner.params[static_cast<int>(j)] = a;
    }
    return compile(d->body, inner, depth + 1);
  }
};

CompiledExpr::~CompiledExpr() = default;

std::unique_ptr<CompiledExpr> CompiledExpr::compile(const Node* body, std::string* why) {
  return PredicateCompiler::run(body, false, why);
}

std::unique_ptr<CompiledExpr> CompiledExpr::compile_in_frame(const Node* n, std::string* why,
                                                           std::vector<std::string>* islands) {
  return PredicateCompiler::run(n, true, why, islands);
}

bool CompiledExpr::gave_up() const {
  // An expression that keeps meeting what it does not handle is left to the interpreter.
  if (fallbacks_.fetch_add(1, std::memory_order_relaxed) + 1 >= 1024) active_.store(false, std::memory_order_relaxed);
  return false;
}

/// Runs the closures from the root in ctx c, frame f: true with `take(root, env)` done, or
/// false when they gave up (a CompiledFallback or any Error: the interpreter decides).
template <class Take>
bool CompiledExpr::run(Ctx& c, Frame* f, Take&& take) const {
  if (c.shifted || c.keep_lazy) return false;  // contexts the closures do not model
  auto attempt = [&](Value* slots) {
    CEnv e{c.cur, c.next, slots, &c, f};
    try {
      take(root_, e);
      return true;
    } catch (const CompiledFallback&) {
    } catch (const Error&) {
    }
    return gave_up();
  };
  if (slots_ == 0) return attempt(nullptr);  // in a frame the bound variables use its slots
  ValueBuffer<16> slots(static_cast<size_t>(slots_));
  return attempt(slots.data());
}

bool CompiledExpr::eval_bool(Ctx& c, Frame* f, bool& out) const {
  return run(c, f, [&](const CNode* r, CEnv& e) { out = r->b(r, e); });
}

bool CompiledExpr::eval_value(Ctx& c, Frame* f, Value& out) const {
  return run(c, f, [&](const CNode* r, CEnv& e) {
    const Value& v = r->v(r, e, out);
    if (&v != &out) out = v;
  });
}

const CompiledExpr ActionLeaves::none_;

const CompiledExpr* ActionLeaves::compile(const Node* n) {
  std::lock_guard<std::mutex> lock(mu_);
  if (const CompiledExpr* e = n->compiled.load(std::memory_order_acquire)) return e;  // another worker did
  const CompiledExpr* e = &none_;
  std::string why;
  // A leaf the interpreter reads in place gains nothing from a closure (and pays its entry).
  bool trivial = n->op == Op::StateVar || n->op == Op::Lit || n->op == Op::Local || n->op == Op::Cached;
  if (trivial) {
    n->compiled.store(e, std::memory_order_release);
    return e;
  }
  std::vector<std::string> islands;
  if (auto p = CompiledExpr::compile_in_frame(n, &why, &islands)) {
    e = p.get();
    owned_.push_back(std::move(p));
    for (auto& i : islands) islands_.push_back(std::move(i));
  } else {
    interpreted_.push_back(where(n->loc) + why);
  }
  n->compiled.store(e, std::memory_order_release);
  return e;
}

size_t ActionLeaves::compiled() const {
  std::lock_guard<std::mutex> lock(mu_);
  return owned_.size();
}

std::vector<std::string> ActionLeaves::interpreted() const {
  std::lock_guard<std::mutex> lock(mu_);
  return interpreted_;
}

std::vector<std::string> ActionLeaves::islands() const {
  std::lock_guard<std::mutex> lock(mu_);
  return islands_;
}

}  // namespace cairn
