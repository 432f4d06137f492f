// CompiledPredicate (compiled.hpp): the compiler from IR to closures and the closures.
#include "checker/eval/compiled.hpp"

#include <unordered_map>

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
  int slot = -1;         // StateVar: state slot; Slot, quantifiers: flat slot
  bool primed = false;   // StateVar
  bool exists = false;   // quantifier
  BuiltinFn fn = nullptr;     // native call
  const OnceCell* cell = nullptr;  // cached constant
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
const Value& c_cached(const CNode* n, CEnv&, Value&) {
  // Computed by the interpreter the first time it is reached (a fallback run gets there).
  if (!n->cell->ready.load(std::memory_order_acquire)) give_up();
  return n->cell->value;
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
  Value* slot = &e.slots[n->slot];
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
  give_up();
}

/// {x \in S : P} over an enumerated set or an interval.
const Value& c_filter(const CNode* n, CEnv& e, Value& tmp) {
  Value t;
  Value s = n->kids[0]->v(n->kids[0], e, t);
  if (s.kind() != VK::Set && s.kind() != VK::Interval) give_up();
  const CNode* body = n->kids[1];
  std::vector<Value> out;
  for_each_element(s, [&](const Value& x) {
    e.slots[n->slot] = x;
    if (body->b(body, e)) out.push_back(x);
    return true;
  });
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
const Value& c_dot(const CNode* n, CEnv& e, Value& tmp) {
  Value t0;
  const Value& r = n->kids[0]->v(n->kids[0], e, t0);
  return lookup(r, n->lit, &r == &t0, tmp);
}

}  // namespace

/// IR -> closures. Inlines user-defined operators: a Local of the inlined definition's
/// frame is its argument's closure (a parameter) or a fresh flat slot (a variable its body
/// binds).
class PredicateCompiler {
 public:
  explicit PredicateCompiler(CompiledPredicate& p) : p_(p) {}
  std::string why;

  struct Scope {
    std::unordered_map<int, const CNode*> params;  // frame slot -> argument closure
    std::unordered_map<int, int> bound;            // frame slot -> flat slot
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
        if (n->up != 0) return fail("a variable of an enclosing frame", n);
        if (auto it = s.params.find(n->slot); it != s.params.end()) return it->second;
        auto it = s.bound.find(n->slot);
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
        if (n->def ? n->def->nested : !n->builtin) return fail("a LAMBDA or LET operator as argument", n);
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
      case Op::Forall: case Op::Exists: case Op::SetFilter: {
        if (n->binders.size() != 1) return fail("several binders", n);
        const Binder& b = n->binders[0];
        if (b.tuple || b.slots.size() != 1 || !b.set) return fail("a tuple or unbounded binder", n);
        CNode* c = make();
        if (n->op == Op::SetFilter) natural_val(c, c_filter);
        else natural_bool(c, c_quant);
        c->exists = n->op == Op::Exists;
        const CNode* set = compile(b.set, s, depth + 1);
        if (!set) return nullptr;
        c->slot = p_.slots_++;
        s.bound[b.slots[0]] = c->slot;
        const CNode* body = compile(n->kids.back(), s, depth + 1);
        if (!body) return nullptr;
        c->kids = {set, body};
        return c;
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
        return kids(c, n, s, depth);
      }
      case Op::Dot: {
        CNode* c = make();
        natural_val(c, c_dot);
        c->lit = n->fields[0];
        return kids(c, n, s, depth);
      }
      default: return fail("construct not compiled", n);
    }
  }

 private:
  CompiledPredicate& p_;

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

  const CNode* call(const Node* n, Scope& s, int depth) {
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

CompiledPredicate::~CompiledPredicate() = default;

std::unique_ptr<CompiledPredicate> CompiledPredicate::compile(const Node* body, std::string* why) {
  std::unique_ptr<CompiledPredicate> p(new CompiledPredicate());
  PredicateCompiler pc(*p);
  PredicateCompiler::Scope top;
  p->root_ = pc.compile(body, top, 0);
  if (!p->root_) {
    if (why) *why = pc.why;
    return nullptr;
  }
  return p;
}

bool CompiledPredicate::eval(Ctx& c, bool& out) const {
  ValueBuffer<16> slots(static_cast<size_t>(slots_));
  CEnv e{c.cur, c.next, slots.data(), &c};
  try {
    out = root_->b(root_, e);
    return true;
  } catch (const CompiledFallback&) {
  } catch (const Error&) {
  }
  // A predicate that keeps meeting what it does not handle is left to the interpreter.
  if (fallbacks_.fetch_add(1, std::memory_order_relaxed) + 1 >= 1024) active_.store(false, std::memory_order_relaxed);
  return false;
}

}  // namespace cairn
