// TLC's `-tool` protocol: every message a front end (the VS Code extension, the Toolbox)
// reads, framed as `@!@!@STARTMSG code:severity @!@!@` ... `@!@!@ENDMSG code @!@!@` with
// the codes of tlc2/output/EC.java and the texts of MP.java. An EventSink: it renders the
// engine's events, as the text printer does.
#pragma once

#include <iosfwd>
#include <memory>

#include "checker/report/events.hpp"

namespace cairn {

struct ToolOptions {
  bool coverage = false;  // -coverage: the TLC_COVERAGE_* block at the end
  bool warnings = true;   // TLC's warnings (report.hpp stuttering_warning); -nowarning: none
};

/// The framed messages on `out` (TLC writes all of them to stdout).
std::unique_ptr<EventSink> tool_printer(std::ostream& out, ToolOptions o);

}  // namespace cairn
