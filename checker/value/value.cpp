#include "checker/value/value.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace cairn {

Error eval_error(std::string message) {
  return Error(Loc{}, std::move(message), exit_code::eval_spec);
}

Error module_error(std::string message, int tlc_code) {
  return Error(Loc{}, std::move(message), exit_code::eval_module, tlc_code);
}

Value Value::from_obj(Obj* o) {
  Value v;
  v.kind_ = o->kind;
  v.i_ = reinterpret_cast<int64_t>(o);
  return v;
}

namespace {
/// A new handle (one more reference) on an object someone else holds.
Value retained(const Obj* o) {
  Value borrowed = Value::from_obj(const_cast<Obj*>(o));
  Value r = borrowed;
  borrowed.detach();
  return r;
}
}  // namespace

void Value::destroy(const Obj* o) {
  delete[] o->perm_fps.load(std::memory_order_relaxed);
  switch (o->kind) {
    case VK::Set: delete static_cast<const SetObj*>(o); break;
    case VK::Interval: delete static_cast<const IntervalObj*>(o); break;
    case VK::LazySet: delete static_cast<const LazySetObj*>(o); break;
    case VK::Fcn: delete static_cast<const FcnObj*>(o); break;
    case VK::FcnLazy: delete static_cast<const FcnLazyObj*>(o); break;
    case VK::Closure: delete static_cast<const ClosureObj*>(o); break;
    default: break;
  }
}

void make_immortal(const Value& v) {
  if (!v.has_obj()) return;
  Obj* o = const_cast<Obj*>(v.obj());
  if (o->immortal) return;
  o->immortal = true;
  switch (v.kind()) {
    case VK::Set:
      for (const Value& e : as_set(v)->elems) make_immortal(e);
      break;
    case VK::Fcn:
      for (const Value& e : as_fcn(v)->dom) make_immortal(e);
      for (const Value& e : as_fcn(v)->rng) make_immortal(e);
      break;
    case VK::LazySet:
      for (const Value& e : as_lazy(v)->parts) make_immortal(e);
      if (const Obj* n = as_lazy(v)->normal.load(std::memory_order_acquire)) make_immortal(retained(n));
      break;
    case VK::FcnLazy: {
      const auto* lf = static_cast<const FcnLazyObj*>(o);
      make_immortal(lf->domain);
      for (const LazyExcept& ex : lf->excepts) {
        for (const Value& k : ex.path) make_immortal(k);
        make_immortal(ex.value);
      }
      if (const Obj* n = lf->forced.load(std::memory_order_acquire)) make_immortal(retained(n));
      break;
    }
    default: break;
  }
}

void normalise_deep(const Value& v) {
  // A fingerprinted object has been normalised throughout (fp_compound normalises).
  if (v.has_obj() && v.obj()->fp.load(std::memory_order_relaxed)) return;
  switch (v.kind()) {
    case VK::Set:
      for (const Value& e : as_set(v)->elems) normalise_deep(e);
      break;
    case VK::Fcn:
      as_fcn(v)->normalise();
      for (const Value& e : as_fcn(v)->dom) normalise_deep(e);
      for (const Value& e : as_fcn(v)->rng) normalise_deep(e);
      break;
    case VK::LazySet:
      for (const Value& e : as_lazy(v)->parts) normalise_deep(e);
      break;
    case VK::FcnLazy: {
      const auto* lf = static_cast<const FcnLazyObj*>(v.obj());
      normalise_deep(lf->domain);
      for (const LazyExcept& ex : lf->excepts) normalise_deep(ex.value);
      if (const Obj* n = lf->forced.load(std::memory_order_acquire)) normalise_deep(retained(n));
      break;
    }
    default: break;
  }
}

// ---- construction ------------------------------------------------------------------------

Value make_set_sorted(std::vector<Value> elems) {
  auto* s = new SetObj();
  s->elems = std::move(elems);
  return Value::from_obj(s);
}

Value make_set(std::vector<Value> elems) {
  std::sort(elems.begin(), elems.end(),
            [](const Value& a, const Value& b) { return compare(a, b) < 0; });
  elems.erase(std::unique(elems.begin(), elems.end(),
                          [](const Value& a, const Value& b) { return compare(a, b) == 0; }),
              elems.end());
  return make_set_sorted(std::move(elems));
}

Value make_set_unnormalised(std::vector<Value> elems) {
  // Only compound elements can hold a record whose printed order a comparison changes.
  bool compound = elems.size() >= 2 && std::any_of(elems.begin(), elems.end(), [](const Value& e) {
    return e.kind() == VK::Fcn || e.kind() == VK::FcnLazy || e.kind() == VK::Set;
  });
  if (!compound) return make_set(std::move(elems));
  auto built = std::make_unique<std::vector<Value>>(elems);
  Value set;
  {
    struct Quiet {
      bool was = t_building_unnormalised;
      Quiet() { t_building_unnormalised = true; }
      ~Quiet() { t_building_unnormalised = was; }
    } quiet;
    set = make_set(std::move(elems));
  }
  as_set(set)->pending.store(built.release(), std::memory_order_relaxed);
  return set;
}

void replay_normalisation(const SetObj* s) {
  if (t_building_unnormalised) return;  // a read inside a side-effect-free sort
  std::unique_ptr<std::vector<Value>> built(s->pending.exchange(nullptr, std::memory_order_acq_rel));
  if (!built) return;  // another thread replayed it
  // ValueVec.sort(true): binary insertion in build order, duplicates dropped; the
  // comparisons are the ones TLC makes, with their normalising side effects.
  std::vector<Value> sorted;
  for (Value& e : *built) {
    size_t lo = 0, hi = sorted.size();
    int c = 0;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      c = compare(e, sorted[mid]);
      if (c == 0) break;
      if (c < 0) hi = mid; else lo = mid + 1;
    }
    if (c != 0 || sorted.empty()) sorted.insert(sorted.begin() + static_cast<std::ptrdiff_t>(lo), std::move(e));
  }
}

Value empty_set() { return make_set_sorted({}); }

Value make_bool_set() { return make_set_sorted({Value::boolean(false), Value::boolean(true)}); }

Value make_interval(int64_t lo, int64_t hi) {
  return Value::from_obj(new IntervalObj(lo, hi));
}

Value make_lazy_set(LazyKind k, std::vector<Value> parts, std::vector<Value> fields) {
  auto* s = new LazySetObj(k);
  s->parts = std::move(parts);
  s->fields = std::move(fields);
  return Value::from_obj(s);
}

Value make_tuple(std::vector<Value> elems) {
  auto* f = new FcnObj();
  f->seq = true;
  f->interval_dom = true;  // a TupleValue: DOMAIN is 1..n
  f->rng = std::move(elems);
  return Value::from_obj(f);
}

namespace {
/// The order of the keys as built (FcnObj::order), or none where they were built sorted
/// or print sorted anyway (TLC's FcnRcdValue.isTuple normalises an integer domain).
std::unique_ptr<const uint32_t[]> build_order(const std::vector<Value>& dom, const std::vector<size_t>& idx) {
  bool sorted = true, ints = true;
  for (size_t i = 0; i < idx.size(); ++i) {
    if (idx[i] != i) sorted = false;
    if (!dom[i].is_int()) ints = false;
  }
  if (sorted || ints) return nullptr;
  auto order = std::make_unique<uint32_t[]>(idx.size());
  for (size_t k = 0; k < idx.size(); ++k) order[idx[k]] = static_cast<uint32_t>(k);
  return order;
}
}  // namespace

