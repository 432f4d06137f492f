#include "checker/report/html.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "checker/report/report.hpp"

namespace cairn {

namespace {

std::string esc(std::string_view s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += ch;
    }
  }
  return out;
}

/// A DOT-escaped label back to its lines.
std::vector<std::string> label_lines(const std::string& label) {
  std::vector<std::string> lines(1);
  for (size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size()) {
      char n = label[++i];
      if (n == 'n') lines.emplace_back();
      else lines.back() += n;
    } else {
      lines.back() += label[i];
    }
  }
  return lines;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// `dot -Tsvg` of the text, or "" when Graphviz is not installed or fails.
std::string dot_svg(const std::string& dot_text) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) return "";
  std::string tmpl = (std::filesystem::temp_directory_path() / "cairn-html-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) return "";
  std::string in = tmpl + "/graph.dot", out = tmpl + "/graph.svg";
  std::ofstream(in, std::ios::binary) << dot_text;
  std::string cmd = "dot -Tsvg '" + in + "' -o '" + out + "' 2>/dev/null";
  std::string svg = std::system(cmd.c_str()) == 0 ? read_all(out) : "";
  std::filesystem::remove_all(tmpl);
  size_t at = svg.find("<svg");  // inline: without the XML prolog and DOCTYPE
  return at == std::string::npos ? "" : svg.substr(at);
}

/// A row per BFS level, boxes sized by their text, straight edges with arrows.
std::string layered_svg(const StateGraph& g) {
  constexpr int kChar = 7, kLine = 14, kGapX = 24, kGapY = 60, kPad = 8;
  struct Box {
    int x = 0, y = 0, w = 0, h = 0;
    std::vector<std::string> lines;
  };
  std::map<int, std::vector<size_t>> rows;
  std::map<uint64_t, Box> boxes;
  for (size_t i = 0; i < g.nodes.size(); ++i) rows[g.nodes[i].level].push_back(i);
  int y = kPad, width = 0;
  for (auto& [level, members] : rows) {
    int x = kPad, row_h = 0;
    for (size_t i : members) {
      Box b;
      b.lines = label_lines(g.nodes[i].label);
      size_t longest = 1;
      for (const auto& l : b.lines) longest = std::max(longest, l.size());
      b.w = static_cast<int>(longest) * kChar + 2 * kPad;
      b.h = static_cast<int>(b.lines.size()) * kLine + kPad;
      b.x = x;
      b.y = y;
      x += b.w + kGapX;
      row_h = std::max(row_h, b.h);
      boxes[g.nodes[i].id] = b;
    }
    width = std::max(width, x);
    y += row_h + kGapY;
  }
  std::ostringstream s;
  s << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << y << "\">"
    << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
       "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n";
  for (const auto& e : g.edges) {
    const Box& a = boxes[e.from];
    const Box& b = boxes[e.to];
    int x1 = a.x + a.w / 2, y1 = a.y + a.h, x2 = b.x + b.w / 2, y2 = b.y;
    if (b.y <= a.y) y1 = a.y, y2 = b.y + b.h;  // an edge back up (or within a row)
    s << "<g class=\"edge\"><title>" << esc(e.action) << "</title><line x1=\"" << x1 << "\" y1=\"" << y1 << "\" x2=\""
      << x2 << "\" y2=\"" << y2 << "\" stroke=\"#555\" marker-end=\"url(#arrow)\"/><text x=\"" << (x1 + x2) / 2
      << "\" y=\"" << (y1 + y2) / 2 << "\" font-size=\"10\" fill=\"#36c\">" << esc(e.action) << "</text></g>\n";
  }
  for (const auto& n : g.nodes) {
    const Box& b = boxes[n.id];
    s << "<g class=\"node\"><rect x=\"" << b.x << "\" y=\"" << b.y << "\" width=\"" << b.w << "\" height=\"" << b.h
      << "\" rx=\"6\" fill=\"" << (n.initial ? "#ddd" : "#fff") << "\" stroke=\"#333\"/>";
    for (size_t i = 0; i < b.lines.size(); ++i)
      s << "<text x=\"" << b.x + kPad << "\" y=\"" << b.y + kLine * static_cast<int>(i + 1)
        << "\" font-family=\"monospace\" font-size=\"12\">" << esc(b.lines[i]) << "</text>";
    s << "</g>\n";
  }
  s << "</svg>";
  return s.str();
}

