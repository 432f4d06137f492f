// Json's encoders as TLC's Java implements them (tlc2.overrides.Json with Gson): ToJson,
// ToJsonArray, ToJsonObject, JsonSerialize, ndJsonSerialize. The module's TLA+ text cannot
// be evaluated for these (it recurses through IsFiniteSet on non-sets).
#include "checker/eval/natives/json_out.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace cairn {

namespace {

// Gson's JsonWriter string escapes (not HTML-safe: '<', '>', '&' stay as they are).
void quote(const std::string& s, std::string& out) {
  out += '"';
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\f': out += "\\f"; break;
      default:
        if (ch < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", ch);
          out += buf;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  out += '"';
}

/// The function itself, or its enumerated form if it is lazy (FcnLambdaValue.toFcnRcd).
const FcnObj* fcn_of(const Value& v, Value& hold) {
  if (v.kind() == VK::Fcn) return as_fcn(v);
  hold = materialize_fcn(v);
  return as_fcn(hold);
}

Value key_at(const FcnObj* fo, size_t i) {
  return fo->seq ? Value::integer(static_cast<int64_t>(i + 1)) : fo->dom[i];
}

[[noreturn]] void unsupported(const Value& v) {
  throw module_error("Cannot convert value: unsupported value type (" + to_string(v) + ")", tlc_ec::none);
}

void node(const Value& v, std::string& out);

void array_of(const std::vector<Value>& elems, std::string& out) {
  out += '[';
  for (size_t i = 0; i < elems.size(); ++i) {
    if (i) out += ',';
    node(elems[i], out);
  }
  out += ']';
}

std::vector<Value> set_elements(const Value& s) {  // toSetEnum, normalised
  std::vector<Value> el;
  Value e = enumerate(s);
  for (const Value& x : as_set(e)->elems) el.push_back(x);
  return el;
}

/// A function as a JSON object: keys in TLC's current order, string keys bare, other keys
/// as their TLA+ text. A tuple's keys (getObjectNode(TupleValue)) count from 0.
void object_of(const Value& f, std::string& out, bool tuple_from_zero) {
  Value hold;
  const FcnObj* fo = fcn_of(f, hold);
  out += '{';
  for (size_t j = 0; j < fo->size(); ++j) {
    size_t i = fo->current(j);
    if (j) out += ',';
    Value k = key_at(fo, i);
    quote(tuple_from_zero ? std::to_string(j) : k.is_str() ? k.text() : to_string(k), out);
    out += ':';
    node(fo->rng[i], out);
  }
  out += '}';
}

/// Json.getNode: records and non-sequence functions are objects, sequences and sets arrays.
void node(const Value& v, std::string& out) {
  if (v.is_str() || v.is_model()) return quote(v.text(), out);
  if (v.is_int()) {
    out += std::to_string(v.as_int());
    return;
  }
  if (v.is_bool()) {
    out += v.as_bool() ? "true" : "false";
    return;
  }
  if (v.is_fcnlike()) {
    if (is_tuple(v)) {
      Value hold;
      return array_of(fcn_of(v, hold)->rng, out);
    }
    return object_of(v, out, false);
  }
  if (v.is_setlike()) return array_of(set_elements(v), out);
  unsupported(v);
}

std::string string_of(const Value& v, const char* op) {
  if (!v.is_str()) throw module_error(std::string("The first argument of ") + op + " should be a string, but instead it is:\n" + to_string(v), tlc_ec::module_argument_error);
  return v.text();
}

void write_file(const std::string& path, const std::string& text) {
  std::filesystem::path p(path);
  std::error_code ec;
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw module_error("Cannot write the file " + path, tlc_ec::none);
  f << text;
}

}  // namespace

Value json_to_json(const Value* a, Ctx& c) {
  std::string out;
  node(a[0], out);
  return strings(c).str(out);
}

Value json_to_array(const Value* a, Ctx& c) {  // Json.getArrayNode
  std::string out;
  const Value& v = a[0];
  if (v.is_fcnlike() && !(v.kind() == VK::Fcn && as_fcn(v)->rcd))
    node(v, out);  // a sequence is an array; another function an object
  else if (v.is_setlike())
    array_of(set_elements(v), out);
  else
    unsupported(v);
  return strings(c).str(out);
}

Value json_to_object(const Value* a, Ctx& c) {  // Json.getObjectNode
  std::string out;
  const Value& v = a[0];
  if (!v.is_fcnlike()) unsupported(v);
  object_of(v, out, is_tuple(v) && !(v.kind() == VK::Fcn && as_fcn(v)->rcd));
  return strings(c).str(out);
}

Value json_serialize(const Value* a, Ctx&) {
  std::string path = string_of(a[0], "JsonSerialize");
  if (!a[1].is_fcnlike() || !(is_tuple(a[1]) || is_record(a[1])))
    throw module_error("The second argument of JsonSerialize should be a sequence or record, but instead it is:\n" +
                       to_string(a[1]), tlc_ec::module_argument_error);
  std::string out;
  node(a[1], out);
  write_file(path, out);
  return Value::boolean(true);
}

Value json_nd_serialize(const Value* a, Ctx&) {
  std::string path = string_of(a[0], "ndJsonSerialize");
  if (!is_tuple(a[1]))
    throw module_error("The second argument of ndJsonSerialize should be a sequence, but instead it is:\n" +
                       to_string(a[1]), tlc_ec::module_argument_error);
  Value hold;
  std::string out;
  for (const Value& e : fcn_of(a[1], hold)->rng) {
    node(e, out);
    out += '\n';
  }
  write_file(path, out);
  return Value::boolean(true);
}

}  // namespace cairn
