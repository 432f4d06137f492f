// Native implementations of the language's set/function operators and of the standard
// modules Naturals, Integers, Sequences, FiniteSets and TLC, with TLC's semantics and
// error messages (tlc2.module.*).
#include "checker/eval/natives/builtins.hpp"
#include "checker/value/pretty.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <atomic>
#include <mutex>
#include <unordered_map>


namespace cairn {

namespace {

// TLC's integers are Java ints: a result outside -2^31..2^31-1 is an overflow error
// (tlc2.module.Naturals.Plus/Minus/Times/Expt), never a wider value.
[[noreturn]] void overflow(const std::string& what) {
  throw module_error("Overflow when computing " + what, tlc_ec::module_overflow);
}

bool fits_int32(int64_t r) { return r >= INT32_MIN && r <= INT32_MAX; }

}  // namespace

int64_t checked_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r) || !fits_int32(r)) overflow(std::to_string(a) + "+" + std::to_string(b));
  return r;
}
int64_t checked_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r) || !fits_int32(r)) overflow(std::to_string(a) + "-" + std::to_string(b));
  return r;
}
int64_t checked_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r) || !fits_int32(r)) overflow(std::to_string(a) + "*" + std::to_string(b));
  return r;
}

namespace {

std::string int_arg_message(const Value& v, const char* op, int pos) {
  return std::string("The ") + (pos == 1 ? "first" : "second") + " argument of " + op +
         " should be an integer, but instead it is:\n" + to_string(v);
}

// An argument of an operator whose Java method takes IntValues (Naturals.Plus, Mod, ...):
// TLC fails calling it (a TLCRuntimeException, exit 75 in Next).
int64_t int_arg(const Value& v, const char* op, int pos) {
  if (!v.is_int()) throw eval_error(int_arg_message(v, op, pos));
  return v.as_int();
}

// An argument the Java method checks itself (Naturals.LessThan, Sequences.SubSeq).
int64_t checked_int_arg(const Value& v, const char* op, int pos) {
  if (!v.is_int()) throw module_error(int_arg_message(v, op, pos), tlc_ec::module_argument_error_an);
  return v.as_int();
}

const FcnObj* seq_arg(const Value& v, const char* op, Value& holder) {
  if (v.kind() == VK::Fcn && as_fcn(v)->seq) return as_fcn(v);
  if (v.kind() == VK::Fcn && as_fcn(v)->size() == 0) return as_fcn(v);
  if (v.kind() == VK::FcnLazy) {
    Value d = domain(v);
    if (d.kind() == VK::Interval && as_interval(d)->lo == 1) {
      std::vector<Value> elems;
      for (int64_t i = 1; i <= as_interval(d)->hi; ++i) elems.push_back(apply(v, Value::integer(i)));
      holder = make_tuple(std::move(elems));
      return as_fcn(holder);
    }
  }
  throw module_error(std::string("The argument of ") + op + " should be a sequence, but instead it is:\n" + to_string(v), tlc_ec::module_one_argument_error);
}

// ---- the language ---------------------------------------------------------------------------

Value b_eq(const Value* a, Ctx&) { return Value::boolean(equals(a[0], a[1])); }
Value b_neq(const Value* a, Ctx&) { return Value::boolean(!equals(a[0], a[1])); }
Value b_in(const Value* a, Ctx&) { return Value::boolean(member(a[0], a[1])); }
Value b_notin(const Value* a, Ctx&) { return Value::boolean(!member(a[0], a[1])); }

// TLC's Reducible sets (SetEnumValue, IntervalValue) combine with \cup, \cap and \ at
// once; any other pair stays a lazy SetCupValue / SetCapValue / SetDiffValue, whose
// membership asks the operands (Tool.evalAppl OPCODE_cup/cap/setdiff).
bool reducible(const Value& s) { return s.kind() == VK::Set || s.kind() == VK::Interval; }

bool is_empty_reducible(const Value& s) {
  return (s.kind() == VK::Set && as_set(s)->elems.empty()) ||
         (s.kind() == VK::Interval && as_interval(s)->hi < as_interval(s)->lo);
}

Value merge_sets(const Value& a, const Value& b) {
  Value x = enumerate(a), y = enumerate(b);
  const auto &ex = as_set(x)->elems, &ey = as_set(y)->elems;
  if (ex.empty()) return b;  // SetEnumValue.cup/IntervalValue.cup: the argument itself
  if (ey.empty()) return x;
  std::vector<Value> out;
  out.reserve(ex.size() + ey.size());
  size_t i = 0, j = 0;
  while (i < ex.size() && j < ey.size()) {
    int c = compare(ex[i], ey[j]);
    if (c < 0) out.push_back(ex[i++]);
    else if (c > 0) out.push_back(ey[j++]);
    else { out.push_back(ex[i++]); ++j; }
  }
  while (i < ex.size()) out.push_back(ex[i++]);
  while (j < ey.size()) out.push_back(ey[j++]);
  return make_set_sorted(std::move(out));
}

/// The elements of `from` that are (keep = true) or are not in `other`.
Value filter_members(const Value& from, const Value& other, bool keep) {
  std::vector<Value> out;
  for_each_element(from, [&](const Value& e) {
    if (member(e, other) == keep) out.push_back(e);
    return true;
  });
  return make_set_sorted(std::move(out));
}

/// The operands of \cup, \cap, \ must be sets (TLC would fail later, on first use).
void set_operands(const Value* a, const char* op) {
  for (int i = 0; i < 2; ++i)
    if (!a[i].is_setlike())
      throw eval_error(std::string("Attempted to compute ") + op + " of the non-set " + to_string(a[i]));
}

Value b_cup(const Value* a, Ctx&) {
  // SetEnumValue.cup: {} \cup T is T itself, whatever T is (TLC does not look at it);
  // with a non-Reducible T, a lazy union.
  // (Tool's OPCODE_cup asks the left operand first: 1..2 \cup {} is the enumerated {1, 2}.)
  if (is_empty_reducible(a[0])) return a[1];
  if (!reducible(a[0]) && is_empty_reducible(a[1])) return a[0];
  set_operands(a, "\\cup");
  if (reducible(a[0]) && reducible(a[1])) return merge_sets(a[0], a[1]);
  if (reducible(a[0])) return make_lazy_set(LazyKind::Cup, {a[0], a[1]});
  if (reducible(a[1])) return make_lazy_set(LazyKind::Cup, {a[1], a[0]});
  return make_lazy_set(LazyKind::Cup, {a[0], a[1]});
}

Value b_cap(const Value* a, Ctx&) {
  set_operands(a, "\\cap");
  if (reducible(a[0])) return filter_members(a[0], a[1], true);
  if (reducible(a[1])) return filter_members(a[1], a[0], true);
  return make_lazy_set(LazyKind::Cap, {a[0], a[1]});
}

Value b_setminus(const Value* a, Ctx&) {
  set_operands(a, "\\");
  if (reducible(a[0])) return filter_members(a[0], a[1], false);
  return make_lazy_set(LazyKind::Diff, {a[0], a[1]});
}

Value b_subseteq(const Value* a, Ctx&) {
  if (is_infinite(a[0])) throw eval_error("Attempted to check whether the infinite set " + to_string(a[0]) + " is a subset");
  bool all = true;
  for_each_element(a[0], [&](const Value& e) { all = member(e, a[1]); return all; });
  return Value::boolean(all);
}

Value b_subset(const Value* a, Ctx&) {
  // TLC's SubsetValue does not look at its base until it is used: `<<>> \in Seq(SUBSET TRUE)`
  // is TRUE there, and `{1} \in SUBSET TRUE` an error (checking 1 \in TRUE).
  return make_lazy_set(LazyKind::Subset, {a[0]});
}

Value b_union(const Value* a, Ctx&) {
  if (!a[0].is_setlike()) throw eval_error("Attempted to compute UNION of the non-set " + to_string(a[0]));
  // UnionValue.union: combined at once only for an enumerated set of enumerated sets.
  bool combine = a[0].kind() == VK::Set;
  if (combine)
    for (const Value& s : as_set(a[0])->elems) {
      if (!s.is_setlike()) throw eval_error("Attempted to compute UNION of a set containing the non-set " + to_string(s));
      combine = combine && s.kind() == VK::Set;
    }
  if (!combine) return make_lazy_set(LazyKind::Union, {a[0]});
  std::vector<Value> all;
  for_each_element(a[0], [&](const Value& s) {
    if (!s.is_setlike()) throw eval_error("Attempted to compute UNION of a set containing the non-set " + to_string(s));
    for_each_element(s, [&](const Value& e) { all.push_back(e); return true; });
    return true;
  });
  return make_set(std::move(all));
}

Value b_domain(const Value* a, Ctx&) { return domain(a[0]); }

// ---- Naturals / Integers ------------------------------------------------------------------

Value n_plus(const Value* a, Ctx&) { return Value::integer(checked_add(int_arg(a[0], "+", 1), int_arg(a[1], "+", 2))); }
Value n_minus(const Value* a, Ctx&) { return Value::integer(checked_sub(int_arg(a[0], "-", 1), int_arg(a[1], "-", 2))); }
Value n_times(const Value* a, Ctx&) { return Value::integer(checked_mul(int_arg(a[0], "*", 1), int_arg(a[1], "*", 2))); }
Value n_lt(const Value* a, Ctx&) { return Value::boolean(checked_int_arg(a[0], "<", 1) < checked_int_arg(a[1], "<", 2)); }
Value n_gt(const Value* a, Ctx&) { return Value::boolean(checked_int_arg(a[0], ">", 1) > checked_int_arg(a[1], ">", 2)); }
Value n_le(const Value* a, Ctx&) { return Value::boolean(checked_int_arg(a[0], "<=", 1) <= checked_int_arg(a[1], "<=", 2)); }
Value n_ge(const Value* a, Ctx&) { return Value::boolean(checked_int_arg(a[0], ">=", 1) >= checked_int_arg(a[1], ">=", 2)); }
Value n_range(const Value* a, Ctx&) { return make_interval(int_arg(a[0], "..", 1), int_arg(a[1], "..", 2)); }
Value n_nat(const Value*, Ctx&) { return make_lazy_set(LazyKind::Nat, {}); }
Value n_int(const Value*, Ctx&) { return make_lazy_set(LazyKind::Int, {}); }
Value n_neg(const Value* a, Ctx&) {
  int64_t x = int_arg(a[0], "-", 1);
  if (x == INT64_MIN || !fits_int32(-x)) overflow("-" + std::to_string(x));  // TLC: "--2147483648"
  return Value::integer(-x);
}

Value n_mod(const Value* a, Ctx&) {
  int64_t x = int_arg(a[0], "%", 1), y = int_arg(a[1], "%", 2);
  if (y <= 0) throw module_error("The second argument of % should be a positive number, but instead it is:\n" + std::to_string(y), tlc_ec::module_argument_error);
  int64_t r = x % y;
  if (r < 0) r += y;
  return Value::integer(r);
}

/// x \div y truncated toward zero, after TLC's checks.
int64_t truncated_div(const Value* a) {
  int64_t x = int_arg(a[0], "\\div", 1), y = int_arg(a[1], "\\div", 2);
  if (y == 0) throw module_error("The second argument of \\div is 0.", tlc_ec::module_division_by_zero);
  if ((x == INT64_MIN && y == -1) || !fits_int32(x / y)) overflow(std::to_string(x) + " \\div " + std::to_string(y));
  return x / y;
}

// TLC's Naturals.Divide: corrects only a negative quotient.
Value n_div_nat(const Value* a, Ctx&) {
  int64_t q = truncated_div(a);
  if (q < 0 && a[0].as_int() % a[1].as_int() != 0) --q;
  return Value::integer(q);
}

// TLC's Integers.Divide: floor division.
Value n_div_int(const Value* a, Ctx&) {
  int64_t q = truncated_div(a), x = a[0].as_int(), y = a[1].as_int();
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return Value::integer(q);
}

Value n_pow(const Value* a, Ctx&) {
  int64_t x = int_arg(a[0], "^", 1), y = int_arg(a[1], "^", 2);
  if (y < 0) throw module_error("The second argument of ^ should be a natural number, but instead it is:\n" + std::to_string(y), tlc_ec::module_argument_error);
  if (x == 0 && y == 0) throw module_error("0^0 is undefined.", tlc_ec::module_null_power_null);
  // Fix (value tests): the loop used to stop as soon as r was 0 or 1, so (-1)^3 gave 1.
  // Bases 0, 1, -1 are handled in closed form; any other base overflows within 32 steps.
  if (x == 0 || x == 1) return Value::integer(x);
  if (x == -1) return Value::integer(y % 2 ? -1 : 1);
  int64_t r = 1;
  for (int64_t i = 0; i < y; ++i) {
    if (__builtin_mul_overflow(r, x, &r) || !fits_int32(r)) overflow(std::to_string(x) + "^" + std::to_string(y));
  }
  return Value::integer(r);
}

// ---- Sequences ----------------------------------------------------------------------------

Value s_seq(const Value* a, Ctx&) { return make_lazy_set(LazyKind::SeqSet, {a[0]}); }

Value s_len(const Value* a, Ctx&) {
  if (a[0].is_str()) return Value::integer(static_cast<int64_t>(a[0].text().size()));
  Value h;
  return Value::integer(static_cast<int64_t>(seq_arg(a[0], "Len", h)->size()));
}

Value s_concat(const Value* a, Ctx& c) {
  if (a[0].is_str() && a[1].is_str()) return strings(c).str(a[0].text() + a[1].text());
  Value h1, h2;
  const FcnObj* x = seq_arg(a[0], "\\o", h1);
  const FcnObj* y = seq_arg(a[1], "\\o", h2);
  std::vector<Value> out(x->rng);
  out.insert(out.end(), y->rng.begin(), y->rng.end());
  return make_tuple(std::move(out));
}

Value s_append(const Value* a, Ctx&) {
  Value h;
  const FcnObj* x = seq_arg(a[0], "Append", h);
  std::vector<Value> out(x->rng);
  out.push_back(a[1]);
  return make_tuple(std::move(out));
}

Value s_head(const Value* a, Ctx&) {
  Value h;
  const FcnObj* x = seq_arg(a[0], "Head", h);
  if (x->size() == 0) throw module_error("Attempted to apply Head to the empty sequence.", tlc_ec::module_apply_empty_seq);
  return x->rng[0];
}

Value s_tail(const Value* a, Ctx& c) {
  if (a[0].is_str()) {
    const std::string& s = a[0].text();
    if (s.empty()) throw module_error("Attempted to apply Tail to the empty string.", tlc_ec::none);
    return strings(c).str(s.substr(1));
  }
  Value h;
  const FcnObj* x = seq_arg(a[0], "Tail", h);
  if (x->size() == 0) throw module_error("Attempted to apply Tail to the empty sequence.", tlc_ec::module_apply_empty_seq);
  return make_tuple(std::vector<Value>(x->rng.begin() + 1, x->rng.end()));
}

Value s_subseq(const Value* a, Ctx& c) {
  int64_t m = checked_int_arg(a[1], "SubSeq", 2), n = checked_int_arg(a[2], "SubSeq", 2);
  if (a[0].is_str()) {
    const std::string& s = a[0].text();
    if (m > n) return strings(c).str("");
    if (m < 1 || n > static_cast<int64_t>(s.size()))
      throw module_error("The second and third arguments of SubSeq are out of range", tlc_ec::none);
    return strings(c).str(s.substr(static_cast<size_t>(m - 1), static_cast<size_t>(n - m + 1)));
  }
  Value h;
  const FcnObj* x = seq_arg(a[0], "SubSeq", h);
  if (m > n) return make_tuple({});
  if (m < 1 || n > static_cast<int64_t>(x->size()))
    throw module_error("The second argument of SubSeq must be in the domain of its first argument:\n" + to_string(a[0]) + "\nbut instead it is\n" + std::to_string(m < 1 ? m : n), tlc_ec::module_argument_not_in_domain);
  return make_tuple(std::vector<Value>(x->rng.begin() + (m - 1), x->rng.begin() + n));
}

Value s_selectseq(const Value* a, Ctx& c) {
  Value h;
  const FcnObj* x = seq_arg(a[0], "SelectSeq", h);
  std::vector<Value> out;
  for (const Value& e : x->rng) {
    Value r = apply_closure(a[1], {e}, c);
    if (!r.is_bool()) throw module_error("The test of SelectSeq must be a boolean, but is " + to_string(r), tlc_ec::none);
    if (r.as_bool()) out.push_back(e);
  }
  return make_tuple(std::move(out));
}

// ---- FiniteSets ---------------------------------------------------------------------------

Value f_card(const Value* a, Ctx&) {
  if (!a[0].is_setlike()) throw module_error("Attempted to compute the cardinality of the non-set " + to_string(a[0]), tlc_ec::none);
  return Value::integer(cardinality(a[0]));
}

Value f_isfinite(const Value* a, Ctx&) {
  // FiniteSets.IsFiniteSet asks the value itself: a non-set fails (a TLCRuntimeException).
  if (!a[0].is_setlike())
    throw eval_error("Attempted to apply the operator overridden by the Java method IsFiniteSet,\n"
                     "but it produced the following error:\nThe value " + to_string(a[0]) + " is not a set");
  if (a[0].kind() == VK::LazySet) {
    LazyKind k = as_lazy(a[0])->lk;
    if (k == LazyKind::Nat || k == LazyKind::Int || k == LazyKind::String || k == LazyKind::Real || k == LazyKind::SeqSet ||
        k == LazyKind::Any)
      return Value::boolean(false);
  }
  return Value::boolean(true);
}

// ---- TLC ----------------------------------------------------------------------------------

Value t_print(const Value* a, Ctx& c) {
  std::lock_guard lk(worker_of(c).run->print_mu);
  std::cout << tlc_pretty(to_string_normalised(a[0])) << "  " << tlc_pretty(to_string_normalised(a[1])) << std::endl;
  return a[1];
}

Value t_printt(const Value* a, Ctx& c) {
  std::lock_guard lk(worker_of(c).run->print_mu);
  std::cout << tlc_pretty(to_string_normalised(a[0])) << std::endl;
  return Value::boolean(true);
}

Value t_assert(const Value* a, Ctx&) {
  if (a[0].is_bool() && a[0].as_bool()) return a[0];
  std::string msg = tlc_pretty(a[1].is_str() ? "\"" + a[1].text() + "\"" : to_string(a[1]));
  throw Error(Loc{}, "The first argument of Assert evaluated to FALSE; the second argument was:\n" + msg,
              exit_code::assert_failed);
}

Value t_javatime(const Value*, Ctx&) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return Value::integer(std::chrono::duration_cast<std::chrono::seconds>(now).count() & 0x7FFFFFFF);
}

