// `cairn tlc [TLC's options] Spec.tla`, and cairn started as `tlc` (a symlink): TLC's own
// single-dash command line (tlc2.TLC.handleParameters), mapped onto cairn's check and
// simulate runs. README "TLC's command line" lists each option and what cairn does with it.
#pragma once

#include <string>
#include <vector>

namespace cairn {

/// True when the program's name (argv[0]) is `tlc`.
bool invoked_as_tlc(const char* argv0);

/// Runs TLC's command line `args` (without the program name or the `tlc` verb); returns
/// TLC's exit code (1 for a command line TLC would reject).
int tlc_main(const std::vector<std::string>& args);

}  // namespace cairn
