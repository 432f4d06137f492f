// TLC's layout of printed values (Values.ppr): PrintT/Print output, Assert messages and
// the states of a printed trace break a value longer than the width over several lines.
#pragma once

#include <string>

namespace cairn {

/// `text` (a value's one-line TLA+ text) laid out as TLC's tlc2.pprint.PrettyPrint.mypp
/// lays it out in `width` columns (Values.ppr uses 80).
std::string tlc_pretty(const std::string& text, long width = 80);

}  // namespace cairn
