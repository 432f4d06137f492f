// Immutable TLA+ values with TLC's identities, order and canonical forms.
//
// A Value is a 16-byte handle: scalars (booleans, integers, interned strings and model
// values) are stored inline; compound values point to a reference-counted immutable
// object. Canonical forms make equal values equal bytes and equal fingerprints:
//  - an enumerated set keeps its elements sorted in TLC's total order, without duplicates;
//  - a function keeps its domain sorted; a tuple/sequence is a function whose domain is
//    1..n (stored without the domain), a record is a function on strings. So `<<1, 2>>`,
//    `[i \in 1..2 |-> i]` and `(1 :> 1 @@ 2 :> 2)` are the same value, as in TLC.
//  - `a..b` stays an interval (it prints as TLC prints it) but fingerprints and compares
//    as the enumerated set it denotes.
// Sets that need not be enumerated (Nat, Int, STRING, SUBSET S, [S -> T], [a : S],
// Seq(S), S \X T, UNION S) are LazySet objects: membership without enumeration,
// enumeration on demand with an error where it is infinite.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"
#include "checker/value/function_ref.hpp"
#include "checker/value/intern.hpp"

namespace cairn {

enum class VK : uint8_t {
  Undef,     // the "unbound" marker in partial states; never a TLA+ value
  Bool,
  Int,
  Str,       // interned string (payload: its InternEntry; token beside the kind)
  Model,     // model value (payload: the InternEntry of its name)
  Set,       // enumerated, canonical set
  Interval,  // a..b
  LazySet,   // a set kept symbolic (see LazyKind)
  Fcn,       // function / tuple / record
  FcnLazy,   // a function defined by an expression over a domain, evaluated on demand
  Closure,   // an operator passed as an argument (higher-order), not a TLA+ value
};

struct Obj;
struct Node;     // checker/ir/ir.hpp
struct LazyEnv;  // checker/eval/eval.hpp: the frames, states and flags a deferred body reads

/// An evaluation error raised by value operations; the evaluator adds the location.
Error eval_error(std::string message);
/// An evaluation error TLC raises as an EvalException of a standard module's Java code
/// (tlc2.module.Naturals, Sequences, FiniteSets, Bags, TLC: their argument checks and
/// overflows). Raised in the next-state relation, TLC exits with 255 for it instead of 75:
/// ModelChecker replays the error and exits with the exception's own EC, which
/// EC.ExitStatus does not map. Failures of the values themselves (a function applied
/// outside its domain, a comparison across kinds) are TLCRuntimeExceptions: 75.
/// `tlc_code`: the EC (grammar/source.hpp tlc_ec) TLC's Java code raises it with.
Error module_error(std::string message, int tlc_code);

class Value {
 public:
  Value() : kind_(VK::Undef), tok_(0), i_(0) {}
  static Value boolean(bool b) { Value v; v.kind_ = VK::Bool; v.i_ = b; return v; }
  static Value integer(int64_t i) { Value v; v.kind_ = VK::Int; v.i_ = i; return v; }
  /// A string / a model value named by an entry of the run's Interner.
  static Value string(const InternEntry& e) { return named(VK::Str, e); }
  static Value model(const InternEntry& e) { return named(VK::Model, e); }
  static Value from_obj(Obj* o);  // takes one reference

  // Copies move the two words whole (kind and token share the first).
  Value(const Value& o) { std::memcpy(static_cast<void*>(this), &o, sizeof(Value)); retain(); }
  Value(Value&& o) noexcept {
    std::memcpy(static_cast<void*>(this), &o, sizeof(Value));
    o.kind_ = VK::Undef;
    o.i_ = 0;
  }
  Value& operator=(const Value& o) {
    if (this != &o) { Value t(o); swap(t); }
    return *this;
  }
  Value& operator=(Value&& o) noexcept { swap(o); return *this; }
  ~Value() { release(); }
  void swap(Value& o) noexcept {
    unsigned char t[sizeof(Value)];
    std::memcpy(t, static_cast<void*>(this), sizeof(Value));
    std::memcpy(static_cast<void*>(this), &o, sizeof(Value));
    std::memcpy(static_cast<void*>(&o), t, sizeof(Value));
  }

