// TLC model configuration files (.cfg), parsed with Boost.Spirit X3.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grammar/source.hpp"

namespace cairn::cfg {

/// A constant value written in a cfg: integer, string, boolean, model value (a bare
/// identifier), set `{...}` or tuple `<<...>>` of these, nested.
struct Value {
  enum class Kind { Int, Str, Bool, ModelValue, Set, Tuple } kind = Kind::Int;
  int64_t ival = 0;
  bool bval = false;
  std::string sval;  // Str contents or ModelValue name
  std::vector<Value> elems;
  Loc loc;
};

/// `NAME = value` in a CONSTANT(S) section.
struct Assignment {
  std::string name;
  Value value;
  Loc loc;
  std::string module;  // `Name = [Mod] value`: only the definition in module Mod
};

/// `Op <- Other` or `Op <- [Mod] Other` (CONSTANT section or bare).
struct Override {
  std::string name;
  std::string target;
  std::string module;  // empty unless `[Mod]` was given
  Loc loc;
};

struct Named {
  std::string name;
  Loc loc;
};

struct Config {
  const SourceFile* file = nullptr;
  std::vector<Assignment> constants;
  std::vector<Override> overrides;
  std::optional<Named> init, next, specification, symmetry, view, alias, postcondition;
  std::vector<Named> invariants, properties, constraints, action_constraints;
  std::optional<bool> check_deadlock;
};

/// Parses a cfg file. On error returns nullopt and adds located messages.
std::optional<Config> parse_config(const SourceFile& file, Diagnostics& diags);

}  // namespace cairn::cfg