const char* kStyle = R"(body{font-family:sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.value{font-family:monospace;white-space:pre-wrap}
td.changed{background:#fff3b0;font-weight:bold}th.loop-start{background:#cde8ff}th.loop{background:#cde8ff}
.ok{color:#070}.bad{color:#b00}pre.error{background:#fee;padding:8px}#graph{overflow:auto;border:1px solid #ddd;padding:8px}
)";

class HtmlReport : public EventSink {
 public:
  HtmlReport(const Model& m, HtmlOptions o, std::unique_ptr<DotGraph> graph)
      : m_(m), o_(std::move(o)), graph_(std::move(graph)) {}

  void end(const CheckResult& r) override {
    std::ofstream out(o_.path, std::ios::binary);
    if (out) out << page(r);
    if (!out) {
      std::cerr << "cairn: error: cannot write " << o_.path << "\n";
      ok_ = false;
    }
  }
  bool ok() const override { return ok_; }

 private:
  const Model& m_;
  HtmlOptions o_;
  std::unique_ptr<DotGraph> graph_;
  bool ok_ = true;

  std::string page(const CheckResult& r) {
    std::ostringstream s;
    s << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>cairn: " << esc(m_.spec_path)
      << "</title><style>" << kStyle << "</style></head><body>\n";
    s << "<h1>" << esc(m_.spec_path) << "</h1>\n<p>Model: " << esc(m_.cfg_path) << "</p>\n";
    result(s, r);
    statistics(s, r);
    coverage(s, r);
    if (!r.trace.empty()) trace(s, r);
    picture(s, r);
    s << "</body></html>\n";
    return s.str();
  }

  void result(std::ostringstream& s, const CheckResult& r) {
    bool ok = r.verdict.ok();
    std::string h = headline(r.verdict);
    s << "<h2>Result</h2>\n<p id=\"result\" class=\"" << (ok ? "ok" : "bad") << "\">"
      << esc(ok ? "No error has been found." : (h.empty() ? result_name(r.verdict) : h)) << " (exit code "
      << exit_code_of(r.verdict) << ")</p>\n";
    if (auto e = located_error(r.verdict)) s << "<pre class=\"error\">" << esc(format_diagnostic(e->loc, e->message)) << "</pre>\n";
  }

  void statistics(std::ostringstream& s, const CheckResult& r) {
    s << "<h2>Statistics</h2>\n<table id=\"statistics\">"
      << "<tr><th>states generated</th><td>" << r.generated << "</td></tr>"
      << "<tr><th>distinct states</th><td>" << r.distinct << "</td></tr>"
      << "<tr><th>left on queue</th><td>" << r.left << "</td></tr>"
      << "<tr><th>depth</th><td>" << r.depth << "</td></tr>"
      << "<tr><th>workers</th><td>" << r.workers << "</td></tr>"
      << "<tr><th>time</th><td>" << static_cast<int64_t>(r.seconds * 1000) << " ms</td></tr></table>\n";
  }

  void coverage(std::ostringstream& s, const CheckResult& r) {
    s << "<h2>Coverage</h2>\n<table id=\"coverage\"><tr><th>action</th><th>location</th><th>distinct states found</th>"
         "<th>states generated</th><th>enabled in</th></tr>\n";
    for (size_t i = 0; i < r.coverage.size() && i < m_.actions.size(); ++i) {
      const auto& c = r.coverage[i];
      s << "<tr><td>" << esc(m_.actions[i].name) << "</td><td>" << esc(tlc_location(m_.actions[i].loc)) << "</td><td>"
        << c.distinct << "</td><td>" << c.generated << "</td><td>" << c.enabled << "</td></tr>\n";
    }
    s << "</table>\n";
  }

  // A column per state; a lasso back to an earlier state ends with a "Back to state k"
  // column (trace.back() repeats that state) and marks the state the loop returns to.
  void trace(std::ostringstream& s, const CheckResult& r) {
    const auto& t = r.trace;
    bool lasso = r.loop_back >= 0;
    bool back = lasso && static_cast<size_t>(r.loop_back) + 1 < t.size();
    size_t n = back ? t.size() - 1 : t.size();
    s << "<h2>Counterexample</h2>\n<table id=\"trace\"><tr><th>state</th>";
    for (size_t i = 0; i < n; ++i)
      s << "<th class=\"state" << (lasso && static_cast<int>(i) == r.loop_back ? " loop-start" : "") << "\">" << i + 1
        << (lasso && static_cast<int>(i) == r.loop_back ? " (loop starts)" : "") << "</th>";
    if (back) s << "<th class=\"loop\">back to state " << r.loop_back + 1 << "</th>";
    else if (lasso) s << "<th class=\"loop\">stuttering</th>";
    s << "</tr>\n<tr><th>action</th>";
    for (size_t i = 0; i < n; ++i) s << "<td class=\"action\">" << esc(i == 0 ? "Initial predicate" : t[i].action) << "</td>";
    if (back) s << "<td class=\"action\">" << esc(t.back().action) << "</td>";
    else if (lasso) s << "<td class=\"action\"></td>";
    s << "</tr>\n";
    const auto& names = m_.spec->var_names;
    for (size_t v = 0; v < names.size(); ++v) {
      s << "<tr><th>" << esc(names[v]) << "</th>";
      for (size_t i = 0; i < n; ++i) {
        bool changed = i > 0 && !equals(t[i - 1].state[v], t[i].state[v]);
        s << "<td class=\"value" << (changed ? " changed" : "") << "\">" << esc(to_string_normalised(t[i].state[v])) << "</td>";
      }
      if (lasso) s << "<td></td>";
      s << "</tr>\n";
    }
    s << "</table>\n";
  }

  void picture(std::ostringstream& s, const CheckResult& r) {
    if (!graph_) return;
    graph_->collect(r);
    s << "<h2>State graph</h2>\n";
    if (graph_->over_limit()) {
      s << "<p>The state graph has more than " << o_.max_graph_states
        << " states: no picture (raise the limit with --html-graph-max N).</p>\n";
      return;
    }
    StateGraph g = graph_->graph();
    std::string svg = o_.graphviz ? dot_svg(graph_->text()) : "";
    s << "<div id=\"graph\" data-layout=\"" << (svg.empty() ? "in-page" : "graphviz") << "\">"
      << (svg.empty() ? layered_svg(g) : svg) << "</div>\n";
  }
};

}  // namespace

std::unique_ptr<EventSink> html_report(const Model& m, HtmlOptions o, std::unique_ptr<DotGraph> graph) {
  return std::make_unique<HtmlReport>(m, std::move(o), std::move(graph));
}

}  // namespace cairn