  VK kind() const { return kind_; }
  bool defined() const { return kind_ != VK::Undef; }
  bool is_bool() const { return kind_ == VK::Bool; }
  bool is_int() const { return kind_ == VK::Int; }
  bool is_str() const { return kind_ == VK::Str; }
  bool is_model() const { return kind_ == VK::Model; }
  bool is_setlike() const {
    return kind_ == VK::Set || kind_ == VK::Interval || kind_ == VK::LazySet;
  }
  bool is_fcnlike() const { return kind_ == VK::Fcn || kind_ == VK::FcnLazy; }
  bool as_bool() const { return i_ != 0; }
  int64_t as_int() const { return i_; }
  /// A string's or model value's token: its place in the run's interning order.
  uint32_t token() const { return tok_; }
  /// A string's or model value's entry: its text and hash.
  const InternEntry& entry() const { return *reinterpret_cast<const InternEntry*>(i_); }
  const std::string& text() const { return entry().text; }
  const Obj* obj() const { return reinterpret_cast<const Obj*>(i_); }
  bool has_obj() const { return kind_ >= VK::Set; }
  /// Gives up this handle's reference without releasing it (the caller now owns it).
  const Obj* detach() {
    const Obj* o = obj();
    kind_ = VK::Undef;
    i_ = 0;
    return o;
  }