Value make_fcn(std::vector<Value> dom, std::vector<Value> rng, bool interval_dom) {
  // Sort the domain (with its values) and detect the 1..n shape of a tuple.
  std::vector<size_t> idx(dom.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::sort(idx.begin(), idx.end(),
            [&](size_t a, size_t b) { return compare(dom[a], dom[b]) < 0; });
  bool seq = true;
  for (size_t i = 0; i < idx.size(); ++i) {
    const Value& d = dom[idx[i]];
    if (!d.is_int() || d.as_int() != static_cast<int64_t>(i + 1)) { seq = false; break; }
  }
  auto* f = new FcnObj();
  f->seq = seq;
  f->interval_dom = interval_dom;
  f->order = build_order(dom, idx);
  f->fresh.store(f->order != nullptr, std::memory_order_relaxed);
  f->rng.reserve(idx.size());
  if (!seq) f->dom.reserve(idx.size());
  for (size_t i : idx) {
    if (!seq) f->dom.push_back(std::move(dom[i]));
    f->rng.push_back(std::move(rng[i]));
  }
  return Value::from_obj(f);
}

Value make_record(std::vector<std::pair<Value, Value>> fields) {
  std::vector<Value> dom, rng;
  for (auto& [key, v] : fields) {
    dom.push_back(std::move(key));
    rng.push_back(std::move(v));
  }
  Value r = make_fcn(std::move(dom), std::move(rng));
  const_cast<FcnObj*>(as_fcn(r))->rcd = true;  // fresh, not shared yet
  return r;
}

bool is_tuple(const Value& v) { return v.kind() == VK::Fcn && as_fcn(v)->seq; }
bool is_record(const Value& v) {
  if (v.kind() != VK::Fcn) return false;
  const FcnObj* f = as_fcn(v);
  if (f->seq || f->dom.empty()) return false;
  for (const Value& d : f->dom)
    if (!d.is_str()) return false;
  return true;
}

const char* kind_name(const Value& v) {
  switch (v.kind()) {
    case VK::Undef: return "null";
    case VK::Bool: return "boolean";
    case VK::Int: return "integer";
    case VK::Str: return "string";
    case VK::Model: return "model value";
    case VK::Set: case VK::Interval: case VK::LazySet: return "set";
    case VK::Fcn: return is_tuple(v) ? "tuple" : is_record(v) ? "record" : "function";
    case VK::FcnLazy: return "function";
    case VK::Closure: return "operator";
  }
  return "value";
}

// ---- order and equality --------------------------------------------------------------------

namespace {

enum class Family { Bool, Int, Str, Model, Set, Fcn, Other };

Family family(const Value& v) {
  switch (v.kind()) {
    case VK::Bool: return Family::Bool;
    case VK::Int: return Family::Int;
    case VK::Str: return Family::Str;
    case VK::Model: return Family::Model;
    case VK::Set: case VK::Interval: case VK::LazySet: return Family::Set;
    case VK::Fcn: case VK::FcnLazy: return Family::Fcn;
    default: return Family::Other;
  }
}

[[noreturn]] void incomparable(const Value& a, const Value& b, const char* what) {
  throw eval_error(std::string("Attempted to ") + what + " " + kind_name(a) + " " +
                   to_string(a) + " with " + kind_name(b) + " " + to_string(b));
}

/// EC.TLC_MODULE_CHECK_MEMBER_OF: a module's set (Nat, Int, STRING, Seq(S)) cannot tell
/// whether a value of another kind is a member.
Error not_member_of(const Value& x, const std::string& set) {
  return module_error("Attempted to check if the value:\n" + to_string(x) + "\nis an element of " + set + ".", tlc_ec::module_check_member_of);
}

/// A model value's type (ModelValue.type): the first character of a name `c_...` longer
/// than two characters, else 0 (untyped).
char model_type(const Value& v) { return v.is_model() ? v.entry().model_type : 0; }

/// ModelValue.equals/compareTo and modelValueEquals/modelValueCompareTo: a typed model
/// value compares only with model values of its type or untyped ones. `what` is "compare"
/// or "check equality of".
void typed_model_check(const Value& a, const Value& b, const char* what) {
  char ta = model_type(a), tb = model_type(b);
  if (!ta && !tb) return;
  std::string op = std::string("Attempted to ") + what;
  if (a.is_model() && b.is_model()) {
    if (ta && tb && ta != tb)
      throw eval_error(op + " the differently-typed model values " + to_string(a) + " and " + to_string(b));
    return;
  }
  // ModelValue.equals/compareTo when the typed value is on the left, modelValueEquals/
  // modelValueCompareTo (the other value's own test) when it is on the right.
  if (ta)
    throw eval_error(op + (what[0] == 'c' && what[1] == 'o' ? " the" : "") + " typed model value " + to_string(a) +
                     " and non-model value\n" + to_string(b));
  throw eval_error(op + " the typed model value " + to_string(b) + " and the non-model value\n" + to_string(a));
}

/// ModelValue.modelValueMember: a typed model value is in no set of another kind.
void typed_model_member(const Value& x, const Value& set) {
  if (model_type(x))
    throw eval_error("Attempted to check if the typed model value " + to_string(x) + " is an element of\n" + to_string(set));
}

bool is_any(const Value& v) { return v.kind() == VK::LazySet && as_lazy(v)->lk == LazyKind::Any; }

/// AnySet.compareTo: Any is compared with nothing (equality included), not even itself.
void any_compare(const Value& a, const Value& b) {
  if (is_any(a) || is_any(b))
    throw eval_error("Attempted to compare ANY with the value\n" + to_string(is_any(a) ? b : a));
}

int cmp_int(int64_t a, int64_t b) { return a < b ? -1 : a > b ? 1 : 0; }

// Fcn as (domain, range) views, materialising the 1..n domain of tuples.
struct FcnView {
  const FcnObj* f;
  size_t size() const { return f->rng.size(); }
  Value dom(size_t i) const {
    return f->seq ? Value::integer(static_cast<int64_t>(i + 1)) : f->dom[i];
  }
};

const FcnObj* force_fcn(const Value& v, Value& holder) {
  if (v.kind() == VK::Fcn) return as_fcn(v);
  if (v.kind() == VK::FcnLazy) {
    holder = materialize_fcn(v);
    return as_fcn(holder);
  }
  return nullptr;
}

/// Whether TLC's Value.toRcd converts v to a record: a record, a function whose domain
/// holds only strings, or an empty function or tuple.
bool as_record(const Value& v) {
  if (!v.is_fcnlike()) return false;
  Value h;
  const FcnObj* f = force_fcn(v, h);
  if (f->rcd || f->size() == 0) return true;
  if (f->seq) return false;
  for (const Value& d : f->dom)
    if (!d.is_str()) return false;
  return true;
}

bool set_empty(const Value& s) {
  bool empty = true;
  for_each_element(s, [&](const Value&) { return empty = false; });
  return empty;
}

/// TLC's equals between two lazy sets of one kind that does not enumerate them (the
/// `instanceof` branches of SubsetValue/SetOfFcnsValue/SetOfRcdsValue/SetOfTuplesValue
/// .equals): 1 or 0, or -1 where TLC compares the enumerations.
int lazy_equals(const Value& a, const Value& b) {
  const LazySetObj *x = as_lazy(a), *y = as_lazy(b);
  if (x->lk != y->lk) return -1;
  switch (x->lk) {
    case LazyKind::Nat: case LazyKind::Int: case LazyKind::String: case LazyKind::Real:
      return 1;
    case LazyKind::Any: any_compare(a, b); return -1;
    case LazyKind::Subset: return equals(x->parts[0], y->parts[0]);
    case LazyKind::FcnSet:
      return equals(x->parts[0], y->parts[0]) && equals(x->parts[1], y->parts[1]);
    case LazyKind::RcdSet:
    case LazyKind::Product: {
      bool ex = set_empty(a), ey = set_empty(b);
      if (ex || ey) return ex && ey;
      if (x->parts.size() != y->parts.size()) return 0;
      if (x->lk == LazyKind::RcdSet) {
        // Fields in TLC's (normalised) order.
        auto sorted = [](const LazySetObj* l) {
          std::vector<size_t> idx(l->fields.size());
          for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
          std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return l->fields[a].token() < l->fields[b].token(); });
          return idx;
        };
        std::vector<size_t> ix = sorted(x), iy = sorted(y);
        for (size_t i = 0; i < ix.size(); ++i)
          if (x->fields[ix[i]].token() != y->fields[iy[i]].token() || !equals(x->parts[ix[i]], y->parts[iy[i]])) return 0;
        return 1;
      }
      for (size_t i = 0; i < x->parts.size(); ++i)
        if (!equals(x->parts[i], y->parts[i])) return 0;
      return 1;
    }
    default: return -1;
  }
}

}  // namespace

int compare(const Value& a, const Value& b) {
  if (a.kind() == b.kind()) {  // fast paths for values of one kind
    switch (a.kind()) {
      case VK::Int: return cmp_int(a.as_int(), b.as_int());
      case VK::Str: return cmp_int(a.token(), b.token());
      case VK::Model:
        if (a.entry().model_type || b.entry().model_type) typed_model_check(a, b, "compare");
        return cmp_int(a.token(), b.token());
      case VK::Bool: return cmp_int(a.as_bool(), b.as_bool());
      default: break;
    }
    if (a.obj() == b.obj()) {  // shared structure
      normalise_deep(a);  // TLC compares it with itself part by part, normalising all
      return 0;
    }
    if (a.kind() == VK::Fcn && as_fcn(a)->seq == as_fcn(b)->seq) {
      // Two tuples, or two functions (records) with their domains stored (a set of them
      // searched by member): as the Family::Fcn case below, reading the parts in place.
      const FcnObj *x = as_fcn(a), *y = as_fcn(b);
      x->normalise();
      y->normalise();
      if (x->size() != y->size()) return cmp_int(static_cast<int64_t>(x->size()), static_cast<int64_t>(y->size()));
      if (!x->seq)
        for (size_t i = 0; i < x->size(); ++i)
          if (int c = compare(x->dom[i], y->dom[i])) return c;
      for (size_t i = 0; i < x->size(); ++i)
        if (int c = compare(x->rng[i], y->rng[i])) return c;
      return 0;
    }
    if (a.kind() == VK::Set) {
      // Two enumerated sets: as the Family::Set case below (enumerate() is the set
      // itself, neither is ANY), without the copies.
      const auto &xa = as_set(a)->elems, &xb = as_set(b)->elems;
      if (xa.size() != xb.size()) return cmp_int(static_cast<int64_t>(xa.size()), static_cast<int64_t>(xb.size()));
      for (size_t i = 0; i < xa.size(); ++i)
        if (int c = compare(xa[i], xb[i])) return c;
      return 0;
    }
  }
  Family fa = family(a), fb = family(b);
  if (fa != fb) {
    if (fa == Family::Model || fb == Family::Model) typed_model_check(a, b, "compare");
    if (fa == Family::Model) return -1;  // an untyped model value is smaller
    if (fb == Family::Model) return 1;
    incomparable(a, b, "compare");
  }
  switch (fa) {
    case Family::Bool: return cmp_int(a.as_bool(), b.as_bool());
    case Family::Int: return cmp_int(a.as_int(), b.as_int());
    case Family::Str:
    case Family::Model: return cmp_int(a.token(), b.token());
    case Family::Set: {
      any_compare(a, b);
      if (a.kind() == VK::Interval && b.kind() == VK::Interval) {
        auto *x = as_interval(a), *y = as_interval(b);
        int64_t nx = std::max<int64_t>(0, x->hi - x->lo + 1), ny = std::max<int64_t>(0, y->hi - y->lo + 1);
        if (nx != ny) return cmp_int(nx, ny);
        return nx == 0 ? 0 : cmp_int(x->lo, y->lo);
      }
      if (a.kind() == VK::LazySet && b.kind() == VK::LazySet) {
        // TLC's Nat and Int are overridden values with their own order: Nat < Int
        // (tlc2.module.Naturals/Integers compareTo), never enumerated.
        LazyKind x = as_lazy(a)->lk, y = as_lazy(b)->lk;
        auto rank = [](LazyKind k) { return k == LazyKind::Nat ? 0 : k == LazyKind::Int ? 1 : -1; };
        if (rank(x) >= 0 && rank(y) >= 0) return cmp_int(rank(x), rank(y));
      }
      Value ea = enumerate(a), eb = enumerate(b);
      const auto &xa = as_set(ea)->elems, &xb = as_set(eb)->elems;
      if (xa.size() != xb.size()) return cmp_int(static_cast<int64_t>(xa.size()), static_cast<int64_t>(xb.size()));
      for (size_t i = 0; i < xa.size(); ++i) {
        int c = compare(xa[i], xb[i]);
        if (c) return c;
      }
      return 0;
    }
    case Family::Fcn: {
      Value ha, hb;
      const FcnObj* x = force_fcn(a, ha);
      const FcnObj* y = force_fcn(b, hb);
      x->normalise();  // TLC's compareTo/equals normalise both sides first
      y->normalise();
      if (x->size() != y->size()) return cmp_int(static_cast<int64_t>(x->size()), static_cast<int64_t>(y->size()));
      if (!(x->seq && y->seq)) {
        FcnView vx{x}, vy{y};
        for (size_t i = 0; i < x->size(); ++i) {
          int c = compare(vx.dom(i), vy.dom(i));
          if (c) return c;
        }
      }
      for (size_t i = 0; i < x->size(); ++i) {
        int c = compare(x->rng[i], y->rng[i]);
        if (c) return c;
      }
      return 0;
    }
    default: incomparable(a, b, "compare");
  }
}

