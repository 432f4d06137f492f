// The state codec (checker/value/codec.hpp): decode(encode(s)) equals s, with the same
// fingerprint and the same bytes again,
//  - over every distinct state a search reaches, for repository specs, golden tests with
//    lazy values in their states, TLC's regression suite models that TLC checks without
//    error, and a few corpus models (those run only where ../shared exists);
//  - for random values of every kind (rapidcheck), lazy ones included.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/eval/natives/builtins.hpp"
#include "checker/model/model.hpp"
#include "checker/driver/driver.hpp"
#include "checker/report/report.hpp"
#include "checker/search/explore.hpp"
#include "checker/value/codec.hpp"
#include "tests/checker/lazy_fixture.hpp"

#ifndef CAIRN_SOURCE_DIR
#error "CAIRN_SOURCE_DIR must be defined (tests/CMakeLists.txt)"
#endif

namespace cairn {
namespace {

namespace fs = std::filesystem;

struct SearchRun {
  int64_t checked = 0, failed = 0, distinct = 0;
  std::string result, first_failure;
};

/// Checks spec (cfg beside it unless given) with every distinct state round-tripped.
SearchRun round_trip_search(const std::string& root, const std::string& spec, const std::string& cfg,
                      std::vector<std::string> libs = {}) {
  struct Cwd {
    fs::path old = fs::current_path();
    ~Cwd() { fs::current_path(old); }
  } cwd;
  fs::current_path(root);  // some specs read files relative to where TLC ran
  ModelOptions mo;
  mo.spec_path = spec;
  mo.cfg_path = cfg;
  mo.libs = std::move(libs);
  std::unique_ptr<Model> m = load_model(mo);
  CodecVerifier v(StateCodec::for_model(*m));
  CheckOptions co;
  co.quiet = true;
  co.on_distinct = [&](const Value* s, size_t n) { v.check(s, n); };
  CheckResult r = check(*m, co);
  return {v.checked(), v.failed(), r.distinct, result_name(r.verdict), v.first_failure()};
}

void expect_round_trips(const SearchRun& r, const std::string& what) {
  EXPECT_EQ(r.failed, 0) << what << ": " << r.first_failure;
  if (r.result == "success") EXPECT_EQ(r.checked, r.distinct) << what;
}

TEST(CodecSearch, RepositoryModels) {
  const std::string root = CAIRN_SOURCE_DIR;
  const char* specs[] = {"specs/BankTransfer/BankTransfer.tla", "specs/NaiveCommit/NaiveCommit.tla",
                         "tests/golden/check/CodecLazyState.tla", "tests/golden/check/LazyFilterInvariant.tla",
                         "tests/golden/check/OperatorArguments.tla", "tests/golden/check/CounterInv.tla"};
  int64_t total = 0;
  for (const char* s : specs) {
    SearchRun r = round_trip_search(root, s, "");
    expect_round_trips(r, s);
    EXPECT_GT(r.checked, 0) << s;
    total += r.checked;
  }
  std::cout << "codec: " << total << " states of the repository models round-tripped\n";
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CodecSearch, TlcSuiteModels) {
  const std::string root = std::string(CAIRN_SOURCE_DIR) + "/../shared/tlc-suite";
  if (!fs::exists(root + "/expected.json")) GTEST_SKIP() << "no suite at " << root;
  int64_t total = 0, models = 0;
  for (const auto& row : nlohmann::json::parse(read_text(root + "/expected.json"))) {
    // Models TLC checks to the end without error, small enough for a unit test.
    if (row["tlc_exit_code"] != 0 || !row["distinct"].is_number() || row["distinct"].get<int64_t>() > 20000) continue;
    std::string name = row["name"];
    SearchRun r;
    try {
      r = round_trip_search(root, row["tla"], row["cfg"]);
    } catch (const Error& e) {
      ADD_FAILURE() << name << ": " << e.what();
      continue;
    }
    expect_round_trips(r, name);
    total += r.checked;
    ++models;
  }
  EXPECT_GT(models, 20);
  std::cout << "codec: " << total << " states of " << models << " suite models round-tripped\n";
}

TEST(CodecSearch, CorpusModels) {
  const std::string root = CAIRN_CORPUS_DIR;
  if (!fs::exists(root + "/models.json")) GTEST_SKIP() << "no corpus at " << root;
  // Lazy functions and sets in states (TestGraphs), records and sequences (the others).
  const char* cfgs[] = {"specifications/TLC/TestGraphs.cfg", "specifications/dijkstra-mutex/MCDijkstraMutex.cfg",
                        "specifications/ewd840/EWD840.cfg"};
  for (const auto& row : nlohmann::json::parse(read_text(root + "/models.json"))) {
    for (const char* c : cfgs) {
      if (row["path"] != c) continue;
      SearchRun r = round_trip_search(root, row["module"], row["path"], {root + "/library"});
      expect_round_trips(r, c);
      EXPECT_EQ(r.checked, row["distinct"].get<int64_t>()) << c;
    }
  }
}

// ---- random values -------------------------------------------------------------------------

Value call(const char* name, std::vector<Value> args) {
  Ctx c;
  return find_builtin("", name)->fn(args.data(), c);
}

Value twice(const Value* x, Ctx&) { return Value::integer(x[0].is_int() ? 2 * x[0].as_int() : 0); }
Value nonempty(const Value* x, Ctx&) { return Value::boolean(cardinality(x[0]) > 0); }

/// A scalar of one kind (0 boolean, 1 small integer, 2 any integer, 3 string, 4 model
/// value, 5 pair of small integers): the elements of a set must be comparable.
Value gen_scalar(int kind) {
  const char* strs[] = {"", "a", "b", "codec", "\xc3\xa9t\xc3\xa9", "with \"quotes\"\n"};
  switch (kind) {
    case 0: return Value::boolean(*rc::gen::arbitrary<bool>());
    case 1: return Value::integer(*rc::gen::inRange<int64_t>(-3, 4));
    case 2: return Value::integer(*rc::gen::arbitrary<int64_t>());
    case 3: return test::test_strings().str(strs[*rc::gen::inRange(0, 6)]);
    case 4: return test::test_strings().model(*rc::gen::element<std::string>("m1", "m2", "m3"));
    default: return make_tuple({gen_scalar(1), gen_scalar(1)});
  }
}

std::vector<Value> gen_scalars(int kind, int max) {
  std::vector<Value> v(static_cast<size_t>(*rc::gen::inRange(0, max + 1)));
  for (Value& x : v) x = gen_scalar(kind);
  return v;
}

Value gen_set(int kind) { return make_set(gen_scalars(kind, 3)); }
Value gen_set() { return gen_set(*rc::gen::inRange(0, 6)); }

/// A value of any kind a state can hold (finite: a state must be fingerprinted).
Value gen_value(int depth) {
  int pick = *rc::gen::inRange(0, depth > 0 ? 14 : 3);
  int kind = *rc::gen::inRange(0, 6);  // of both operands of \cup and UNION
  auto sub = [&](size_t k) {
    std::vector<Value> v(k);
    for (Value& x : v) x = gen_value(depth - 1);
    return v;
  };
  switch (pick) {
    case 0: return gen_scalar(*rc::gen::inRange(0, 6));
    case 1: return gen_set();
    case 2: {
      int64_t lo = *rc::gen::inRange<int64_t>(-2, 3);
      return make_interval(lo, lo + *rc::gen::inRange<int64_t>(-1, 4));
    }
    case 3: return make_tuple(sub(static_cast<size_t>(*rc::gen::inRange(0, 4))));
    case 4: {
      std::vector<std::pair<Value, Value>> fs;
      for (const char* f : {"x", "type", "zz"})
        if (*rc::gen::arbitrary<bool>()) fs.emplace_back(test::test_strings().str(f), gen_value(depth - 1));
      if (fs.empty()) fs.emplace_back(test::test_strings().str("only"), gen_value(depth - 1));
      return make_record(std::move(fs));
    }
    case 5: {
      std::vector<Value> dom = gen_scalars(*rc::gen::inRange(0, 6), 3);
      return make_fcn(dom, sub(dom.size()));  // duplicate keys collapse
    }
    case 6: return call("SUBSET", {gen_set()});
    case 7: return make_lazy_set(LazyKind::FcnSet, {gen_set(), gen_set()});
    case 8: return make_lazy_set(LazyKind::RcdSet, {gen_set(), gen_set()}, {test::test_strings().str("a"), test::test_strings().str("b")});
    case 9: return make_lazy_set(LazyKind::Product, {gen_set(), gen_set()});
    case 10: return make_lazy_set(LazyKind::Cup, {call("SUBSET", {gen_set(kind)}), call("SUBSET", {gen_set(kind)})});
    case 11: return make_lazy_set(LazyKind::Union, {make_set({gen_set(kind), gen_set(kind)})});
    case 12: {
      Value f = test::lazy_fcn_of(call("SUBSET", {make_set(gen_scalars(1, 3))}), twice);
      Value key = empty_set();  // in every SUBSET: an EXCEPT the lazy function records
      if (*rc::gen::arbitrary<bool>()) f = take_except(f, &key, 1, gen_value(depth - 1));
      return f;
    }
    default: return test::lazy_filter_of(call("SUBSET", {gen_set()}), nonempty);
  }
}

/// The lazy fixture's nodes are made on demand: the codec is built after the values.
StateCodec fixture_codec() {
  std::vector<const Node*> nodes = test::lazy_fixture_nodes();
  return StateCodec(std::move(nodes), test::test_strings());
}

RC_GTEST_PROP(CodecValues, RoundTrip, ()) {
  std::vector<Value> state;
  int n = *rc::gen::inRange(0, 4);
  for (int i = 0; i < n; ++i) state.push_back(gen_value(2));
  StateCodec codec = fixture_codec();
  std::string why;
  bool ok = codec_round_trips(codec, state.data(), state.size(), &why);
  RC_LOG() << why << "\n";
  RC_ASSERT(ok);
}

TEST(CodecValues, StringsByName) {
  Value s = test::test_strings().str("a-name-only-this-test-interns");
  StateCodec codec({}, test::test_strings());
  std::string bytes = codec.encode(&s, 1);
  EXPECT_NE(bytes.find("a-name-only-this-test-interns"), std::string::npos);
}

TEST(CodecValues, RejectsOtherModelsAndGarbage) {
  Value v = make_tuple({Value::integer(1), test::test_strings().str("x")});
  StateCodec a({}, test::test_strings()), b(test::lazy_fixture_nodes(), test::test_strings());
  std::string bytes = a.encode(&v, 1);
  if (a.model_hash() != b.model_hash()) EXPECT_THROW(b.decode(bytes), Error);
  EXPECT_THROW(a.decode(bytes.substr(0, bytes.size() - 1)), Error);
  EXPECT_THROW(a.decode("not a state"), Error);
  std::string bad = bytes;
  bad.back() = '\x7f';
  EXPECT_THROW(a.decode(bad + "\x01"), Error);
}

TEST(CodecValues, SharedLazyValueWrittenOnce) {
  Value f = test::lazy_fcn_of(call("SUBSET", {make_set({Value::integer(1)})}), twice);
  std::vector<Value> state = {f, f, make_tuple({f})};
  StateCodec codec = fixture_codec();
  std::string one = codec.encode(&f, 1);
  std::string three = codec.encode(state);
  EXPECT_LT(three.size(), one.size() + 16);
  std::vector<Value> back = codec.decode(three);
  EXPECT_EQ(back[0].obj(), back[1].obj());  // still one object
  EXPECT_TRUE(codec_round_trips(codec, state.data(), state.size(), nullptr));
}

}  // namespace
}  // namespace cairn