// TLCGet("config") as tlc2.tool.AbstractChecker.createConfig builds it in BFS mode, from
// the run's settings (fingerprint and install are TLC's own: cairn has neither).
Value tlcget_config_record(const RunSettings& cfg, Interner& S) {
  // Simulation: tlc2.tool.Simulator.createConfig (aril 0, the random scheduler).
  if (cfg.simulate)
    return make_record({
        {S.str("mode"), S.str("simulate")},
        {S.str("depth"), Value::integer(cfg.depth)},
        {S.str("traces"), Value::integer(cfg.traces)},  // behaviours in all (TLC: per worker times workers)
        {S.str("deadlock"), Value::boolean(cfg.deadlock)},
        {S.str("seed"), S.str(std::to_string(cfg.seed))},
        {S.str("aril"), S.str("0")},
        {S.str("worker"), Value::integer(cfg.workers)},
        {S.str("install"), S.str("")},
        {S.str("sched"), S.str("random")},
    });
  return make_record({
      {S.str("mode"), S.str("bfs")},
      {S.str("deadlock"), Value::boolean(cfg.deadlock)},
      {S.str("worker"), Value::integer(cfg.workers)},
      {S.str("seed"), S.str(std::to_string(cfg.seed))},
      {S.str("fingerprint"), S.str("0")},
      {S.str("install"), S.str("")},
  });
}

