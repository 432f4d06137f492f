// The HTML report (`--html FILE`): one self-contained page (inline CSS, no scripts, no
// network): the result, the statistics, per-action coverage, the counterexample as a table
// (a column per state, changed values highlighted, each step's action, the lasso's loop
// marked) and a picture of the state graph when it is small: an SVG made by Graphviz
// `dot` when it is installed, else laid out in the page by levels.
#pragma once

#include <memory>
#include <string>

#include "checker/report/dot.hpp"

namespace cairn {

struct HtmlOptions {
  std::string path;
  int64_t max_graph_states = 200;  // --html-graph-max: a larger graph gets no picture
  bool graphviz = true;            // false: the in-page layout even when `dot` is installed
};

/// The sink writing the page at the end of the run; `graph` (may be null) records the
/// state graph for the picture (the driver makes it the search's edge observer).
std::unique_ptr<EventSink> html_report(const Model& m, HtmlOptions o, std::unique_ptr<DotGraph> graph);

}  // namespace cairn
