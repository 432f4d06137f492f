#include "checker/report/tlc_json.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "checker/report/report.hpp"
#include "checker/report/tlc_order.hpp"

namespace cairn {

using ojson = nlohmann::ordered_json;

namespace {

/// A value as tlc2.module.Json.getNode converts it: sets and sequences as arrays,
/// records and other functions as objects (keys: a string's text, else TLC's toString),
/// model values as their names.
ojson tlc_json_value(const Value& v) {
  switch (v.kind()) {
    case VK::Bool: return v.as_bool();
    case VK::Int: return v.as_int();
    case VK::Str:
    case VK::Model: return v.text();
    case VK::Set:
    case VK::Interval:
    case VK::LazySet: {
      ojson a = ojson::array();
      for (const Value& e : as_set(enumerate(v))->elems) a.push_back(tlc_json_value(e));
      return a;
    }
    case VK::Fcn:
    case VK::FcnLazy: {
      if (is_tuple(v) || (v.kind() == VK::Fcn && as_fcn(v)->size() == 0)) {
        ojson a = ojson::array();
        for (const Value& e : as_fcn(v)->rng) a.push_back(tlc_json_value(e));
        return a;
      }
      ojson o = ojson::object();
      for_each_element(domain(v), [&](const Value& k) {
        o[k.is_str() ? k.text() : to_string(k)] = tlc_json_value(apply(v, k));
        return true;
      });
      return o;
    }
    default: return to_string(v);
  }
}

// The variables in TLC's order (its JSON writer walks the state's variables).
ojson state_json(const Model& m, int number, const std::vector<Value>& s, const std::vector<size_t>& order) {
  ojson rec = ojson::object();
  for (size_t i : order)
    if (i < s.size()) rec[m.spec->var_names[i]] = tlc_json_value(s[i]);
  return ojson::array({number, rec});
}

/// RecordValue(Action): its name (without the parameters cairn appends) and location.
ojson action_json(const TraceStep& s) {
  std::string module =
      s.loc.file ? std::filesystem::path(s.loc.file->path).stem().string() : "";
  ojson loc = {{"beginLine", s.loc.line}, {"beginColumn", s.loc.col}, {"endLine", s.loc.end_line},
               {"endColumn", s.loc.end_col}, {"module", module}};
  return ojson{{"name", s.action.substr(0, s.action.find('('))}, {"location", loc}};
}

}  // namespace

std::string trace_tlc_json(const Model& m, const CheckResult& r) {
  const auto& t = r.trace;
  // A lasso back to an earlier state repeats it last: that step is the closing edge.
  bool back = r.loop_back >= 0 && static_cast<size_t>(r.loop_back) + 1 < t.size();
  size_t n = back ? t.size() - 1 : t.size();
  ojson states = ojson::array(), actions = ojson::array();
  const std::vector<size_t> order = tlc_variable_order(m);
  for (size_t i = 0; i < n; ++i) {
    states.push_back(state_json(m, static_cast<int>(i) + 1, t[i].state, order));
    if (i > 0) actions.push_back(ojson::array({states[i - 1], action_json(t[i]), states[i]}));
  }
  if (back) actions.push_back(ojson::array({states[n - 1], action_json(t.back()), states[static_cast<size_t>(r.loop_back)]}));
  ojson j;
  j["counterexample"] = ojson{{"action", actions}, {"state", states}};
  j["vars"] = m.spec->var_names;
  return j.dump() + "\n";
}

namespace {

class TlcJsonTrace : public EventSink {
 public:
  explicit TlcJsonTrace(std::string path) : path_(std::move(path)) {}
  void start(const Model& m, const RunStart&) override { m_ = &m; }
  void end(const CheckResult& r) override {
    if (!m_ || r.trace.empty()) return;
    std::ofstream out(path_, std::ios::binary);
    if (out) out << trace_tlc_json(*m_, r);
    if (!out) {
      std::cerr << "cairn: error: cannot write " << path_ << "\n";
      ok_ = false;
    }
  }
  bool ok() const override { return ok_; }

 private:
  std::string path_;
  const Model* m_ = nullptr;
  bool ok_ = true;
};

}  // namespace

std::unique_ptr<EventSink> tlc_json_trace(std::string path) { return std::make_unique<TlcJsonTrace>(std::move(path)); }

}  // namespace cairn
