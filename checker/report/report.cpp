#include "checker/report/report.hpp"

#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

namespace cairn {

using nlohmann::json;

namespace {

std::string module_of(const Loc& loc) {
  if (loc.file < 0) return "?";
  return std::filesystem::path(SourceManager::instance().file(loc.file).path).stem().string();
}

json error_object(const Loc& loc, const std::string& message) {
  json e;
  e["file"] = loc.valid() ? SourceManager::instance().file(loc.file).path : "";
  e["line"] = loc.line;
  e["column"] = loc.col;
  e["message"] = message;
  return e;
}

/// ITF encoding of a value. Model values have no ITF counterpart: they are written as
/// {"#unserializable": "<name>"}, the ITF form for values a reader must treat as opaque.
json itf_value(const Value& v) {
  switch (v.kind()) {
    case VK::Bool: return v.as_bool();
    case VK::Int: return json{{"#bigint", std::to_string(v.as_int())}};
    case VK::Str: return interned(v.token());
    case VK::Model: return json{{"#unserializable", interned(v.token())}};
    case VK::Set:
    case VK::Interval:
    case VK::LazySet: {
      json a = json::array();
      // The normalised elements: a lazy \cup or UNION enumerates duplicates (as TLC's).
      for (const Value& e : as_set(enumerate(v))->elems) a.push_back(itf_value(e));
      return json{{"#set", a}};
    }
    case VK::Fcn:
    case VK::FcnLazy: {
      Value d = domain(v);
      if (is_tuple(v) || (v.kind() == VK::Fcn && as_fcn(v)->size() == 0)) {
        json a = json::array();
        for (const Value& e : as_fcn(v)->rng) a.push_back(itf_value(e));
        return json{{"#tup", a}};
      }
      if (is_record(v)) {
        json o = json::object();
        const FcnObj* f = as_fcn(v);
        for (size_t i = 0; i < f->size(); ++i) o[interned(f->dom[i].token())] = itf_value(f->rng[i]);
        return o;
      }
      json a = json::array();
      for_each_element(d, [&](const Value& k) {
        a.push_back(json::array({itf_value(k), itf_value(apply(v, k))}));
        return true;
      });
      return json{{"#map", a}};
    }
    default: return json{{"#unserializable", to_string(v)}};
  }
}

}  // namespace

std::string tlc_location(const Loc& loc) {
  return "line " + std::to_string(loc.line) + ", col " + std::to_string(loc.col) + " to line " +
         std::to_string(loc.end_line) + ", col " + std::to_string(loc.end_col) + " of module " +
         module_of(loc);
}

void print_result(std::ostream& out, std::ostream& err, const Model& m, const CheckResult& r) {
  if (r.error) {
    const auto& [loc, msg] = *r.error;
    if (r.exit_code == exit_code::assumption && !loc.valid()) err << "Error: " << msg << "\n";
    else err << format_diagnostic(loc, msg);
  }
  if (!r.headline.empty()) out << "Error: " << r.headline << "\n";
  if (!r.trace.empty()) {
    // A liveness lasso (loop_back >= 0): when the cycle returns to an earlier state,
    // trace.back() repeats trace[loop_back] and prints as "Back to state k"; when
    // loop_back is the last state, the behaviour ends stuttering there.
    bool lasso = r.loop_back >= 0;
    bool back = lasso && static_cast<size_t>(r.loop_back) + 1 < r.trace.size();
    if (lasso)
      out << "Error: The following behavior constitutes a counter-example:\n";
    else if (!r.initial_violation)
      out << "Error: The behavior up to this point is:\n";
    for (size_t i = 0; i < r.trace.size(); ++i) {
      const TraceStep& s = r.trace[i];
      if (back && i + 1 == r.trace.size()) {
        out << "Back to state " << r.loop_back + 1 << ": <" << s.action << " " << tlc_location(s.loc) << ">\n\n";
        break;
      }
      if (!r.initial_violation) {
        out << "State " << i + 1 << ": ";
        if (s.action.empty()) out << "<Initial predicate>\n";
        else out << "<" << s.action << " " << tlc_location(s.loc) << ">\n";
      }
      size_t n = s.state.size();
      for (size_t v = 0; v < n; ++v) {
        if (n > 1) out << "/\\ ";
        out << m.spec->var_names[v] << " = " << to_string_normalised(s.state[v]) << "\n";
      }
      out << "\n";
    }
    if (lasso && !back) out << "State " << r.trace.size() + 1 << ": Stuttering\n";
  }
  if (r.exit_code == exit_code::success)
    out << "Model checking completed. No error has been found.\n";
  if (!r.initial_violation && r.exit_code != exit_code::assumption) {
    out << r.generated << " states generated, " << r.distinct << " distinct states found, "
        << r.left << " states left on queue.\n";
    out << "The depth of the complete state graph search is " << r.depth << ".\n";
  }
  out << "Finished in " << static_cast<int64_t>(r.seconds * 1000) << "ms\n";
}

void print_coverage(std::ostream& out, const Model& m, const CheckResult& r) {
  out << "The coverage statistics (action: distinct states found, states generated, states where enabled):\n";
  for (size_t i = 0; i < r.coverage.size() && i < m.actions.size(); ++i) {
    const auto& c = r.coverage[i];
    out << "<" << m.actions[i].name << " " << tlc_location(m.actions[i].loc) << ">: " << c.distinct << ":"
        << c.generated << " (enabled in " << c.enabled << " states)\n";
  }
}

std::string report_json(const CheckResult& r) {
  json j;
  j["result"] = r.result;
  j["exit_code"] = r.exit_code;
  j["generated"] = r.generated;
  j["distinct"] = r.distinct;
  j["left"] = r.left;
  j["depth"] = r.depth;
  j["seconds"] = r.seconds;
  j["safety_seconds"] = r.safety_seconds;
  j["liveness_seconds"] = r.liveness_seconds;
  j["workers"] = r.workers;
  j["seen_set_bytes"] = r.seen_bytes;
  j["trace_link_bytes"] = r.link_bytes;
  json cov = json::array();
  for (const auto& c : r.coverage)
    cov.push_back(json{{"distinct", c.distinct}, {"generated", c.generated}, {"enabled", c.enabled}});
  j["coverage"] = cov;
  if (r.violation) j["violation"] = json{{"kind", r.violation->first}, {"name", r.violation->second}};
  else j["violation"] = nullptr;
  if (!r.trace.empty()) j["trace_length"] = r.trace.size();
  else j["trace_length"] = nullptr;
  if (r.error) j["error"] = error_object(r.error->first, r.error->second);
  else j["error"] = nullptr;
  return j.dump(2) + "\n";
}

std::string error_json(const Error& e) {
  json j;
  j["result"] = "error";
  j["exit_code"] = e.code();
  j["generated"] = 0;
  j["distinct"] = 0;
  j["left"] = 0;
  j["depth"] = 0;
  j["seconds"] = 0;
  j["safety_seconds"] = 0;
  j["liveness_seconds"] = 0;
  j["workers"] = 0;
  j["violation"] = nullptr;
  j["trace_length"] = nullptr;
  j["error"] = error_object(e.loc(), e.what());
  return j.dump(2) + "\n";
}

std::string trace_itf(const Model& m, const CheckResult& r) {
  json j;
  json meta;
  meta["format"] = "ITF";
  meta["format-description"] = "https://apalache-mc.org/docs/adr/015adr-trace.html";
  meta["source"] = m.spec_path;
  meta["description"] = r.headline.empty() ? r.result : r.headline;
  if (r.loop_back >= 0) meta["loop"] = r.loop_back;
  j["#meta"] = meta;
  j["vars"] = m.spec->var_names;
  json states = json::array();
  // A lasso whose cycle returns to an earlier state repeats that state last: ITF's
  // `loop` already says where the last state goes next, so it is not written.
  size_t count = r.trace.size();
  if (r.loop_back >= 0 && static_cast<size_t>(r.loop_back) + 1 < count) --count;
  for (size_t i = 0; i < count; ++i) {
    json s;
    s["#meta"] = json{{"index", i}};
    if (!r.trace[i].action.empty()) s["#meta"]["action"] = r.trace[i].action;
    for (size_t v = 0; v < m.spec->var_names.size() && v < r.trace[i].state.size(); ++v)
      s[m.spec->var_names[v]] = itf_value(r.trace[i].state[v]);
    states.push_back(s);
  }
  j["states"] = states;
  if (r.loop_back >= 0) j["loop"] = r.loop_back;
  return j.dump(2) + "\n";
}

}  // namespace cairn
