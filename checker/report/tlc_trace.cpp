#include "checker/report/tlc_trace.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>

#include "checker/report/report.hpp"

namespace cairn {

namespace {

/// The variables' indices in name order (TLC's records sort their fields).
std::vector<size_t> by_name(const std::vector<std::string>& names) {
  std::vector<size_t> order(names.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return names[a] < names[b]; });
  return order;
}

std::string module_of(const Loc& l) {
  return !l.file ? "" : std::filesystem::path(l.file->path).stem().string();
}

class TlcTraceFile : public EventSink {
 public:
  explicit TlcTraceFile(std::string path) : path_(std::move(path)) {}
  void start(const Model& m, const RunStart&) override { m_ = &m; }
  bool ok() const override { return ok_; }

  void end(const CheckResult& r) override {
    if (!m_ || r.trace.empty()) return;
    // A lasso's last step returns to state loop_back: it is an action, not a new state.
    size_t states = r.trace.size();
    bool back = r.loop_back >= 0 && static_cast<size_t>(r.loop_back) + 1 < r.trace.size();
    if (back) --states;
    std::vector<std::pair<size_t, size_t>> steps;  // (from, to) state indices
    for (size_t i = 1; i < r.trace.size(); ++i) steps.push_back({i - 1, back && i + 1 == r.trace.size() ? size_t(r.loop_back) : i});
    std::ofstream out(path_, std::ios::binary);
    if (!out) {
      std::cerr << "cairn: error: cannot write " << path_ << "\n";
      ok_ = false;
      return;
    }
    out << tla_text(r, states, steps);
  }

 private:
  std::string path_;
  const Model* m_ = nullptr;
  bool ok_ = true;

  std::string tla_state(const CheckResult& r, size_t i) const {
    std::string s = "<<" + std::to_string(i + 1) + ", [";
    bool first = true;
    for (size_t v : by_name(m_->spec->var_names)) {
      s += (first ? "" : ", ") + m_->spec->var_names[v] + " |-> " + to_string_normalised(r.trace[i].state[v]);
      first = false;
    }
    return s + "]>>";
  }

  std::string tla_text(const CheckResult& r, size_t states, const std::vector<std::pair<size_t, size_t>>& steps) const {
    std::string p = path_;
    if (p.size() > 4 && p.compare(p.size() - 4, 4, ".tla") == 0) p.resize(p.size() - 4);
    std::string s = "---- MODULE " + p + " ----\nLOCAL INSTANCE TLC\n\nCounterExample == \n\t[action |-> {";
    for (size_t k = 0; k < steps.size(); ++k) {
      auto [from, to] = steps[k];
      const TraceStep& st = r.trace[k + 1];
      const Loc& l = st.loc;
      s += (k ? ", " : "") + std::string("<<") + tla_state(r, from) + ", [name |-> \"" + st.action +
           "\", location |-> [beginLine |-> " + std::to_string(l.line) + ", beginColumn |-> " + std::to_string(l.col) +
           ", endLine |-> " + std::to_string(l.end_line) + ", endColumn |-> " + std::to_string(l.end_col) +
           ", module |-> \"" + module_of(l) + "\"]], " + tla_state(r, to) + ">>";
    }
    s += "}, state |-> {";
    for (size_t i = 0; i < states; ++i) s += (i ? ", " : "") + tla_state(r, i);
    return s + "}]\n\n====";
  }
};

}  // namespace

std::unique_ptr<EventSink> tlc_tla_trace(std::string path) { return std::make_unique<TlcTraceFile>(std::move(path)); }

}  // namespace cairn