[[noreturn]] void tlcget_undefined(const std::string& key) {
  throw eval_error("TLCGet(" + key + ") was undefined.");
}

// TLC's integer registers (tlc2.module.TLCGetSet): each worker has its own, and a TLCSet
// outside the workers (in an ASSUME or while computing the initial states, which TLC does
// in its main thread) sets the register of every worker (setAllValues).

/// Whether an evaluation runs outside TLC's workers: an ASSUME (no state) or Init.
bool outside_workers(const Ctx& c) { return c.init_mode || (!c.cur && !c.next); }

}  // namespace

bool tlc_register(Ctx& c, int64_t i, Value& out) {
  Worker& w = worker_of(c);
  return w.run->read_register(w, i, out);
}

Worker& worker_of(const Ctx& c) {
  if (!c.worker) throw Error(Loc{}, "internal error: an evaluation without a worker context", exit_code::other);
  return *c.worker;
}

Interner& strings(const Ctx& c) { return worker_of(c).run->strings; }

namespace {

/// TLCGet("generated"), ("distinct"), ("queue"), ("diameter"), ("duration"), ("stats")
/// (AbstractChecker.getStatistics); false for another key.
bool tlcget_statistic(const std::string& key, const Ctx& c, Value& out) {
  static const char* const keys[] = {"generated", "distinct", "queue", "diameter", "duration", "stats"};
  if (std::find_if(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; }) == std::end(keys))
    return false;
  const auto& stats = worker_of(c).run->stats;
  if (!stats) tlcget_undefined(key);
  TlcStats st = stats();
  if (key == "generated") out = Value::integer(st.generated);
  else if (key == "distinct") out = Value::integer(st.distinct);
  else if (key == "queue") out = Value::integer(st.queue);
  else if (key == "diameter") out = Value::integer(st.diameter);
  else if (key == "duration") out = Value::integer(st.seconds);
  else
    out = make_record({
        {strings(c).str("queue"), Value::integer(st.queue)},
        {strings(c).str("distinct"), Value::integer(st.distinct)},
        {strings(c).str("generated"), Value::integer(st.generated)},
        {strings(c).str("diameter"), Value::integer(st.diameter)},
        {strings(c).str("duration"), Value::integer(st.seconds)},
    });
  return true;
}