/// RecordValue.equals: a record on the left compared with a value toRcd cannot convert
/// (a non-empty tuple, a function on non-strings) is an error, even where the reverse
/// comparison is FALSE (TupleValue.equals converts itself instead).
bool record_vs_other(const Value& a, const Value& b) {
  return a.kind() == VK::Fcn && as_fcn(a)->rcd && b.is_fcnlike() && !as_record(b);
}

bool equals(const Value& a, const Value& b) {
  if (a.kind() == b.kind()) {  // fast paths for scalars of one kind (as the families below)
    switch (a.kind()) {
      case VK::Int: return a.as_int() == b.as_int();
      case VK::Str: return a.token() == b.token();
      case VK::Bool: return a.as_bool() == b.as_bool();
      case VK::Model:
        if (a.entry().model_type || b.entry().model_type) typed_model_check(a, b, "check equality of");
        return a.token() == b.token();
      default: break;
    }
  }
  if (a.has_obj() && b.has_obj()) {
    if (a.obj() == b.obj()) {  // shared structure
      normalise_deep(a);  // TLC compares it with itself part by part, normalising all
      return true;
    }
    // Both fingerprints already known and different: the values differ (but cross-kind
    // comparisons must still raise TLC's errors, so only for the same kind).
    uint64_t x = a.obj()->fp.load(std::memory_order_relaxed), y = b.obj()->fp.load(std::memory_order_relaxed);
    if (x && y && x != y && a.kind() == b.kind() && !record_vs_other(a, b)) return false;
    if (a.kind() == b.kind()) {
      if (a.kind() == VK::Set) {
        // Two enumerated sets: as the Family::Set case below (neither is ANY, enumerate()
        // is the set itself), without the copies.
        const auto &xa = as_set(a)->elems, &xb = as_set(b)->elems;
        if (xa.size() != xb.size()) return false;
        for (size_t i = 0; i < xa.size(); ++i)
          if (!equals(xa[i], xb[i])) return false;
        return true;
      }
      if (a.kind() == VK::Fcn && as_fcn(a)->seq && as_fcn(b)->seq && !as_fcn(a)->rcd && !as_fcn(b)->rcd) {
        // Two tuples: as the Family::Fcn case below (neither is a record, no domains).
        const FcnObj *fx = as_fcn(a), *fy = as_fcn(b);
        fx->normalise();
        fy->normalise();
        if (fx->size() != fy->size()) return false;
        for (size_t i = 0; i < fx->size(); ++i)
          if (!equals(fx->rng[i], fy->rng[i])) return false;
        return true;
      }
    }
  }
  Family fa = family(a), fb = family(b);
  if (fa == Family::Model || fb == Family::Model) {
    typed_model_check(a, b, "check equality of");
    return fa == fb && a.token() == b.token();
  }
  if (fa != fb) incomparable(a, b, "check equality of");
  switch (fa) {
    case Family::Bool: return a.as_bool() == b.as_bool();
    case Family::Int: return a.as_int() == b.as_int();
    case Family::Str: return a.token() == b.token();
    case Family::Set: {
      if (a.kind() == VK::LazySet && b.kind() == VK::LazySet) {
        int same = lazy_equals(a, b);
        if (same >= 0) return same;
      }
      if (a.kind() == VK::Interval && b.kind() == VK::Interval) return compare(a, b) == 0;
      any_compare(a, b);
      Value ea = enumerate(a), eb = enumerate(b);
      const auto &xa = as_set(ea)->elems, &xb = as_set(eb)->elems;
      if (xa.size() != xb.size()) return false;
      for (size_t i = 0; i < xa.size(); ++i)
        if (!equals(xa[i], xb[i])) return false;
      return true;
    }
    case Family::Fcn: {
      if (record_vs_other(a, b))
        throw eval_error("Attempted to check equality of record:\n" + to_string(a) + "\nwith non-record\n" + to_string(b));
      Value ha, hb;
      const FcnObj* x = force_fcn(a, ha);
      const FcnObj* y = force_fcn(b, hb);
      x->normalise();  // TLC's compareTo/equals normalise both sides first
      y->normalise();
      if (x->size() != y->size()) return false;
      if (!(x->seq && y->seq)) {
        FcnView vx{x}, vy{y};
        for (size_t i = 0; i < x->size(); ++i)
          if (!equals(vx.dom(i), vy.dom(i))) return false;
      }
      for (size_t i = 0; i < x->size(); ++i)
        if (!equals(x->rng[i], y->rng[i])) return false;
      return true;
    }
    default: incomparable(a, b, "check equality of");
  }
}

// ---- sets --------------------------------------------------------------------------------------

namespace {

[[noreturn]] void not_enumerable(const Value& s) {
  throw eval_error("Attempted to enumerate a set that is not enumerable: " + to_string(s));
}

/// Whether DOMAIN fo = s, as equals(domain(fo), s) answers (with domain()'s normalisation)
/// for the common shapes - an interval, an enumerated set of integers or strings, a lazy
/// set (a product, ...) against a function's stored domain - without building the
/// domain; -1 for any other shape.
int domain_is(const FcnObj* fo, const Value& s) {
  size_t n = fo->size();
  if (n == 0) return -1;
  if (s.kind() == VK::Interval) {
    const IntervalObj* iv = as_interval(s);
    if (iv->hi < iv->lo) return -1;
    if (fo->seq) return iv->lo == 1 && static_cast<uint64_t>(iv->hi) == n;
    if (!fo->interval_dom && !fo->rcd) fo->normalise();
    const Value &lo = fo->dom.front(), &hi = fo->dom.back();
    if (!lo.is_int() || !hi.is_int()) return -1;
    // Sorted, distinct integers from lo to hi are all of lo..hi when there are hi-lo+1.
    return lo.as_int() == iv->lo && hi.as_int() == iv->hi && static_cast<uint64_t>(iv->hi - iv->lo) + 1 == n;
  }
  if (s.kind() == VK::Set && !fo->seq) {
    const auto& el = as_set(s)->elems;
    if (!fo->interval_dom && !fo->rcd) fo->normalise();
    if (el.size() != n) return -1;
    for (size_t i = 0; i < n; ++i) {
      const Value &a = fo->dom[i], &b = el[i];
      if (a.kind() != b.kind() || !(a.is_int() || a.is_str())) return -1;
      if (a.as_int() != b.as_int()) return 0;
    }
    return 1;
  }
  if (s.kind() == VK::LazySet && !fo->seq && !fo->interval_dom && !is_any(s)) {
    // ([S \X T -> U], ...): as equals(domain(fo), s) compares the domain's enumerated set
    // with s's normal form, element by element, without building the domain.
    if (!fo->rcd) fo->normalise();
    Value e = enumerate(s);
    const auto& el = as_set(e)->elems;
    if (el.size() != n) return 0;
    for (size_t i = 0; i < n; ++i)
      if (!equals(fo->dom[i], el[i])) return 0;
    return 1;
  }
  return -1;
}

/// sorted_find by compare(): elements of several kinds, or of kinds with no payload order.
[[gnu::noinline]] std::ptrdiff_t sorted_find_compare(const std::vector<Value>& elems, const Value& x) {
  size_t lo = 0, hi = elems.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = compare(elems[mid], x);
    if (c == 0) return static_cast<std::ptrdiff_t>(mid);
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return -1;
}

/// The index of x in elems (sorted in TLC's order, distinct), or -1. Where x and both
/// ends of elems are integers, or strings, all of them are (a model value would sort
/// first; other kinds do not compare), so the payloads are compared as compare() does for
/// one kind (strings in interning order); else compare(), which raises TLC's error for
/// values of kinds that do not compare.
inline std::ptrdiff_t sorted_find(const std::vector<Value>& elems, const Value& x) {
  size_t lo = 0, hi = elems.size();
  if (hi == 0) return -1;
  if (!(x.is_int() || x.is_str()) || elems.front().kind() != x.kind() || elems.back().kind() != x.kind())
    return sorted_find_compare(elems, x);
  const bool str = x.is_str();
  const int64_t key = str ? x.token() : x.as_int();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int64_t k = str ? elems[mid].token() : elems[mid].as_int();
    if (k == key) return static_cast<std::ptrdiff_t>(mid);
    if (k < key) lo = mid + 1; else hi = mid;
  }
  return -1;
}

}  // namespace

