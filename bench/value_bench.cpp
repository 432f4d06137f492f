// Per-operator microbenchmarks for checker/value.cpp and stdlib/builtins.cpp (Google Benchmark).
// Run: build/bench/value_bench [--benchmark_filter=REGEX]
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/eval/eval.hpp"
#include "checker/value/value.hpp"
#include "checker/eval/natives/builtins.hpp"

namespace cairn {
namespace {

// The strings of the benchmarks (a model check has its Session's Interner).
Interner& strings() {
  static Interner s;
  return s;
}

Value int_set(int64_t from, int64_t step, int n) {
  std::vector<Value> v;
  for (int i = 0; i < n; ++i) v.push_back(Value::integer(from + step * i));
  return make_set(std::move(v));
}

// A 100-entry function on the non-consecutive domain {0, 3, 6, ...} (not a tuple).
Value fcn100() {
  std::vector<Value> d, r;
  for (int i = 0; i < 100; ++i) {
    d.push_back(Value::integer(3 * i));
    r.push_back(Value::integer(i));
  }
  return make_fcn(std::move(d), std::move(r));
}

Value record(int n, const std::string& prefix) {
  std::vector<std::pair<Value, Value>> f;
  for (int i = 0; i < n; ++i) f.emplace_back(strings().str(prefix + std::to_string(i)), Value::integer(i));
  return make_record(std::move(f));
}

// [f EXCEPT ![k] = v]: copy the entries and replace one.
Value except(const Value& f, const Value& k, const Value& v) {
  const FcnObj* fo = as_fcn(f);
  std::ptrdiff_t i = fcn_find(fo, k);
  std::vector<Value> d, r(fo->rng);
  if (fo->seq) {
    for (size_t j = 0; j < fo->size(); ++j) d.push_back(Value::integer(static_cast<int64_t>(j + 1)));
  } else {
    d = fo->dom;
  }
  if (i >= 0) r[static_cast<size_t>(i)] = v;
  return make_fcn(std::move(d), std::move(r));
}

void BM_SetUnion1000(benchmark::State& st) {
  // Half-overlapping sets: evens 0..1998 and multiples of 3 0..2997.
  Value a = int_set(0, 2, 1000), b = int_set(0, 3, 1000);
  const Builtin* cup = find_builtin("", "\\cup");
  Ctx c;
  Value args[2] = {a, b};
  for (auto _ : st) {
    Value u = cup->fn(args, c);
    benchmark::DoNotOptimize(u);
  }
  st.SetItemsProcessed(st.iterations() * 2000);
}
BENCHMARK(BM_SetUnion1000);

void BM_ApplyFcn100(benchmark::State& st) {
  Value f = fcn100();
  int64_t k = 0;
  for (auto _ : st) {
    Value r = apply(f, Value::integer(3 * (k++ % 100)));
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_ApplyFcn100);

void BM_ApplyTuple100(benchmark::State& st) {
  std::vector<Value> e;
  for (int i = 0; i < 100; ++i) e.push_back(Value::integer(i));
  Value t = make_tuple(std::move(e));
  int64_t k = 0;
  for (auto _ : st) {
    Value r = apply(t, Value::integer(1 + k++ % 100));
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_ApplyTuple100);

void BM_RecordFieldAccess(benchmark::State& st) {
  int n = static_cast<int>(st.range(0));
  Value r = record(n, "bench_field_");
  std::vector<Value> keys;
  for (int i = 0; i < n; ++i) keys.push_back(strings().str("bench_field_" + std::to_string(i)));
  size_t k = 0;
  for (auto _ : st) {
    Value v = apply(r, keys[k++ % keys.size()]);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_RecordFieldAccess)->Arg(3)->Arg(10);

void BM_ExceptFcn100(benchmark::State& st) {
  Value f = fcn100();
  int64_t k = 0;
  for (auto _ : st) {
    Value g = except(f, Value::integer(3 * (k++ % 100)), Value::integer(-1));
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_ExceptFcn100);

void BM_ExceptTuple100(benchmark::State& st) {
  std::vector<Value> e;
  for (int i = 0; i < 100; ++i) e.push_back(Value::integer(i));
  Value t = make_tuple(std::move(e));
  int64_t k = 0;
  for (auto _ : st) {
    Value g = except(t, Value::integer(1 + k++ % 100), Value::integer(-1));
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_ExceptTuple100);

// The same update without make_fcn: the domain is already sorted, so copying the FcnObj and
// replacing one value suffices (what an evaluator fast path for EXCEPT could do).
void BM_ExceptFcn100_DirectCopy(benchmark::State& st) {
  Value f = fcn100();
  int64_t k = 0;
  for (auto _ : st) {
    const FcnObj* fo = as_fcn(f);
    std::ptrdiff_t i = fcn_find(fo, Value::integer(3 * (k++ % 100)));
    auto* g = new FcnObj();
    g->seq = fo->seq;
    g->dom = fo->dom;
    g->rng = fo->rng;
    g->rng[static_cast<size_t>(i)] = Value::integer(-1);
    Value gv = Value::from_obj(g);
    benchmark::DoNotOptimize(gv);
  }
}
BENCHMARK(BM_ExceptFcn100_DirectCopy);

// Fingerprint of a freshly built set of 100 records (the cache is per object, so the value
// is rebuilt outside the timed region each iteration and the full hash is measured).
void BM_FingerprintSetOf100Records(benchmark::State& st) {
  std::vector<Value> recs;
  Value fa = strings().str("bench_a"), fb = strings().str("bench_b"), fc = strings().str("bench_c");
  for (int i = 0; i < 100; ++i)
    recs.push_back(make_record({{fa, Value::integer(i)},
                                {fb, strings().str("bench_s" + std::to_string(i % 7))},
                                {fc, make_tuple({Value::integer(i), Value::boolean(i % 2)})}}));
  for (auto _ : st) {
    st.PauseTiming();
    // Copy the elements into new record objects so no fingerprint is cached.
    std::vector<Value> fresh;
    fresh.reserve(recs.size());
    for (const Value& r : recs) {
      const FcnObj* f = as_fcn(r);
      fresh.push_back(make_fcn(f->dom, {f->rng[0], f->rng[1], make_tuple(as_fcn(f->rng[2])->rng)}));
    }
    Value s = make_set_sorted(std::move(fresh));
    st.ResumeTiming();
    benchmark::DoNotOptimize(fingerprint(s));
  }
}
BENCHMARK(BM_FingerprintSetOf100Records);

void BM_BuildSetOf100Records(benchmark::State& st) {
  Value fa = strings().str("bench_a"), fb = strings().str("bench_b");
  for (auto _ : st) {
    std::vector<Value> recs;
    for (int i = 99; i >= 0; --i)
      recs.push_back(make_record({{fa, Value::integer(i)}, {fb, strings().str("bench_s")}}));
    Value s = make_set(std::move(recs));
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_BuildSetOf100Records);

}  // namespace
}  // namespace cairn

BENCHMARK_MAIN();