Value t_tlcget(const Value* a, Ctx& c) {
  if (a[0].is_int()) {
    if (a[0].as_int() >= 0) {
      Value v;
      if (!tlc_register(c, a[0].as_int(), v)) tlcget_undefined(std::to_string(a[0].as_int()));
      return v;
    }
  } else if (a[0].is_str()) {
    const std::string& key = a[0].text();
    if (key == "level") return Value::integer(c.level);
    if (key == "config") return tlcget_config_record(worker_of(c).run->settings(), strings(c));
    if (Value st; tlcget_statistic(key, c, st)) return st;
    // cairn implements action composition (\cdot), which TLC enables with this property.
    if (key == "-Dtlc2.tool.impl.Tool.cdot") return strings(c).str("true");
    if (key.rfind("-D", 0) == 0) return strings(c).str(key);  // an unset Java system property
    tlcget_undefined(key);
  }
  throw eval_error("The argument of TLCGet should be a nonnegative integer, but instead it is:\n" + to_string(a[0]));
}

Value t_tlcset(const Value* a, Ctx& c) {
  if (a[0].is_int() && a[0].as_int() >= 0) {
    Worker& w = worker_of(c);
    w.run->write_register(w, a[0].as_int(), a[1], outside_workers(c));
    return Value::boolean(true);
  }
  if (a[0].is_str()) {
    // TLCGetSet.TLCSet knows "exit", "pause", named registers "s:..." and "-D..." only.
    const std::string& key = a[0].text();
    if (key == "exit" && a[1].is_bool() && a[1].as_bool()) {
      Worker& w = worker_of(c);
      w.exit_requested = true;
      w.run->exit_requested.store(true);
      return Value::boolean(true);
    }
    if (key == "exit" || key == "pause" || key.rfind("s:", 0) == 0 || key.rfind("-D", 0) == 0)
      return Value::boolean(true);  // no effect here
  }
  throw module_error("The first argument of TLCSet should be a nonnegative integer, but instead it is:\n" +
                     to_string(a[0]), tlc_ec::module_argument_error);
}