namespace {
/// The member() of TLC's non-set value classes (StringValue, IntValue, TupleValue, ...).
[[noreturn]] void non_set_member(const Value& x, const Value& set) {
  if (is_tuple(set) && !(set.kind() == VK::Fcn && as_fcn(set)->rcd))
    throw eval_error("Attempted to check set membership in a tuple value.");
  if (is_record(set))
    throw eval_error("Attempted to check if element:\n" + to_string(x) + "\nis in the record:\n" + to_string(set));
  const char* kind = set.is_str() ? "string" : set.is_int() ? "integer" : set.is_bool() ? "boolean"
                     : set.is_model() ? "model value" : set.is_fcnlike() ? "function" : "non-set";
  throw eval_error("Attempted to check if the value:\n" + to_string(x) + "\nis an element of the " + kind + " " +
                   to_string(set));
}
}  // namespace

bool member(const Value& x, const Value& set) {
  switch (set.kind()) {
    case VK::Set: {
      // SetEnumValue.member on an unnormalised set: equals() in build order, which
      // normalises only the elements it compares and leaves the set unnormalised.
      if (const auto* built = static_cast<const SetObj*>(set.obj())->pending.load(std::memory_order_acquire)) {
        for (const Value& e : *built)
          if (equals(e, x)) return true;
        return false;
      }
      const auto& el = as_set(set)->elems;
      if (el.empty()) return false;
      if (x.is_model()) {
        for (const Value& e : el) {
          typed_model_check(x, e, "check equality of");
          if (e.is_model() && e.token() == x.token()) return true;
        }
        return false;
      }
      // Check the kind against the first non-model element so that `"a" \in {1}` errors
      // like TLC instead of answering FALSE.
      for (const Value& e : el) {
        if (e.is_model()) continue;
        if (family(e) != family(x)) incomparable(x, e, "check equality of");
        break;
      }
      // Elements are in TLC's order, so membership is a binary search (as TLC's
      // SetEnumValue.member on a normalised set).
      return sorted_find(el, x) >= 0;
    }
    case VK::Interval: {  // IntervalValue.member
      auto* iv = as_interval(set);
      if (x.is_int()) return x.as_int() >= iv->lo && x.as_int() <= iv->hi;
      if (iv->lo <= iv->hi && (!x.is_model() || model_type(x)))
        throw eval_error("Attempted to check if the value:\n" + to_string(x) + "\nis in the integer interval " + to_string(set));
      return false;
    }
    case VK::LazySet: {
      const LazySetObj* l = as_lazy(set);
      // An untyped model value is in no set of TLC's built-in kinds (modelValueMember);
      // the set operators ask their operands, which may hold it.
      bool composite = l->lk == LazyKind::Union || l->lk == LazyKind::Filter || l->lk == LazyKind::Diff ||
                       l->lk == LazyKind::Cup || l->lk == LazyKind::Cap;
      if (x.is_model() && !composite && l->lk != LazyKind::Any) return typed_model_member(x, set), false;
      switch (l->lk) {
        // Nat, Int (tlc2.module.Naturals/Integers) and STRING (Strings) are module values
        // whose member test throws an EvalException: module_error.
        case LazyKind::Nat:
          if (!x.is_int()) throw not_member_of(x, "Nat");
          return x.as_int() >= 0;
        case LazyKind::Int:
          if (!x.is_int()) throw not_member_of(x, "Int");
          return true;
        case LazyKind::Real:
          if (!x.is_int()) throw eval_error("Attempted to check if the value " + to_string(x) + " is in Real");
          return true;
        case LazyKind::String:
          if (!x.is_str()) throw not_member_of(x, "STRING");
          return true;
        case LazyKind::Any: return true;  // AnySet.member
        case LazyKind::Subset: {
          if (!x.is_setlike())
            throw eval_error("Attempted to check if the non-enumerable value\n" + to_string(x) + "\nis element of\n" + to_string(set));
          bool all = true;
          for_each_element(x, [&](const Value& e) { all = member(e, l->parts[0]); return all; });
          return all;
        }
        case LazyKind::FcnSet: {
          if (!x.is_fcnlike())  // SetOfFcnsValue.member: toFcnRcd() fails
            throw eval_error("Attempted to check if \n" + to_string(x) +
                             "\nwhich is not a TLC function value, is in the set of functions:\n" + to_string(set));
          Value hx;
          const FcnObj* f = force_fcn(x, hx);
          int same = x.kind() == VK::Fcn ? domain_is(f, l->parts[0]) : -1;
          if (same < 0) same = equals(domain(x), l->parts[0]);
          if (!same) return false;
          for (const Value& r : f->rng)
            if (!member(r, l->parts[1])) return false;
          return true;
        }
        case LazyKind::RcdSet: {
          if (!as_record(x))  // SetOfRcdsValue.member: toRcd() fails
            throw eval_error("Attempted to check if non-record\n" + to_string(x) + "\nis in the set of records:\n" +
                             to_string(set));
          Value hx;
          const FcnObj* f = force_fcn(x, hx);
          f->normalise();  // SetOfRcdsValue.member normalises the record
          if (f->seq ? !(f->size() == 0 && l->fields.empty()) : f->size() != l->fields.size())
            return false;
          for (size_t i = 0; i < l->fields.size(); ++i) {
            const Value* fv = nullptr;
            // The record's keys are distinct: where its i-th is the field, it is the one
            // (the common case, both in the same order); else the keys are searched.
            if (i < f->dom.size() && f->dom[i].is_str() && f->dom[i].token() == l->fields[i].token()) fv = &f->rng[i];
            else
              for (size_t j = 0; j < f->dom.size(); ++j)
                if (f->dom[j].is_str() && f->dom[j].token() == l->fields[i].token()) fv = &f->rng[j];
            if (!fv || !member(*fv, l->parts[i])) return false;
          }
          return true;
        }
        case LazyKind::SeqSet: {
          if (!is_tuple(x)) throw not_member_of(x, to_string(set));  // Sequences.member: toTuple fails
          for (const Value& r : as_fcn(x)->rng)
            if (!member(r, l->parts[0])) return false;
          return true;
        }
        case LazyKind::Product: {
          if (!is_tuple(x)) {  // SetOfTuplesValue.member: only a function on integers is FALSE
            bool ints = x.is_fcnlike();
            if (ints && !(x.kind() == VK::Fcn && as_fcn(x)->interval_dom))
              for_each_element(domain(x), [&](const Value& k) { return ints = k.is_int(); });
            if (!ints)
              throw eval_error("Attempted to check if non-tuple\n" + to_string(x) + "\nis in the set of tuples:\n" + to_string(set));
            return false;
          }
          const FcnObj* f = as_fcn(x);
          if (f->size() != l->parts.size()) return false;
          for (size_t i = 0; i < f->size(); ++i)
            if (!member(f->rng[i], l->parts[i])) return false;
          return true;
        }
        case LazyKind::Union: {
          bool found = false;
          for_each_element(l->parts[0], [&](const Value& s) { found = member(x, s); return !found; });
          return found;
        }
        case LazyKind::Filter: return member(x, l->parts[0]) && eval_lazy_pred(*l, x);
        case LazyKind::Diff: return member(x, l->parts[0]) && !member(x, l->parts[1]);
        case LazyKind::Cup: return member(x, l->parts[0]) || member(x, l->parts[1]);
        case LazyKind::Cap: return member(x, l->parts[0]) && member(x, l->parts[1]);
      }
      return false;
    }
    default: non_set_member(x, set);
  }
}

