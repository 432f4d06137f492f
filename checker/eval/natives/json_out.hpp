// The natives of Json's encoders: ToJson, ToJsonArray, ToJsonObject, JsonSerialize and
// ndJsonSerialize (tlc2.overrides.Json).
#pragma once

#include "checker/eval/eval.hpp"

namespace cairn {

Value json_to_json(const Value* a, Ctx& c);
Value json_to_array(const Value* a, Ctx& c);
Value json_to_object(const Value* a, Ctx& c);
Value json_serialize(const Value* a, Ctx& c);
Value json_nd_serialize(const Value* a, Ctx& c);

}  // namespace cairn