Value t_colongt(const Value* a, Ctx&) { return make_fcn({a[0]}, {a[1]}); }

// TLC's CombineFcn: f's keys in their current order, then g's keys that f lacks; the
// result keeps that order until normalised (a record argument is normalised by toFcnRcd).
Value t_atat(const Value* a, Ctx&) {
  std::vector<Value> dom, rng;
  auto add = [&](const Value& fv, const char* which) {
    if (!fv.is_fcnlike())
      throw module_error(std::string("The ") + which + " argument of @@ should be a function, but instead it is:\n" + to_string(fv), tlc_ec::module_argument_error);
    Value f = materialize_fcn(fv);
    const FcnObj* fo = as_fcn(f);
    if (fo->rcd) fo->normalise();
    size_t len1 = dom.size();
    for (size_t j = 0; j < fo->size(); ++j) {
      size_t i = fo->current(j);
      Value k = fo->seq ? Value::integer(static_cast<int64_t>(i + 1)) : fo->dom[i];
      bool found = false;
      for (size_t e = 0; e < len1 && !found; ++e) found = equals(k, dom[e]);  // f wins on common keys
      if (found) continue;
      dom.push_back(std::move(k));
      rng.push_back(fo->rng[i]);
    }
  };
  add(a[0], "first");
  add(a[1], "second");
  return make_fcn(std::move(dom), std::move(rng));
}