namespace {

// Enumerates the functions dom -> each element of `ranges`, the last domain element
// varying fastest (TLC's SetOfFcnsValue / SetOfRcdsValue enumeration order).
void odometer(const std::vector<std::vector<Value>>& choices,
              FnRef<bool(const std::vector<Value>&)> f) {
  for (const auto& c : choices)
    if (c.empty()) return;
  std::vector<size_t> idx(choices.size(), 0);
  std::vector<Value> cur(choices.size());
  for (size_t i = 0; i < choices.size(); ++i) cur[i] = choices[i][0];
  while (true) {
    if (!f(cur)) return;
    size_t k = choices.size();
    while (k > 0) {
      --k;
      if (++idx[k] < choices[k].size()) { cur[k] = choices[k][idx[k]]; break; }
      idx[k] = 0;
      cur[k] = choices[k][0];
      if (k == 0) return;
    }
    if (choices.empty()) return;
  }
}

std::vector<Value> elements_of(const Value& s);

/// The elements of SUBSET's base. TLC's SubsetValue asks its base's size first: a base of
/// size 0 that is not a set (`<<>>`, an empty function) makes SUBSET enumerate {{}}; any
/// other non-set is an error (SubsetValue.elementsNormalized, size()).
std::vector<Value> subset_base_elements(const Value& base) {
  if (base.kind() == VK::Fcn && as_fcn(base)->size() == 0) return {};
  if (base.is_fcnlike())
    throw eval_error("Attempted to compute the value of an expression of form SUBSET S, but S is a non-enumerable value: " +
                     to_string(base));
  if (!base.is_setlike()) throw eval_error("Attempted to compute the number of elements in the non-set " + to_string(base));
  return elements_of(base);
}

std::vector<Value> elements_of(const Value& s) {
  Value e = enumerate(s);
  return as_set(e)->elems;
}

}  // namespace

namespace {
void for_each_lazy(const Value& set, FnRef<bool(const Value&)> f);
constexpr size_t kWalkCacheMax = 1 << 16;  // elements; a larger constant set is re-enumerated
}  // namespace

void for_each_element(const Value& set, FnRef<bool(const Value&)> f) {
  if (set.kind() != VK::LazySet || !as_lazy(set)->immortal) return for_each_lazy(set, f);
  // A constant lazy set: its elements once enumerated to the end, in TLC's order.
  const LazySetObj* l = as_lazy(set);
  if (const Obj* o = l->walk.load(std::memory_order_acquire)) {
    for (const Value& e : static_cast<const FcnObj*>(o)->rng)
      if (!f(e)) return;
    return;
  }
  // Only an enumeration that went to the end is kept: one stopped early may not have
  // met the elements (or the predicate's errors) beyond where it stopped.
  std::vector<Value> seen;
  bool whole = true;
  for_each_lazy(set, [&](const Value& e) {
    if (seen.size() < kWalkCacheMax) seen.push_back(e);
    else whole = false;
    if (f(e)) return true;
    whole = false;
    return false;
  });
  if (!whole) return;
  Value t = make_tuple(std::move(seen));
  make_immortal(t);
  const Obj* expected = nullptr;
  if (l->walk.compare_exchange_strong(expected, t.obj(), std::memory_order_acq_rel))
    (void)t.detach();  // the set owns it now
}

namespace {
void for_each_lazy(const Value& set, FnRef<bool(const Value&)> f) {
  switch (set.kind()) {
    case VK::Set:
      for (const Value& e : as_set(set)->elems)
        if (!f(e)) return;
      return;
    case VK::Interval: {
      auto* iv = as_interval(set);
      for (int64_t i = iv->lo; i <= iv->hi; ++i)
        if (!f(Value::integer(i))) return;
      return;
    }
    case VK::LazySet: {
      const LazySetObj* l = as_lazy(set);
      switch (l->lk) {
        case LazyKind::Subset: {
          // By cardinality, then lexicographically by element position (TLC's order).
          std::vector<Value> base = subset_base_elements(l->parts[0]);
          size_t n = base.size();
          if (n > 62) throw eval_error("SUBSET of a set with " + std::to_string(n) + " elements is too large to enumerate");
          for (size_t k = 0; k <= n; ++k) {
            std::vector<size_t> pick(k);
            for (size_t i = 0; i < k; ++i) pick[i] = i;
            while (true) {
              std::vector<Value> sub;
              sub.reserve(k);
              for (size_t i : pick) sub.push_back(base[i]);
              if (!f(make_set_sorted(std::move(sub)))) return;
              // next combination
              size_t i = k;
              while (i > 0 && pick[i - 1] == n - k + i - 1) --i;
              if (i == 0) break;
              ++pick[i - 1];
              for (size_t j = i; j < k; ++j) pick[j] = pick[j - 1] + 1;
            }
          }
          return;
        }
        case LazyKind::FcnSet: {
          std::vector<Value> dom = elements_of(l->parts[0]);
          std::vector<Value> rng = elements_of(l->parts[1]);
          std::vector<std::vector<Value>> choices(dom.size(), rng);
          if (dom.empty()) { f(make_fcn({}, {})); return; }
          bool interval = l->parts[0].kind() == VK::Interval;  // SetOfFcnsValue keeps an interval domain
          odometer(choices, [&](const std::vector<Value>& vals) {
            return f(make_fcn(dom, vals, interval));
          });
          return;
        }
        case LazyKind::RcdSet: {
          std::vector<std::vector<Value>> choices;
          for (const Value& p : l->parts) choices.push_back(elements_of(p));
          if (choices.empty()) { f(make_fcn({}, {})); return; }
          odometer(choices, [&](const std::vector<Value>& vals) {
            std::vector<std::pair<Value, Value>> flds;
            for (size_t i = 0; i < vals.size(); ++i) flds.emplace_back(l->fields[i], vals[i]);
            Value r = make_record(std::move(flds));
            as_fcn(r)->normalise();  // SetOfRcdsValue's enumerator makes normalised records
            return f(r);
          });
          return;
        }
        case LazyKind::Product: {
          std::vector<std::vector<Value>> choices;
          for (const Value& p : l->parts) choices.push_back(elements_of(p));
          odometer(choices, [&](const std::vector<Value>& vals) { return f(make_tuple(vals)); });
          return;
        }
        case LazyKind::Union: {
          // UnionValue.Enumerator: set by set, duplicates included.
          bool go = true;
          for_each_element(l->parts[0], [&](const Value& s) {
            for_each_element(s, [&](const Value& e) { return go = f(e); });
            return go;
          });
          return;
        }
        case LazyKind::Cup: {
          // SetCupValue.Enumerator: the first set, then the second, duplicates included.
          if (is_infinite(set)) not_enumerable(set);
          bool go = true;
          for_each_element(l->parts[0], [&](const Value& e) { return go = f(e); });
          if (go) for_each_element(l->parts[1], f);
          return;
        }
        case LazyKind::Filter:
          if (is_infinite(l->parts[0])) not_enumerable(set);
          for_each_element(l->parts[0], [&](const Value& e) { return !eval_lazy_pred(*l, e) || f(e); });
          return;
        case LazyKind::Diff:
          if (is_infinite(l->parts[0])) not_enumerable(set);
          for_each_element(l->parts[0], [&](const Value& e) { return member(e, l->parts[1]) || f(e); });
          return;
        case LazyKind::Cap: {
          bool left = !is_infinite(l->parts[0]);
          if (!left && is_infinite(l->parts[1])) not_enumerable(set);
          const Value& a = left ? l->parts[0] : l->parts[1];
          const Value& b = left ? l->parts[1] : l->parts[0];
          for_each_element(a, [&](const Value& e) { return !member(e, b) || f(e); });
          return;
        }
        default: not_enumerable(set);
      }
    }
    default:
      throw eval_error("Attempted to enumerate the non-set " + to_string(set));
  }
}
}  // namespace

Value enumerate(const Value& set) {
  if (set.kind() == VK::Set) return set;
  if (set.kind() == VK::Interval) {
    auto* iv = as_interval(set);
    std::vector<Value> v;
    if (iv->hi >= iv->lo) v.reserve(static_cast<size_t>(iv->hi - iv->lo + 1));
    for (int64_t i = iv->lo; i <= iv->hi; ++i) v.push_back(Value::integer(i));
    return make_set_sorted(std::move(v));
  }
  if (set.kind() != VK::LazySet) {
    std::vector<Value> all;
    for_each_element(set, [&](const Value& e) { all.push_back(e); return true; });
    return make_set(std::move(all));
  }
  const LazySetObj* l = as_lazy(set);
  if (const Obj* o = l->normal.load(std::memory_order_acquire)) return retained(o);
  std::vector<Value> all;
  if (l->lk == LazyKind::Union) {
    for_each_element(l->parts[0], [&](const Value& s) {
      for_each_element(s, [&](const Value& e) { all.push_back(e); return true; });
      return true;
    });
  } else {
    // (not for_each_element: the normal form below is kept, the walk need not be too)
    for_each_lazy(set, [&](const Value& e) { all.push_back(e); return true; });
  }
  // Subset / FcnSet / RcdSet / Product enumerate in TLC's order, which is not always the
  // normalised order; the canonical form must be sorted.
  Value result = make_set(std::move(all));
  if (l->immortal) make_immortal(result);  // shared by all workers, as the lazy set
  Value keep = result;
  const Obj* expected = nullptr;
  const Obj* mine = keep.detach();
  if (!l->normal.compare_exchange_strong(expected, mine, std::memory_order_acq_rel)) {
    Value drop = Value::from_obj(const_cast<Obj*>(mine));  // another thread was first
  }
  return result;
}

LazySetObj::~LazySetObj() {
  if (const Obj* o = normal.load(std::memory_order_relaxed)) Value drop = Value::from_obj(const_cast<Obj*>(o));
  if (const Obj* o = walk.load(std::memory_order_relaxed)) Value drop = Value::from_obj(const_cast<Obj*>(o));
}