 private:
  inline void retain() const;
  inline void release();
  static void destroy(const Obj* o);
  static Value named(VK k, const InternEntry& e) {
    Value v;
    v.kind_ = k;
    v.tok_ = e.token;
    v.i_ = reinterpret_cast<int64_t>(&e);
    return v;
  }
  VK kind_;
  uint32_t tok_;  // Str, Model: the token (in the padding after the kind)
  int64_t i_;     // scalar payload, InternEntry* or Obj*
};

static_assert(sizeof(Value) == 16, "a value handle is two words");

/// Base of heap objects: an atomic reference count and a cached fingerprint.
struct Obj {
  mutable std::atomic<uint32_t> rc{1};
  VK kind;
  // Immortal objects (constants of the model and everything inside them) are shared by
  // all workers; they skip reference counting so that workers do not fight over the
  // cache lines of their counters.
  bool immortal = false;
  mutable std::atomic<uint8_t> models{0};  // 0 unknown, 1 no model values inside, 2 some
  mutable std::atomic<uint64_t> fp{0};  // 0 = not computed yet
  // Under SYMMETRY: [group id, fingerprint under each permutation of the group], for
  // objects that contain model values (fingerprints_permuted). States share most of
  // their objects with their predecessor, so most of a state's images cost nothing.
  mutable std::atomic<uint64_t*> perm_fps{nullptr};
  explicit Obj(VK k) : kind(k) {}
};

inline void Value::retain() const {
  if (has_obj()) {
    const Obj* o = obj();
    if (!o->immortal) o->rc.fetch_add(1, std::memory_order_relaxed);
  }
}

inline void Value::release() {
  if (!has_obj()) return;
  const Obj* o = obj();
  if (o->immortal) return;
  if (o->rc.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    destroy(o);
    kind_ = VK::Undef;
  }
}

/// Makes v and everything reachable from it immortal (see Obj::immortal). Call only on
/// values that live as long as the model (constants, literals, cached definitions)
/// before they are shared between threads.
void make_immortal(const Value& v);

/// TLC's deepNormalize: every record and function inside v prints its keys sorted from
/// now on (FcnObj::order). TLC does it to the value of a constant definition.
void normalise_deep(const Value& v);

struct SetObj : Obj {
  std::vector<Value> elems;  // sorted, unique
  // TLC builds a set literal or `{e : x \in S}` unnormalised (SetEnumValue(vals, false)) and
  // sorts it on first use; that sort's comparisons normalise the records inside, which
  // changes how they print. cairn sorts at once without that side effect and keeps the
  // elements in build order here until the first read replays TLC's comparisons
  // (replay_normalisation; only for 2+ elements of which one is compound). Owned.
  mutable std::atomic<std::vector<Value>*> pending{nullptr};
  SetObj() : Obj(VK::Set) {}
  ~SetObj() { delete pending.load(std::memory_order_relaxed); }
};

struct IntervalObj : Obj {
  int64_t lo, hi;
  IntervalObj(int64_t l, int64_t h) : Obj(VK::Interval), lo(l), hi(h) {}
};

/// A body whose evaluation is deferred, as data (TLC keeps the same in FcnLambdaValue,
/// SetPredValue and OpLambdaValue): the IR node it evaluates and a copy of what it reads
/// (frames, states). The evaluator runs it (eval_lazy_apply, eval_lazy_pred); the codec
/// writes it as the node's index and the captured values.
struct LazyBody {
  const Node* node = nullptr;
  std::shared_ptr<const LazyEnv> env;
};

enum class LazyKind : uint8_t {
  Nat, Int, Real, String, Subset, FcnSet, RcdSet, SeqSet, Product, Union,
  Filter,  // {x \in parts[0] : pred(x)} over a set that cannot be enumerated
  Diff,    // parts[0] \ parts[1]
  Cup,     // parts[0] \cup parts[1]
  Cap,     // parts[0] \cap parts[1]
  Any,     // TLC's Any (tlc2.module.AnySet): every value is a member; it compares with nothing
};

struct LazySetObj : Obj {
  LazyKind lk;
  std::vector<Value> parts;           // operand sets (Subset: [S]; FcnSet: [S, T]; ...)
  std::vector<Value> fields;          // RcdSet field names (strings), in the order written
  LazyBody pred;                      // Filter: the SetFilter node and its captures
  // The normalised enumeration (a Set), once enumerate() computed it; owns one reference.
  // Constant sets (e.g. `Msgs == [type: {"a"}, to: Procs]`) are compared and enumerated
  // in every state: they are enumerated once.
  mutable std::atomic<const Obj*> normal{nullptr};
  // An immortal (constant) set's elements in TLC's enumeration order, as a tuple, once one
  // enumeration went to the end: `\E x \in {y \in S \X T : P(y)}` in every state does
  // not redo the product and P. Owns one reference.
  mutable std::atomic<const Obj*> walk{nullptr};
  explicit LazySetObj(LazyKind k) : Obj(VK::LazySet), lk(k) {}
  ~LazySetObj();
};

/// Set while this thread sorts a set TLC leaves unnormalised (make_set_unnormalised): the
/// comparisons then have no side effect on the order records print in.
inline thread_local bool t_building_unnormalised = false;

struct FcnObj : Obj {
  bool seq = false;          // domain is 1..n (dom left empty)
  // TLC holds the domain as an interval (a TupleValue, or [x \in a..b |-> e]): DOMAIN is
  // `a..b`. Otherwise as an enumerated set: DOMAIN (1 :> 0 @@ 2 :> 0) prints {1, 2}.
  bool interval_dom = false;
  bool rcd = false;          // TLC's RecordValue ([a |-> e]), not a FcnRcdValue
  // TLC keeps a fresh record's (or @@'s) keys in the order they were built until it
  // normalises the value (compares, fingerprints it, ...), and prints them in the order
  // they have then. Only for a domain built out of order: order[i] = sorted index of the
  // i-th key as built; `fresh` drops to false (once, for all threads) where TLC normalises.
  mutable std::atomic<bool> fresh{false};  // (beside the flags: no larger allocation)
  std::vector<Value> dom;    // sorted (when !seq)
  std::vector<Value> rng;
  std::unique_ptr<const uint32_t[]> order;
  FcnObj() : Obj(VK::Fcn) {}
  size_t size() const { return rng.size(); }
  /// The index (into dom/rng) of the j-th key in TLC's current order of the keys.
  size_t current(size_t j) const {
    return order && fresh.load(std::memory_order_relaxed) ? order[j] : j;
  }
  /// TLC's normalize(): the keys print in sorted order from now on.
  void normalise() const {
    if (order && !t_building_unnormalised) fresh.store(false, std::memory_order_relaxed);
  }
};

/// One `![path] = value` of an EXCEPT applied to a lazy function (TLC's ValueExcept).
struct LazyExcept {
  std::vector<Value> path;  // at least one step
  Value value;
};

/// A function whose values are computed on application (TLC's FcnLambdaValue): recursive
/// function definitions and `[x \in S |-> e]` where S is not an enumerated set or an
/// interval. `body` (the FcnCons node, run by eval_lazy_apply) gives the values; EXCEPTs
/// are kept as a list, the latest first to match, as TLC does.
struct FcnLazyObj : Obj {
  Value domain;
  LazyBody body;
  std::vector<LazyExcept> excepts;
  // The function as an enumerated Fcn, once compared/fingerprinted/printed (TLC's
  // fcnRcd); owns one reference. Applications use it from then on.
  mutable std::atomic<const Obj*> forced{nullptr};
  FcnLazyObj() : Obj(VK::FcnLazy) {}
  ~FcnLazyObj();
};

/// An operator passed as an argument to a higher-order operator (arity >= 0: target is
/// its Closure node), or an argument passed unevaluated (arity -1: target is the
/// argument's node). frame is where it was written; a closure that outlives that frame
/// (captured by a lazy value) owns a copy of it in env, and frame points into the copy.
struct ClosureObj : Obj {
  const void* target = nullptr;  // a const Node*
  const void* frame = nullptr;   // a Frame*
  int arity = 0;
  std::shared_ptr<const LazyEnv> env;
  ClosureObj() : Obj(VK::Closure) {}
};

// ---- construction ---------------------------------------------------------------------
Value make_set(std::vector<Value> elems);          // sorts and deduplicates
Value make_set_unnormalised(std::vector<Value> elems);  // as TLC's SetEnumValue(vals, false)
Value make_set_sorted(std::vector<Value> elems);   // caller guarantees canonical order
Value make_interval(int64_t lo, int64_t hi);
Value make_lazy_set(LazyKind k, std::vector<Value> parts, std::vector<Value> fields = {});
Value make_tuple(std::vector<Value> elems);
/// Sorts by domain, keeping the order as built for printing (FcnObj::order);
/// interval_dom: TLC holds the domain as an interval (see FcnObj::interval_dom).
Value make_fcn(std::vector<Value> dom, std::vector<Value> rng, bool interval_dom = false);
Value make_record(std::vector<std::pair<Value, Value>> fields);  // (string key, value)
Value empty_set();
Value make_bool_set();

/// Supplied by the evaluator (eval.cpp): the body of a lazy function at arg (arg is in
/// its domain), and the predicate of a Filter set at x.
Value eval_lazy_apply(const FcnLazyObj& f, const Value& arg);
bool eval_lazy_pred(const LazySetObj& s, const Value& x);

// ---- inspection -------------------------------------------------------------------------
void replay_normalisation(const SetObj* s);
/// Every read of a set's elements goes through here: the first one does what TLC's first
/// normalize() of the set would have done to its elements.
inline const SetObj* as_set(const Value& v) {
  const auto* s = static_cast<const SetObj*>(v.obj());
  if (s->pending.load(std::memory_order_relaxed)) [[unlikely]] replay_normalisation(s);
  return s;
}
inline const FcnObj* as_fcn(const Value& v) { return static_cast<const FcnObj*>(v.obj()); }
inline const IntervalObj* as_interval(const Value& v) {
  return static_cast<const IntervalObj*>(v.obj());
}
inline const LazySetObj* as_lazy(const Value& v) {
  return static_cast<const LazySetObj*>(v.obj());
}
bool is_tuple(const Value& v);     // function on 1..n (incl. <<>>)
bool is_record(const Value& v);    // non-empty function on strings
const char* kind_name(const Value& v);

// ---- TLC semantics -------------------------------------------------------------------------
/// TLC's total order (tlc2.value.impl.*.compareTo); throws on values TLC cannot compare.
int compare(const Value& a, const Value& b);
/// TLC's equality: FALSE across model values, an error across incomparable kinds.
bool equals(const Value& a, const Value& b);
/// Set membership without enumerating lazy sets where possible.
bool member(const Value& x, const Value& set);
/// The canonical enumerated form of a finite set (errors if not enumerable).
Value enumerate(const Value& set);
/// Calls f on each element of a finite set in TLC's enumeration order; stops if f returns false.
void for_each_element(const Value& set, FnRef<bool(const Value&)> f);
/// Number of elements of a finite set.
int64_t cardinality(const Value& set);
/// Applies a function (tuple, record, function) to one argument.
Value apply(const Value& f, const Value& arg);
/// Index of `key` in the function's domain, or -1.
std::ptrdiff_t fcn_find(const FcnObj* f, const Value& key);
/// DOMAIN f.
Value domain(const Value& f);
/// f[arg] if arg is in f's domain, else an undefined Value (TLC's select: the `@` of an
/// EXCEPT and which EXCEPT steps apply).
Value select(const Value& f, const Value& arg);
/// [f EXCEPT ![path[0]]...[path[n-1]] = v]: unchanged where a step is not in the domain
/// (TLC: FcnRcdValue.takeExcept); a lazy function records the EXCEPT (FcnLambdaValue).
/// A copy of function fo whose value at its idx-th domain element is v (one EXCEPT step).
Value fcn_with_value_at(const FcnObj* fo, size_t idx, Value v);
Value take_except(const Value& f, const Value* path, size_t n, const Value& v);
/// The enumerated form (a Fcn) of a function; errors if its domain cannot be enumerated.
Value materialize_fcn(const Value& f);
/// True for sets that cannot be enumerated (Nat, Int, STRING, Seq(S), and sets built
/// from them that stay infinite).
bool is_infinite(const Value& set);
/// 64-bit fingerprint (xxh3-based); equal values have equal fingerprints.
uint64_t fingerprint(const Value& v);
/// Folds the fingerprints of a state's variables (in slot order) into the state's.
uint64_t combine_fingerprints(const uint64_t* fps, size_t n);
/// The fingerprint of a state: its variables' fingerprints combined.
uint64_t state_fingerprint(const Value* state, size_t n);
/// A permutation of model values as a table from token to image (an undefined Value, or a
/// token past the end: unchanged).
using PermTable = std::vector<Value>;
/// The fingerprint of v with each model value m replaced by its image in perm: SYMMETRY
/// without building the permuted value.
uint64_t fingerprint_permuted(const Value& v, const PermTable& perm);

/// A group of permutations of model values, with an id that identifies the group's
/// contents (for the per-object caches).
struct PermGroup {
  std::vector<PermTable> tables;
  uint64_t id = 0;
};

/// out[g] = fingerprint_permuted(v, group.tables[g]) for every g, computed in one walk
/// and cached per object.
void fingerprints_permuted(const Value& v, const PermGroup& group, uint64_t* out);

// ---- printing ------------------------------------------------------------------------------
/// TLC's toString (ToString, error messages): fresh records in the order they were built.
std::string to_string(const Value& v);
/// As Print, PrintT and the error trace print (TLC's deepNormalize first): keys sorted.
/// Like TLC, it normalises the originals below a set (a SetEnumValue's deepCopy is itself).
std::string to_string_normalised(const Value& v);

}  // namespace cairn
