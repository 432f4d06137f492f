#include "checker/report/report.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <csignal>
#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "checker/model/model.hpp"
#include "checker/value/pretty.hpp"

namespace cairn {

using nlohmann::json;

namespace {

std::string module_of(const Loc& loc) {
  if (!loc.file) return "?";
  return std::filesystem::path(loc.file->path).stem().string();
}

json error_object(const Loc& loc, const std::string& message) {
  json e;
  e["file"] = loc.valid() ? loc.file->path : "";
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
    case VK::Str: return v.text();
    case VK::Model: return json{{"#unserializable", v.text()}};
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
        for (size_t i = 0; i < f->size(); ++i) o[f->dom[i].text()] = itf_value(f->rng[i]);
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

/// The report's "violation": what kind of property failed and its name (null for errors).
json violation_json(const Verdict& v) {
  auto of = [](const char* kind, const std::string& name) { return json{{"kind", kind}, {"name", name}}; };
  switch (v.kind) {
    case VerdictKind::assumption_false:
    case VerdictKind::assumption_error: return of("assumption", "");
    case VerdictKind::postcondition_false:
    case VerdictKind::postcondition_error: return of("postcondition", v.name);
    case VerdictKind::invariant: return of("invariant", v.name);
    case VerdictKind::action_property:
    case VerdictKind::property_initial:
    case VerdictKind::liveness: return of("property", v.name);
    case VerdictKind::deadlock: return of("deadlock", "");
    case VerdictKind::assertion: return of("assert", "");
    default: return nullptr;
  }
}

}  // namespace

std::string tlc_range(const Loc& loc) {
  return "line " + std::to_string(loc.line) + ", col " + std::to_string(loc.col) + " to line " +
         std::to_string(loc.end_line) + ", col " + std::to_string(loc.end_col);
}

std::string tlc_location(const Loc& loc) { return tlc_range(loc) + " of module " + module_of(loc); }

std::string result_name(const Verdict& v) {
  switch (v.kind) {
    case VerdictKind::ok: return "success";
    case VerdictKind::assumption_false:
    case VerdictKind::assumption_error:
    case VerdictKind::postcondition_false:
    case VerdictKind::postcondition_error: return "assumption failure";
    case VerdictKind::invariant:
    case VerdictKind::action_property:
    case VerdictKind::assertion: return "safety failure";
    case VerdictKind::deadlock: return "deadlock failure";
    case VerdictKind::property_initial:
    case VerdictKind::liveness: return "liveness failure";
    case VerdictKind::interrupted: return "interrupted";
    case VerdictKind::memory_limit: return "memory limit";
    default: return "error";
  }
}

std::string headline(const Verdict& v) {
  switch (v.kind) {
    case VerdictKind::invariant:
      return "Invariant " + v.name + (v.initial ? " is violated by the initial state:" : " is violated.");
    case VerdictKind::action_property: return "Action property " + v.name + " is violated.";
    case VerdictKind::property_initial: return "Property " + v.name + " is violated by the initial state:";
    case VerdictKind::deadlock: return "Deadlock reached.";
    case VerdictKind::liveness: return "Temporal property " + v.name + " was violated.";
    case VerdictKind::eval_error:
      return v.stage == Stage::invariant ? "Evaluating invariant " + v.name + " failed." : "";
    default: return "";
  }
}

std::optional<LocatedError> located_error(const Verdict& v) {
  switch (v.kind) {
    case VerdictKind::assumption_false: return LocatedError{v.loc, "Assumption " + tlc_range(v.loc) + " is false."};
    case VerdictKind::postcondition_false: return LocatedError{v.loc, "Postcondition " + v.name + " is false."};
    case VerdictKind::postcondition_error:
      return LocatedError{v.loc, "Evaluating postcondition " + v.name + " failed.\n" + v.detail};
    case VerdictKind::incomplete_initial:
      return LocatedError{v.loc, "The initial predicate does not specify the value of variable " + v.detail + "."};
    case VerdictKind::incomplete_successor:
      return LocatedError{v.loc, "Successor state is not completely specified by action " + v.name +
                                     " of the next-state relation. The following variable is not defined: " +
                                     v.detail + "."};
    case VerdictKind::assumption_error:
    case VerdictKind::assertion:
    case VerdictKind::eval_error: return LocatedError{v.loc, v.detail};
    default: return std::nullopt;
  }
}

std::string tlc_value(const Value& v) { return v.defined() ? tlc_pretty(to_string_normalised(v)) : "null"; }

std::optional<Warning> stuttering_warning(const Model& m, const CheckResult& r) {
  if (!r.stuttering_warning || r.verdict.kind != VerdictKind::liveness || !m.fairness.empty()) return std::nullopt;
  const std::string book = "(compare Chapter 8, page 87ff of Specifying Systems at "
                           "https://lamport.azurewebsites.net/tla/book.html).";
  if (!m.config.specification)
    return Warning{2257,
                   "The stuttering counterexample above may be caused by the absence of a behavior specification "
                   "(SPECIFICATION). Only INIT and NEXT have been provided, so TLC permits infinite stuttering. "
                   "To rule out such counterexamples, use SPECIFICATION Spec, with Spec asserting a suitable "
                   "fairness constraint " + book};
  const std::string& name = m.config.specification->name;
  const Symbol* sym = m.spec->find(name);
  if (!sym || sym->k != Symbol::K::Def || !sym->def) return std::nullopt;
  // The definition's location as SANY has it: from its name to the end of its body.
  const Def& d = *sym->def;
  Loc at = d.loc;
  Loc body = d.body ? d.body->loc : d.body_loc;
  if (body.valid()) at.end_line = body.end_line, at.end_col = body.end_col;
  return Warning{2259, "The stuttering counterexample above may be caused by the absence of a fairness constraint "
                       "in the behavior specification " + name + " defined at " + tlc_location(at) +
                           ". To rule out such counterexamples, conjoin a suitable fairness constraint to " + name +
                           " " + book};
}

double collision_probability(int64_t distinct, int64_t generated) {
  return static_cast<double>(distinct) * (static_cast<double>(generated - distinct) / std::pow(2.0, 64));
}

namespace {

/// Java's Double.toString for a finite v >= 0: the shortest digits that round-trip, as
/// "ddd.ddd" for 1e-3 <= v < 1e7 and as "d.dddE[-]x" otherwise.
std::string java_double(double v) {
  if (v == 0) return "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // d[.ddd]e[+-]xx
  size_t e = sci.find('e');
  std::string digits = sci.substr(0, 1) + (e > 1 ? sci.substr(2, e - 2) : "");
  int exp = std::stoi(sci.substr(e + 1));
  if (v >= 1e-3 && v < 1e7) {
    std::string out;
    if (exp < 0) {
      out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
    } else {
      size_t int_len = static_cast<size_t>(exp) + 1;
      if (digits.size() < int_len + 1) digits.append(int_len + 1 - digits.size(), '0');
      out = digits.substr(0, int_len) + "." + digits.substr(int_len);
    }
    return out;
  }
  return digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "E" + std::to_string(exp);
}

}  // namespace

// A port of TLC's AbstractChecker.ProbabilityToString: Java's Double.toString of the value,
// cut to `significant` digits, rounding half up on the next digit.
std::string probability_text(double val, int significant) {
  if (val == 0) return "0.0";
  const std::string s = java_double(val);
  const size_t len = s.size();
  std::string result;
  size_t next = 0;
  int found = 0;
  while (next < len && s[next] == '0') ++next;
  while (next < len && std::isdigit(static_cast<unsigned char>(s[next]))) {
    result += s[next++];
    ++found;
  }
  if (next == len) return result;
  if (s[next] != '.') return s;
  if (found >= significant) {
    ++next;
    while (next < len && std::isdigit(static_cast<unsigned char>(s[next]))) ++next;
  } else {
    ++next;
    result += '.';
    if (found == 0)
      while (next < len && s[next] == '0') {
        ++next;
        result += '0';
      }
    while (next < len && std::isdigit(static_cast<unsigned char>(s[next])) && found < significant) {
      result += s[next++];
      ++found;
    }
    if (next < len && std::isdigit(static_cast<unsigned char>(s[next])) && s[next] >= '5') {
      for (int prev = static_cast<int>(result.size()) - 1;; --prev) {  // carry backwards
        if (prev < 0) {
          result = "1" + result;
          break;
        }
        char& c = result[static_cast<size_t>(prev)];
        if (c == '.') continue;
        if (c != '9') {
          ++c;
          break;
        }
        c = '0';
      }
    }
    while (next < len && std::isdigit(static_cast<unsigned char>(s[next]))) ++next;
  }
  if (next >= len) return result;
  if (s[next] == 'E') return result + s.substr(next);
  return s;
}

std::string signal_name(int sig) {
  switch (sig) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    default: return "signal " + std::to_string(sig);
  }
}

std::string verdict_text(const Verdict& v) {
  auto e = located_error(v);
  return e ? e->message : headline(v);
}

std::string report_json(const CheckResult& r) {
  json j;
  j["result"] = result_name(r.verdict);
  j["exit_code"] = exit_code_of(r.verdict);
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
  j["queue_spilled_bytes"] = r.spilled_bytes;
  j["seen_set_disk_bytes"] = r.seen_disk_bytes;
  j["trace_link_disk_bytes"] = r.link_disk_bytes;
  json cov = json::array();
  for (const auto& c : r.coverage)
    cov.push_back(json{{"distinct", c.distinct}, {"generated", c.generated}, {"enabled", c.enabled}});
  j["coverage"] = cov;
  if (r.simulation) {
    const SimulationStats& s = *r.simulation;
    json fired = json::array();
    for (const auto& c : r.coverage) fired.push_back(c.fired);
    j["simulation"] = json{{"seed", s.seed},
                           {"depth", s.depth_limit},
                           {"behaviours", s.behaviours},
                           {"states", s.states},
                           {"max_length", s.max_length},
                           {"violating_behaviour", s.violating_behaviour >= 0 ? json(s.violating_behaviour + 1) : json(nullptr)},
                           {"found_length", s.found_length},
                           {"shrunk_length", s.shrunk_length ? json(s.shrunk_length) : json(nullptr)},
                           {"fired", fired}};
  }
  j["violation"] = violation_json(r.verdict);
  if (!r.trace.empty()) j["trace_length"] = r.trace.size();
  else j["trace_length"] = nullptr;
  if (auto e = located_error(r.verdict)) j["error"] = error_object(e->loc, e->message);
  else j["error"] = nullptr;
  // TLC's estimate (AbstractChecker.calculateOptimisticProbability), printed on success.
  j["fingerprint_collision_probability"] = collision_probability(r.distinct, r.generated);
  if (r.verdict.kind == VerdictKind::interrupted) j["signal"] = signal_name(r.verdict.error_code);
  if (r.verdict.kind == VerdictKind::memory_limit) j["memory_limit"] = r.verdict.detail;
  return j.dump(2) + "\n";
}

std::string error_json(const Error& e) {
  CheckResult r;
  r.verdict = Verdict::from_error(e, Stage::load);
  r.workers = 0;
  return report_json(r);
}

std::string trace_itf(const Model& m, const CheckResult& r) {
  json j;
  json meta;
  meta["format"] = "ITF";
  meta["format-description"] = "https://apalache-mc.org/docs/adr/015adr-trace.html";
  meta["source"] = m.spec_path;
  std::string h = headline(r.verdict);
  meta["description"] = h.empty() ? result_name(r.verdict) : h;
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