bool is_infinite(const Value& v) {
  if (v.kind() != VK::LazySet) return false;
  const LazySetObj* l = as_lazy(v);
  switch (l->lk) {
    case LazyKind::Nat: case LazyKind::Int: case LazyKind::Real: case LazyKind::String:
    case LazyKind::SeqSet: case LazyKind::Any:
      return true;
    case LazyKind::Cup: return is_infinite(l->parts[0]) || is_infinite(l->parts[1]);
    case LazyKind::Filter: case LazyKind::Diff: return is_infinite(l->parts[0]);
    case LazyKind::Cap: return is_infinite(l->parts[0]) && is_infinite(l->parts[1]);
    case LazyKind::Subset: return is_infinite(l->parts[0]);
    case LazyKind::Union: {
      if (is_infinite(l->parts[0])) return true;
      bool inf = false;
      for_each_element(l->parts[0], [&](const Value& s) { inf = is_infinite(s); return !inf; });
      return inf;
    }
    case LazyKind::FcnSet: return is_infinite(l->parts[0]) || is_infinite(l->parts[1]);
    case LazyKind::RcdSet: case LazyKind::Product:
      for (const Value& p : l->parts)
        if (is_infinite(p)) return true;
      return false;
  }
  return false;
}

int64_t cardinality(const Value& set) {
  if (set.kind() == VK::Interval) {
    auto* iv = as_interval(set);
    return std::max<int64_t>(0, iv->hi - iv->lo + 1);
  }
  if (set.kind() == VK::LazySet) {
    // TLC's size() of SubsetValue / SetOfFcnsValue / SetOfRcdsValue / SetOfTuplesValue:
    // computed from the operands, an overflow error past 32 bits.
    const LazySetObj* l = as_lazy(set);
    auto overflow = [&]() {
      return eval_error("Overflow when computing the number of elements in:\n" + to_string(set));
    };
    auto times = [&](int64_t acc, int64_t k) {
      int64_t r = acc * k;
      if (r > INT32_MAX) throw overflow();
      return r;
    };
    switch (l->lk) {
      case LazyKind::Subset: {
        int64_t n = static_cast<int64_t>(subset_base_elements(l->parts[0]).size());
        if (n >= 31) throw overflow();
        return int64_t{1} << n;
      }
      case LazyKind::FcnSet: {
        int64_t d = cardinality(l->parts[0]), r = cardinality(l->parts[1]), acc = 1;
        for (int64_t i = 0; i < d && acc != 0; ++i) acc = times(acc, r);
        return acc;
      }
      case LazyKind::RcdSet:
      case LazyKind::Product: {
        int64_t acc = 1;
        for (const Value& p : l->parts) acc = times(acc, cardinality(p));
        return acc;
      }
      default: break;
    }
  }
  Value e = enumerate(set);
  return static_cast<int64_t>(as_set(e)->elems.size());
}

// ---- functions -------------------------------------------------------------------------------

std::ptrdiff_t fcn_find(const FcnObj* fo, const Value& arg) {
  if (fo->seq) {
    if (arg.is_int() && arg.as_int() >= 1 && arg.as_int() <= static_cast<int64_t>(fo->size()))
      return static_cast<std::ptrdiff_t>(arg.as_int() - 1);
    return -1;
  }
  if (arg.is_model()) {
    for (size_t i = 0; i < fo->dom.size(); ++i)
      if (fo->dom[i].is_model() && fo->dom[i].token() == arg.token()) return static_cast<std::ptrdiff_t>(i);
    return -1;
  }
  size_t n = fo->dom.size();
  if (arg.is_int() && n > 0 && fo->dom.front().is_int() && fo->dom.back().is_int()) {
    // Sorted, distinct integers from a to b, b-a+1 of them: the key's index is key - a.
    int64_t a = fo->dom.front().as_int(), b = fo->dom.back().as_int();
    if (static_cast<uint64_t>(b - a) + 1 == n) {
      int64_t k = arg.as_int();
      return k >= a && k <= b ? static_cast<std::ptrdiff_t>(k - a) : -1;
    }
  }
  return sorted_find(fo->dom, arg);
}

namespace {
Value apply_lazy(const FcnLazyObj* lf, const Value& arg);
}

Value apply(const Value& f, const Value& arg) {
  if (f.kind() == VK::Fcn) {
    const FcnObj* fo = as_fcn(f);
    if (fo->seq) {
      if (arg.is_int() && arg.as_int() >= 1 && arg.as_int() <= static_cast<int64_t>(fo->size()))
        return fo->rng[static_cast<size_t>(arg.as_int() - 1)];
      if (arg.is_int() || arg.is_model())
        throw eval_error("Attempted to access index " + to_string(arg) + " of tuple\n" + to_string(f) + "\nwhich is out of bounds.");
      throw eval_error("Attempted to apply tuple\n" + to_string(f) + "\nto argument " + to_string(arg) + ", which is not an integer.");
    }
    std::ptrdiff_t idx = fcn_find(fo, arg);
    if (idx >= 0) return fo->rng[static_cast<size_t>(idx)];
    if (is_record(f) && arg.is_str())
      throw eval_error("Attempted to access nonexistent field '" + arg.text() + "' of record\n" + to_string(f));
    throw eval_error("Attempted to apply function:\n" + to_string(f) + "\nto argument " + to_string(arg) + ", which is not in the domain of the function.");
  }
  if (f.kind() == VK::FcnLazy) {
    const auto* lf = static_cast<const FcnLazyObj*>(f.obj());
    if (const Obj* o = lf->forced.load(std::memory_order_acquire)) return apply(retained(o), arg);
    Value r = apply_lazy(lf, arg);
    if (!r.defined())
      throw eval_error("Attempted to apply function to argument " + to_string(arg) + ", which is not in the domain of the function.");
    return r;
  }
  throw eval_error("A non-function (" + std::string(kind_name(f)) + " " + to_string(f) + ") was applied as a function.");
}

namespace {
// TLC's FcnLambdaValue.apply/select: the latest EXCEPT whose path ends at arg gives the
// value, else the body (if arg is in the domain); the later EXCEPTs whose paths go
// deeper than arg are then applied to it, in order. Undefined if arg is not in the domain.
Value apply_lazy(const FcnLazyObj* lf, const Value& arg) {
  std::vector<const LazyExcept*> deeper;
  Value res;
  for (size_t i = lf->excepts.size(); i-- > 0;) {
    const LazyExcept& ex = lf->excepts[i];
    if (!equals(ex.path[0], arg)) continue;
    if (ex.path.size() == 1) { res = ex.value; break; }
    deeper.push_back(&ex);
  }
  if (!res.defined()) {
    if (!member(arg, lf->domain)) return Value();
    res = eval_lazy_apply(*lf, arg);
  }
  for (size_t i = deeper.size(); i-- > 0;)
    res = take_except(res, deeper[i]->path.data() + 1, deeper[i]->path.size() - 1, deeper[i]->value);
  return res;
}
}  // namespace

Value select(const Value& f, const Value& arg) {
  if (f.kind() == VK::Fcn) {
    std::ptrdiff_t idx = fcn_find(as_fcn(f), arg);
    return idx < 0 ? Value() : as_fcn(f)->rng[static_cast<size_t>(idx)];
  }
  if (f.kind() == VK::FcnLazy) {
    const auto* lf = static_cast<const FcnLazyObj*>(f.obj());
    if (const Obj* o = lf->forced.load(std::memory_order_acquire)) return select(retained(o), arg);
    return apply_lazy(lf, arg);
  }
  throw eval_error("Attempted to apply EXCEPT to the non-function " + to_string(f));
}

Value fcn_with_value_at(const FcnObj* fo, size_t idx, Value v) {
  auto* copy = new FcnObj();
  copy->seq = fo->seq;
  copy->interval_dom = fo->interval_dom;
  copy->rcd = fo->rcd;
  // TLC's takeExcept keeps the keys in their current order (and whether normalised).
  if (fo->order && fo->fresh.load(std::memory_order_relaxed)) {
    auto order = std::make_unique<uint32_t[]>(fo->size());
    std::copy(fo->order.get(), fo->order.get() + fo->size(), order.get());
    copy->order = std::move(order);
    copy->fresh.store(true, std::memory_order_relaxed);
  }
  copy->dom = fo->dom;
  copy->rng = fo->rng;
  copy->rng[idx] = std::move(v);
  return Value::from_obj(copy);
}

Value take_except(const Value& f, const Value* path, size_t n, const Value& v) {
  if (n == 0) return v;
  if (f.kind() == VK::FcnLazy) {
    const auto* lf = static_cast<const FcnLazyObj*>(f.obj());
    if (const Obj* o = lf->forced.load(std::memory_order_acquire)) return take_except(retained(o), path, n, v);
    auto* copy = new FcnLazyObj();
    copy->domain = lf->domain;
    copy->body = lf->body;
    copy->excepts = lf->excepts;
    copy->excepts.push_back({std::vector<Value>(path, path + n), v});
    return Value::from_obj(copy);
  }
  if (f.kind() != VK::Fcn) throw eval_error("Attempted to apply EXCEPT to the non-function " + to_string(f));
  const FcnObj* fo = as_fcn(f);
  std::ptrdiff_t idx = fcn_find(fo, path[0]);
  if (idx < 0) return f;  // TLC: a step outside the domain leaves the function unchanged
  Value nv = take_except(fo->rng[static_cast<size_t>(idx)], path + 1, n - 1, v);
  return fcn_with_value_at(fo, static_cast<size_t>(idx), std::move(nv));
}