Value t_permutations(const Value* a, Ctx&) {
  if (!a[0].is_setlike() || is_infinite(a[0]))
    throw module_error("Applying Permutations to the following value,\nwhich is not a finite set:\n" + to_string(a[0]), tlc_ec::module_applying_to_wrong_value);
  Value s = enumerate(a[0]);
  std::vector<Value> el = as_set(s)->elems;
  std::vector<size_t> idx(el.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::vector<Value> out;
  do {
    std::vector<Value> rng;
    for (size_t i : idx) rng.push_back(el[i]);
    out.push_back(make_fcn(el, rng));
  } while (std::next_permutation(idx.begin(), idx.end()));
  return make_set(std::move(out));
}

Value t_sortseq(const Value* a, Ctx& c) {
  Value h;
  const FcnObj* x = seq_arg(a[0], "SortSeq", h);
  std::vector<Value> v(x->rng);
  // TLC's insertion sort: move an element left while Op(elem, left) holds.
  for (size_t i = 1; i < v.size(); ++i) {
    size_t j = i;
    while (j > 0) {
      Value r = apply_closure(a[1], {v[j], v[j - 1]}, c);
      if (!r.is_bool()) throw module_error("The second argument of SortSeq should be a operator, but instead it is:\n" + to_string(r), tlc_ec::module_argument_error);
      if (!r.as_bool()) break;
      std::swap(v[j], v[j - 1]);
      --j;
    }
  }
  return make_tuple(std::move(v));
}

Value t_random(const Value* a, Ctx& c) {
  Value s = enumerate(a[0]);
  const auto& el = as_set(s)->elems;
  if (el.empty()) throw eval_error("Attempted to compute RandomElement of the empty set");
  return el[worker_of(c).rng.below(el.size())];
}

Value t_any(const Value*, Ctx&) { return make_lazy_set(LazyKind::Any, {}); }

Value t_tostring(const Value* a, Ctx& c) { return strings(c).str(to_string(a[0])); }
Value t_eval(const Value* a, Ctx&) { return a[0]; }

const Builtin kBuiltins[] = {
    {"", "=", 2, b_eq},
    {"", "/=", 2, b_neq},
    {"", "\\in", 2, b_in},
    {"", "\\notin", 2, b_notin},
    {"", "\\cup", 2, b_cup},
    {"", "\\cap", 2, b_cap},
    {"", "\\", 2, b_setminus},
    {"", "\\subseteq", 2, b_subseteq},
    {"", "SUBSET", 1, b_subset},
    {"", "UNION", 1, b_union},
    {"", "DOMAIN", 1, b_domain},
    {"Naturals", "Nat", 0, n_nat},
    {"Naturals", "+", 2, n_plus},
    {"Naturals", "-", 2, n_minus},
    {"Naturals", "*", 2, n_times},
    {"Naturals", "^", 2, n_pow},
    {"Naturals", "<", 2, n_lt},
    {"Naturals", ">", 2, n_gt},
    {"Naturals", "<=", 2, n_le},
    {"Naturals", ">=", 2, n_ge},
    {"Naturals", "%", 2, n_mod},
    {"Naturals", "\\div", 2, n_div_nat},
    {"Naturals", "..", 2, n_range},
    {"Integers", "Int", 0, n_int},
    {"Integers", "-.", 1, n_neg},
    {"Sequences", "Seq", 1, s_seq},
    {"Sequences", "Len", 1, s_len},
    {"Sequences", "\\o", 2, s_concat},
    {"Sequences", "Append", 2, s_append},
    {"Sequences", "Head", 1, s_head},
    {"Sequences", "Tail", 1, s_tail},
    {"Sequences", "SubSeq", 3, s_subseq},
    {"Sequences", "SelectSeq", 2, s_selectseq},
    {"FiniteSets", "Cardinality", 1, f_card},
    {"FiniteSets", "IsFiniteSet", 1, f_isfinite},
    {"TLC", "Print", 2, t_print},
    {"TLC", "PrintT", 1, t_printt},
    {"TLC", "Assert", 2, t_assert},
    {"TLC", "JavaTime", 0, t_javatime},
    // TLCGet reads the run (level, registers, statistics): never a constant to cache
    // (TLC's @Evaluation(minLevel = 1)).
    {"TLC", "TLCGet", 1, t_tlcget, Level::State},
    {"TLC", "TLCSet", 2, t_tlcset},
    {"TLC", ":>", 2, t_colongt},
    {"TLC", "@@", 2, t_atat},
    {"TLC", "Permutations", 1, t_permutations},
    {"TLC", "SortSeq", 2, t_sortseq},
    {"TLC", "RandomElement", 1, t_random},
    {"TLC", "Any", 0, t_any},
    {"TLC", "ToString", 1, t_tostring},
    {"TLC", "TLCEval", 1, t_eval},
};

}  // namespace

const Builtin* integer_division(bool integers_loaded) {
  static const Builtin kIntegersDiv{"Integers", "\\div", 2, n_div_int};
  return integers_loaded ? &kIntegersDiv : find_builtin("Naturals", "\\div");
}

const Builtin* find_builtin(std::string_view module, std::string_view name) {
  for (const Builtin& b : kBuiltins)
    if (module == b.module && name == b.name) return &b;
  return find_extra_builtin(module, name);
}

BuiltinOp builtin_op(const Builtin* b) {
  if (!b) return BuiltinOp::Other;
  if (b->fn == b_eq) return BuiltinOp::Eq;
  if (b->fn == b_neq) return BuiltinOp::Neq;
  if (b->fn == b_in) return BuiltinOp::In;
  if (b->fn == b_notin) return BuiltinOp::NotIn;
  if (b->fn == b_subseteq) return BuiltinOp::Subseteq;
  return BuiltinOp::Other;
}

}  // namespace cairn
