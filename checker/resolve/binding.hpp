// What resolution binds a definition to besides its own body: a native implementation
// (a standard module's operator TLC overrides in Java) and the configuration's
// `Op <- Other` overrides.
#pragma once

#include <string>
#include <vector>

#include "checker/resolve/resolve.hpp"

namespace cairn {

/// A cfg override `Op <- target` of the definition `placeholder`, applied once the root
/// module's names are known.
struct PendingOverride {
  Def* placeholder;
  std::string target;
  Loc loc;
};

/// Makes each placeholder's body a call of what its target names in the root module (a
/// definition, a native, a constant or a variable); exit 151 if it names nothing.
void apply_cfg_overrides(ResolvedSpec& out, const ConstantBindings& consts,
                         const std::vector<PendingOverride>& overrides);

/// A module's operator with a native implementation keeps only its signature: binds d
/// (written as `u` in `module`) to it if there is one of its arity. Returns whether it did.
bool bind_native(Def* d, const ast::Unit& u, const std::string& module);

}  // namespace cairn