Value materialize_fcn(const Value& f) {
  if (f.kind() == VK::Fcn) return f;
  if (f.kind() != VK::FcnLazy) throw eval_error("Attempted to enumerate the non-function " + to_string(f));
  const auto* lf = static_cast<const FcnLazyObj*>(f.obj());
  if (const Obj* o = lf->forced.load(std::memory_order_acquire)) return retained(o);
  // TLC's toFcnRcd: the body over the enumerated domain, then the EXCEPTs.
  std::vector<Value> d, r;
  for_each_element(lf->domain, [&](const Value& x) {
    d.push_back(x);
    r.push_back(apply_lazy(lf, x));
    return true;
  });
  // FcnLambdaValue.toFcnRcd keeps an interval domain as an interval.
  Value result = make_fcn(std::move(d), std::move(r), lf->domain.kind() == VK::Interval);
  if (lf->immortal) make_immortal(result);
  Value keep = result;
  const Obj* expected = nullptr;
  const Obj* mine = keep.detach();
  if (!lf->forced.compare_exchange_strong(expected, mine, std::memory_order_acq_rel))
    Value drop = Value::from_obj(const_cast<Obj*>(mine));  // another thread was first
  return result;
}

FcnLazyObj::~FcnLazyObj() {
  if (const Obj* o = forced.load(std::memory_order_relaxed)) Value drop = Value::from_obj(const_cast<Obj*>(o));
}

Value domain(const Value& f) {
  if (f.kind() == VK::Fcn) {
    const FcnObj* fo = as_fcn(f);
    // The empty function's domain is the empty set (TLC: an empty FcnRcdValue's domain
    // is {} and anything is simply not in it).
    if (fo->size() == 0) return empty_set();
    int64_t n = static_cast<int64_t>(fo->size());
    if (fo->seq && fo->interval_dom) return make_interval(1, n);
    if (fo->seq) {
      std::vector<Value> keys;
      for (int64_t i = 1; i <= n; ++i) keys.push_back(Value::integer(i));
      return make_set_sorted(std::move(keys));
    }
    if (fo->interval_dom) return make_interval(fo->dom.front().as_int(), fo->dom.back().as_int());
    if (!fo->rcd) fo->normalise();  // FcnRcdValue.getDomain normalises, RecordValue's does not
    return make_set_sorted(fo->dom);
  }
  if (f.kind() == VK::FcnLazy) return static_cast<const FcnLazyObj*>(f.obj())->domain;
  throw eval_error("Attempted to compute the domain of the non-function " + to_string(f));
}

// ---- fingerprints ----------------------------------------------------------------------------
//
// A value's fingerprint is built bottom-up from its parts' fingerprints with a strong
// 64x64->128-bit multiply mix (as in wyhash). Sets and functions combine their elements
// (resp. key/value pairs) by a sum of mixed fingerprints, which does not depend on the
// order of the elements: so the fingerprint of a set is the same however it is stored
// (interval or enumerated), and the fingerprint of a value with its model values
// permuted (SYMMETRY) can be computed without building and re-sorting the permuted value.

namespace {
inline uint64_t mum(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline uint64_t mix(uint64_t h, uint64_t x) {
  return mum(h ^ 0xa0761d6478bd642fULL, x ^ 0xe7037ed1a0b428dbULL);
}
constexpr uint64_t kSetTag = 0x8ebc6af09c88c6e3ULL, kFcnTag = 0x589965cc75374cc3ULL;

uint64_t str_hash(const InternEntry& e, uint64_t tag) { return mix(tag, mix(0x57a1, e.hash)); }

inline uint64_t int_fp(int64_t i) { return mix(2, static_cast<uint64_t>(i)); }

template <class Leaf>
uint64_t fp_rec(const Value& v, const Leaf& leaf);

template <class Leaf>
uint64_t fp_compound(const Value& v, const Leaf& leaf) {
  uint64_t acc = 0;
  uint64_t n = 0;
  switch (v.kind()) {
    case VK::Set:
      for (const Value& x : as_set(v)->elems) acc += mix(kSetTag, fp_rec(x, leaf));
      n = as_set(v)->elems.size();
      return mix(kSetTag ^ n, acc);
    case VK::Interval: {
      auto* iv = as_interval(v);
      for (int64_t i = iv->lo; i <= iv->hi; ++i) acc += mix(kSetTag, int_fp(i));
      n = iv->hi >= iv->lo ? static_cast<uint64_t>(iv->hi - iv->lo + 1) : 0;
      return mix(kSetTag ^ n, acc);
    }
    case VK::LazySet: {
      Value e = enumerate(v);
      return fp_compound(e, leaf);
    }
    case VK::Fcn:
    case VK::FcnLazy: {
      Value holder;
      const FcnObj* f = force_fcn(v, holder);
      f->normalise();  // TLC's fingerPrint normalises
      for (size_t i = 0; i < f->size(); ++i) {
        uint64_t k = f->seq ? int_fp(static_cast<int64_t>(i + 1)) : fp_rec(f->dom[i], leaf);
        acc += mix(k, fp_rec(f->rng[i], leaf));
      }
      return mix(kFcnTag ^ f->size(), acc);
    }
    default: return 0xc105;
  }
}

template <class Leaf>
uint64_t fp_rec(const Value& v, const Leaf& leaf) {
  switch (v.kind()) {
    case VK::Undef: return 0x0dd;
    case VK::Bool: return mix(1, v.as_bool() ? 1 : 0);
    case VK::Int: return int_fp(v.as_int());
    case VK::Str: return str_hash(v.entry(), 3);
    case VK::Model: return leaf(v);
    default: break;
  }
  return leaf.compound(v);
}

struct PlainLeaf {
  uint64_t operator()(const Value& m) const { return str_hash(m.entry(), 4); }
  uint64_t compound(const Value& v) const {
    const Obj* o = v.obj();
    uint64_t cached = o->fp.load(std::memory_order_relaxed);
    if (cached) return cached;
    uint64_t h = fp_compound(v, *this);
    if (h == 0) h = 1;
    o->fp.store(h, std::memory_order_relaxed);
    return h;
  }
};

// Whether a value contains model values (cached per object): the others are left
// unchanged by any permutation, so their plain (cached) fingerprint can be used.
bool has_models(const Value& v) {
  switch (v.kind()) {
    case VK::Model: return true;
    case VK::Set: case VK::Fcn: case VK::LazySet: case VK::FcnLazy: break;
    default: return false;
  }
  const Obj* o = v.obj();
  uint8_t m = o->models.load(std::memory_order_relaxed);
  if (m) return m == 2;
  bool found = false;
  if (v.kind() == VK::Set) {
    for (const Value& e : as_set(v)->elems)
      if (has_models(e)) { found = true; break; }
  } else if (v.kind() == VK::Fcn) {
    const FcnObj* f = as_fcn(v);
    for (const Value& e : f->dom)
      if (has_models(e)) { found = true; break; }
    if (!found)
      for (const Value& e : f->rng)
        if (has_models(e)) { found = true; break; }
  } else {
    found = true;  // lazy values: be conservative
  }
  o->models.store(found ? 2 : 1, std::memory_order_relaxed);
  return found;
}

struct PermLeaf {
  const PermTable& perm;
  uint64_t operator()(const Value& m) const {
    uint32_t t = m.token();
    return str_hash(t < perm.size() && perm[t].defined() ? perm[t].entry() : m.entry(), 4);
  }
  uint64_t compound(const Value& v) const {
    if (!has_models(v)) return PlainLeaf{}.compound(v);
    return fp_compound(v, *this);
  }
};
}  // namespace

uint64_t fingerprint(const Value& v) { return fp_rec(v, PlainLeaf{}); }

uint64_t combine_fingerprints(const uint64_t* fps, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ULL;
  for (size_t i = 0; i < n; ++i) h = mum(h ^ fps[i], 0xe7037ed1a0b428dbULL) ^ (i + 1);
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t state_fingerprint(const Value* s, size_t n) {
  uint64_t small[64];
  std::vector<uint64_t> more;
  uint64_t* p = small;
  if (n > 64) {
    more.resize(n);
    p = more.data();
  }
  for (size_t i = 0; i < n; ++i) p[i] = fingerprint(s[i]);
  return combine_fingerprints(p, n);
}

uint64_t fingerprint_permuted(const Value& v, const PermTable& perm) {
  return fp_rec(v, PermLeaf{perm});
}

// The same numbers as fingerprint_permuted (fp_rec with PermLeaf), for all permutations
// at once.
void fingerprints_permuted(const Value& v, const PermGroup& group, uint64_t* out) {
  const size_t G = group.tables.size();
  switch (v.kind()) {
    case VK::Model: {
      for (size_t g = 0; g < G; ++g) out[g] = PermLeaf{group.tables[g]}(v);
      return;
    }
    case VK::Set: case VK::Fcn: case VK::LazySet: case VK::FcnLazy: break;
    default: {
      uint64_t h = fp_rec(v, PlainLeaf{});
      std::fill(out, out + G, h);
      return;
    }
  }
  if (!has_models(v)) {
    uint64_t h = PlainLeaf{}.compound(v);
    std::fill(out, out + G, h);
    return;
  }
  if (v.kind() == VK::LazySet) {
    fingerprints_permuted(enumerate(v), group, out);
    return;
  }
  const Obj* o = v.obj();
  if (const uint64_t* c = o->perm_fps.load(std::memory_order_acquire); c && c[0] == group.id) {
    std::copy(c + 1, c + 1 + G, out);
    return;
  }
  std::vector<uint64_t> acc(G, 0), kid(G), key(G);
  if (v.kind() == VK::Set) {
    const auto& el = as_set(v)->elems;
    for (const Value& x : el) {
      fingerprints_permuted(x, group, kid.data());
      for (size_t g = 0; g < G; ++g) acc[g] += mix(kSetTag, kid[g]);
    }
    for (size_t g = 0; g < G; ++g) out[g] = mix(kSetTag ^ el.size(), acc[g]);
  } else {
    Value holder;
    const FcnObj* f = force_fcn(v, holder);
    f->normalise();  // TLC's permute normalises
    for (size_t i = 0; i < f->size(); ++i) {
      if (f->seq) std::fill(key.begin(), key.end(), int_fp(static_cast<int64_t>(i + 1)));
      else fingerprints_permuted(f->dom[i], group, key.data());
      fingerprints_permuted(f->rng[i], group, kid.data());
      for (size_t g = 0; g < G; ++g) acc[g] += mix(key[g], kid[g]);
    }
    for (size_t g = 0; g < G; ++g) out[g] = mix(kFcnTag ^ f->size(), acc[g]);
  }
  if (v.kind() == VK::FcnLazy) return;  // recomputed through its forced form anyway
  auto* c = new uint64_t[G + 1];
  c[0] = group.id;
  std::copy(out, out + G, c + 1);
  uint64_t* expected = nullptr;
  if (!o->perm_fps.compare_exchange_strong(expected, c, std::memory_order_acq_rel)) delete[] c;
}

// ---- printing --------------------------------------------------------------------------------

namespace {
// Current: TLC's toString (keys in their current order); Sorted: of a deepNormalize'd
// copy; Marking: Sorted below a set, whose elements TLC's deepNormalize normalises in place.
enum class Pm { Current, Sorted, Marking };
void print(const Value& v, std::string& out, Pm m);

/// Whether a function / record set or product has fewer than `limit` elements, from its
/// operands' sizes (its own cardinality() could overflow, and its error prints the set).
bool size_below(const LazySetObj* l, int64_t limit) {
  std::vector<int64_t> sizes;
  for (const Value& p : l->parts) sizes.push_back(cardinality(p));
  if (l->lk == LazyKind::FcnSet) {
    if (sizes[0] > 64) return sizes[1] <= 1;  // |T|^|S|
    sizes.assign(static_cast<size_t>(sizes[0]), sizes[1]);
  }
  int64_t acc = 1;
  for (int64_t k : sizes) {
    if (k == 0) return true;
    if (acc >= limit) continue;
    acc *= k;
  }
  return acc < limit;
}

/// TLC's FcnRcdValue.isName: a string key that a record prints as a field name.
bool is_name(const std::string& s) {
  bool letter = false;
  for (unsigned char ch : s) {
    if (ch == '_') continue;
    if (ch >= 0x80 || std::isalpha(ch)) letter = true;  // non-ASCII: Java's isLetter, roughly
    else if (!std::isdigit(ch)) return false;
  }
  return letter && (s.size() < 4 || (s.rfind("WF_", 0) != 0 && s.rfind("SF_", 0) != 0));
}

void print_string(const std::string& s, std::string& out) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  out += '"';
}

void print(const Value& v, std::string& out, Pm m) {
  switch (v.kind()) {
    case VK::Undef: out += "null"; return;
    case VK::Bool: out += v.as_bool() ? "TRUE" : "FALSE"; return;
    case VK::Int: out += std::to_string(v.as_int()); return;
    case VK::Str: print_string(v.text(), out); return;
    case VK::Model: out += v.text(); return;
    case VK::Set: {
      out += '{';
      bool first = true;
      for (const Value& e : as_set(v)->elems) {
        if (!first) out += ", ";
        first = false;
        print(e, out, m == Pm::Current ? m : Pm::Marking);
      }
      out += '}';
      return;
    }
    case VK::Interval: {
      auto* iv = as_interval(v);
      if (iv->lo > iv->hi) { out += "{}"; return; }
      out += std::to_string(iv->lo) + ".." + std::to_string(iv->hi);
      return;
    }
    case VK::LazySet: {
      const LazySetObj* l = as_lazy(v);
      // TLC prints small SUBSET / function / record sets / products element by element.
      if (l->lk == LazyKind::Subset || l->lk == LazyKind::FcnSet || l->lk == LazyKind::RcdSet ||
          l->lk == LazyKind::Product) {
        // SUBSET of a non-set is built lazily; printing it sizes the base, an error in TLC
        // (SubsetValue.toString, not swallowed by PrintT/ToString).
        if (l->lk == LazyKind::Subset && !l->parts[0].is_setlike()) (void)subset_base_elements(l->parts[0]);
        bool small = false;
        try {
          if (!is_infinite(v)) {
            if (l->lk == LazyKind::Subset) small = subset_base_elements(l->parts[0]).size() < 7;
            else small = size_below(l, 2000);
          }
        } catch (const Error&) {
          small = false;
        }
        if (small) {
          print(enumerate(v), out, m);
          return;
        }
      }
      // TLC prints UNION, set filters and \cup, \cap, \ of lazy operands as their
      // enumeration (SetPredValue.toString etc. with TLCGlobals.expand), falling back to
      // the expression where the enumeration fails.
      if (l->lk == LazyKind::Union || l->lk == LazyKind::Filter || l->lk == LazyKind::Diff ||
          l->lk == LazyKind::Cup || l->lk == LazyKind::Cap) {
        Value e;
        try {
          if (!is_infinite(v)) e = enumerate(v);
        } catch (const Error&) {
        }
        if (e.is_setlike()) {
          print(e, out, m);
          return;
        }
      }
      switch (l->lk) {
        case LazyKind::Nat: out += "Nat"; return;
        case LazyKind::Int: out += "Int"; return;
        case LazyKind::Real: out += "Real"; return;
        case LazyKind::String: out += "STRING"; return;
        case LazyKind::Any: out += "ANY"; return;
        case LazyKind::Subset: out += "SUBSET "; print(l->parts[0], out, m); return;
        case LazyKind::Union: out += "UNION "; print(l->parts[0], out, m); return;
        case LazyKind::SeqSet: out += "Seq("; print(l->parts[0], out, m); out += ")"; return;
        case LazyKind::FcnSet:
          out += "["; print(l->parts[0], out, m); out += " -> "; print(l->parts[1], out, m); out += "]";
          return;
        case LazyKind::RcdSet:
          out += "[";
          for (size_t i = 0; i < l->fields.size(); ++i) {
            if (i) out += ", ";
            out += l->fields[i].text() + " : ";
            print(l->parts[i], out, m);
          }
          out += "]";
          return;
        case LazyKind::Product:
          for (size_t i = 0; i < l->parts.size(); ++i) {
            if (i) out += " \\X ";
            print(l->parts[i], out, m);
          }
          return;
        case LazyKind::Filter: out += "{x \\in "; print(l->parts[0], out, m); out += " : ...}"; return;
        case LazyKind::Diff: print(l->parts[0], out, m); out += " \\ "; print(l->parts[1], out, m); return;
        case LazyKind::Cup: print(l->parts[0], out, m); out += " \\cup "; print(l->parts[1], out, m); return;
        case LazyKind::Cap: print(l->parts[0], out, m); out += " \\cap "; print(l->parts[1], out, m); return;
      }
      return;
    }
    case VK::Fcn:
    case VK::FcnLazy: {
      Value holder;
      const FcnObj* f = force_fcn(v, holder);
      if (m == Pm::Marking) f->normalise();
      if (f->seq) {
        out += "<<";
        for (size_t i = 0; i < f->size(); ++i) {
          if (i) out += ", ";
          print(f->rng[i], out, m);
        }
        out += ">>";
        return;
      }
      // TLC (FcnRcdValue.toString): a record if every key is a name; else `k :> v` pairs.
      bool rec = f->rcd, ints = !f->rcd;
      if (!rec) {
        rec = true;
        for (const Value& d : f->dom) {
          if (!d.is_str() || !is_name(d.text())) rec = false;
          if (!d.is_int()) ints = false;
        }
      }
      if (ints) f->normalise();  // FcnRcdValue.isTuple normalises an integer domain
      const uint32_t* order =
          m == Pm::Current && f->order && f->fresh.load(std::memory_order_relaxed) ? f->order.get() : nullptr;
      out += rec ? "[" : "(";
      for (size_t j = 0; j < f->size(); ++j) {
        size_t i = order ? order[j] : j;
        if (j) out += rec ? ", " : " @@ ";
        if (rec) {
          out += f->dom[i].text() + " |-> ";
        } else {
          print(f->dom[i], out, m);
          out += " :> ";
        }
        print(f->rng[i], out, m);
      }
      out += rec ? "]" : ")";
      return;
    }
    case VK::Closure: out += "<operator>"; return;
  }
}
}  // namespace

std::string to_string(const Value& v) {
  std::string s;
  print(v, s, Pm::Current);
  return s;
}

std::string to_string_normalised(const Value& v) {
  std::string s;
  print(v, s, Pm::Sorted);
  return s;
}

}  // namespace cairn
