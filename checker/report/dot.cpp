#include "checker/report/dot.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "checker/eval/enumerate.hpp"

namespace cairn {

bool parse_tlc_dot_formats(std::string_view formats, DotOptions& o, std::string& bad) {
  std::stringstream in{std::string(formats)};
  std::string item;
  bool dot = false;
  while (std::getline(in, item, ',')) {
    if (item == "dot") dot = true;
    else if (item == "colorize") o.colorize = true;
    else if (item == "actionlabels") o.action_labels = true;
    else if (item == "strict") o.strict = true;
    else {  // snapshot, constrained, stuttering: not implemented
      bad = item;
      return false;
    }
  }
  if (!dot) bad = std::string(formats);
  return dot;
}

namespace {

/// DotStateWriter.states2dot: backslashes and quotes escaped, newlines as \n, trimmed.
std::string escape(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  std::string out;
  for (char ch : s) {
    if (ch == '\\') out += "\\\\";
    else if (ch == '"') out += "\\\"";
    else if (ch == '\n') out += "\\n";
    else out += ch;
  }
  return out;
}

/// The action's name without its parameters (TLC's Action.getName colours by it).
std::string base_name(const std::string& name) { return name.substr(0, name.find('(')); }

/// Java's String.hashCode, for the legend's order (a HashMap's).
int32_t java_hash(const std::string& s) {
  uint32_t h = 0;
  for (unsigned char ch : s) h = 31 * h + ch;
  return static_cast<int32_t>(h);
}

/// The keys of a java.util.HashMap<String, ...> in its iteration order, given their
/// insertion order: by bucket of the final table, insertion order within a bucket.
std::vector<std::string> java_hashmap_order(const std::vector<std::string>& inserted) {
  size_t cap = 16;
  while (inserted.size() > cap * 3 / 4) cap *= 2;
  std::vector<std::pair<size_t, size_t>> order;  // (bucket, insertion index)
  for (size_t i = 0; i < inserted.size(); ++i) {
    auto h = static_cast<uint32_t>(java_hash(inserted[i]));
    order.emplace_back((h ^ (h >> 16)) & (cap - 1), i);
  }
  std::sort(order.begin(), order.end());
  std::vector<std::string> out;
  for (auto& [b, i] : order) out.push_back(inserted[i]);
  return out;
}

/// The colours and legend of DotStateWriter: colour 2, 3, ... per action name, in the
/// order the actions first label an edge.
class Colours {
 public:
  explicit Colours(const DotOptions& o) : o_(o) {}
  std::string edge(const std::string& action) {
    std::string colour = o_.colorize ? std::to_string(id(base_name(action))) : "black";
    std::string label = o_.action_labels ? escape(action) : "";
    return " [label=\"" + label + "\",color=\"" + colour + "\",fontcolor=\"" + colour + "\"]";
  }
  /// The header lines before the graph's nodes.
  std::string header() const {
    std::string h = "strict digraph DiskGraph {\nnode [shape=box,style=rounded]\n";
    if (o_.colorize) h += "edge [colorscheme=\"paired12\"]\n";
    return h + "nodesep=0.35;\nsubgraph cluster_graph {\ncolor=\"white\";\n";
  }
  /// The legend after the graph, when edges are coloured and there are several actions.
  std::string legend() const {
    if (!o_.colorize || names_.size() <= 1) return "";
    std::string s =
        "subgraph cluster_legend {graph[style=bold];label = \"Next State Actions\" style=\"solid\"\n"
        "node [ labeljust=\"l\",colorscheme=\"paired12\",style=filled,shape=record ]\n";
    for (const auto& n : java_hashmap_order(names_)) {
      std::string node = n;
      std::replace(node.begin(), node.end(), '!', ':');
      s += node + " [label=\"" + n + "\",fillcolor=" + std::to_string(ids_.at(n)) + "]\n";
    }
    return s + "}";
  }

 private:
  const DotOptions& o_;
  std::vector<std::string> names_;
  std::map<std::string, int> ids_;
  int id(const std::string& name) {
    auto [it, fresh] = ids_.emplace(name, static_cast<int>(ids_.size()) + 2);
    if (fresh) names_.push_back(name);
    return it->second;
  }
};

/// TLC's Action.getInvocationSignature: the name and its arguments joined by ",".
std::string signature(const Action& a) {
  if (a.frame.empty() || a.name.find('(') == std::string::npos) return a.name;
  std::string s = base_name(a.name) + "(";
  for (size_t i = 0; i < a.frame.size(); ++i) {
    if (i) s += ',';
    s += to_string(a.frame[i]);
  }
  return s + ")";
}

std::string node_id(uint64_t key) { return std::to_string(static_cast<int64_t>(key)); }

/// Writes `text` to `path`; false (with a message) if it cannot.
bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (out) out << text;
  if (!out) std::cerr << "cairn: error: cannot write " << path << "\n";
  return static_cast<bool>(out);
}

}  // namespace

std::string dot_state_label(const Model& m, const std::vector<Value>& s, const std::vector<Value>* prev) {
  std::string text;
  const auto& names = m.spec->var_names;
  for (size_t v = 0; v < s.size() && v < names.size(); ++v) {
    if (prev && v < prev->size() && equals((*prev)[v], s[v])) continue;
    if (names.size() > 1) text += "/\\ ";
    text += names[v] + " = " + to_string_normalised(s[v]) + "\n";
  }
  return escape(text);
}

// ---- DotGraph -------------------------------------------------------------------------------

DotGraph::DotGraph(const Model& m, DotOptions o, EdgeObserver* inner) : m_(m), o_(std::move(o)), inner_(inner) {}

void DotGraph::initial(const std::vector<uint64_t>& keys) {
  initial_ = keys;
  if (inner_) inner_->initial(keys);
}

DotGraph::Expansion* DotGraph::mine() {
  std::lock_guard lk(mu_);
  return &pending_[std::this_thread::get_id()];
}

void DotGraph::finish(Expansion&& x) {
  std::lock_guard lk(mu_);
  done_.emplace(x.key, std::move(x));
}

void DotGraph::begin(const Value* cur, uint64_t key, int level) {
  if (inner_) inner_->begin(cur, key, level);
  Expansion* x = mine();
  x->cur = cur;
  if (over_.load(std::memory_order_relaxed)) return;
  if (expanded_.fetch_add(1) >= o_.max_states) {
    over_ = true;
    return;
  }
  // An expansion cut short (an error in the next-state relation) keeps the edges it had,
  // as TLC wrote them before the error.
  if (!x->state.empty()) finish(std::move(*x));
  *x = Expansion{key, level, std::vector<Value>(cur, cur + m_.nvars()), {}};
  x->cur = cur;
}

void DotGraph::successors(size_t action, Ctx& c, const KeepFn& keep) {
  Expansion* mine_now = mine();
  const Value* cur = mine_now->cur;
  Expansion* x = over_.load(std::memory_order_relaxed) ? nullptr : mine_now;
  auto record = [&](const Value* nx) {
    auto edge = [&](uint64_t to, bool stopped) {
      if (x) x->edges.push_back(Edge{to, static_cast<uint32_t>(action), std::vector<Value>(nx, nx + m_.nvars()), stopped});
    };
    std::optional<uint64_t> k;
    try {
      k = keep(nx);
    } catch (...) {
      // The search stopped on this successor (an invariant or action property it violates,
      // checked once TLC has written the edge); an incomplete one has no edge in TLC.
      if (std::all_of(nx, nx + m_.nvars(), [](const Value& v) { return v.defined(); })) edge(0, true);
      throw;
    }
    if (k) edge(*k, false);
    return k;
  };
  if (inner_) return inner_->successors(action, c, record);
  // No one else enumerates for the search: as StateSpace::successors does.
  enumerate_next(m_.actions[action], cur, m_.nvars(), c, [&](const Value* nx) { record(nx); });
}

void DotGraph::end() {
  if (inner_) inner_->end();
  if (over_.load(std::memory_order_relaxed)) return;
  Expansion* x = mine();
  x->complete = true;
  if (!x->state.empty()) finish(std::move(*x));
  *x = Expansion{};
}

StateGraph DotGraph::graph() const {
  StateGraph g;
  if (over_) return g;
  std::unordered_set<uint64_t> named, strict;
  std::vector<uint64_t> queue;
  std::unordered_map<uint64_t, int> level;
  auto find = [&](uint64_t k) -> const Expansion* {
    auto it = done_.find(k);
    return it == done_.end() ? nullptr : &it->second;
  };
  auto add_node = [&](uint64_t k, std::string label, std::string tooltip, bool initial, int lv) {
    g.order.push_back({false, g.nodes.size()});
    g.nodes.push_back({k, std::move(label), std::move(tooltip), initial, lv});
    level[k] = lv;
    queue.push_back(k);
  };
  std::unordered_map<std::string, uint64_t> by_label;  // a violating successor's node
  for (uint64_t k : initial_) {
    if (!named.insert(k).second) continue;
    const Expansion* x = find(k);
    std::string label = x ? dot_state_label(m_, x->state) : "";
    by_label.emplace(label, k);
    add_node(k, label, "", true, 1);
    g.ranks[1].push_back(k);  // TLC ranks the initial and the expanded states
  }
  // The edges a serial search (TLC's with one worker) writes: up to where it stops, the
  // first violation in BFS order (other workers may have gone on a little further).
  uint64_t fresh = 0;
  bool stopped = false;
  for (size_t qi = 0; qi < queue.size() && !stopped; ++qi) {
    const Expansion* x = find(queue[qi]);
    if (!x) continue;  // not expanded (the search stopped first)
    bool last = !x->complete || (deadlock_ && x->edges.empty());
    for (const Edge& edge : x->edges) {
      Edge e = edge;
      if (e.stopped) {
        auto it = by_label.find(dot_state_label(m_, e.state));
        e.to = it != by_label.end() ? it->second : ++fresh;
      }
      if (o_.strict && !strict.insert(x->key ^ e.to).second) continue;
      g.order.push_back({true, g.edges.size()});
      g.edges.push_back({x->key, e.to, signature(m_.actions[e.action])});
      stopped = e.stopped;
      if (named.insert(e.to).second) {
        by_label.emplace(dot_state_label(m_, e.state), e.to);
        std::string label = dot_state_label(m_, e.state, o_.diff_labels ? &x->state : nullptr);
        add_node(e.to, label, dot_state_label(m_, e.state), false, level[x->key] + 1);
      }
      if (stopped) break;
    }
    stopped = stopped || last;
    if (x->level > 1 && !x->edges.empty()) g.ranks[x->level].push_back(x->key);
  }
  return g;
}

std::string DotGraph::text() const {
  if (over_) return "";
  Colours colours(o_);
  std::string out = colours.header();
  StateGraph g = graph();
  for (const StateGraph::Item& it : g.order) {
    if (it.edge) {
      const StateGraph::Edge& e = g.edges[it.index];
      out += node_id(e.from) + " -> " + node_id(e.to) + colours.edge(e.action) + ";\n";
      continue;
    }
    const StateGraph::Node& n = g.nodes[it.index];
    if (n.initial) out += node_id(n.id) + " [label=\"" + n.label + "\",style = filled]\n";
    else out += node_id(n.id) + " [label=\"" + n.label + "\",tooltip=\"" + n.tooltip + "\"];\n";
  }
  for (const auto& [level, keys] : g.ranks) {
    out += "{rank = same; ";
    for (uint64_t k : keys) out += node_id(k) + ";";
    out += "}\n";
  }
  return out + "}\n" + colours.legend() + "}";
}

void DotGraph::collect(const CheckResult& r) {
  deadlock_ = r.verdict.kind == VerdictKind::deadlock;
  std::lock_guard lk(mu_);  // expansions cut short by the end of the search
  for (auto& [tid, x] : pending_)
    if (!x.state.empty()) done_.emplace(x.key, std::move(x));
  pending_.clear();
}

void DotGraph::end(const CheckResult& r) {
  collect(r);
  if (over_) {
    std::cerr << "cairn: error: --dump-dot: the state graph has more than " << o_.max_states
              << " states; not written (raise the limit with --dump-dot-max N)\n";
    return;
  }
  ok_ = write_file(o_.path, text());
}

std::unique_ptr<DotGraph> dot_graph(const Model& m, DotOptions o, EdgeObserver* inner) {
  return std::make_unique<DotGraph>(m, std::move(o), inner);
}

// ---- the counterexample ----------------------------------------------------------------------

namespace {

class DotTrace : public EventSink {
 public:
  explicit DotTrace(DotOptions o) : o_(std::move(o)) {}
  void start(const Model& m, const RunStart&) override { m_ = &m; }
  void trace(const std::vector<TraceStep>& t, int loop_back, bool) override {
    if (m_ && !t.empty()) ok_ = write_file(o_.path, text(t, loop_back));
  }
  bool ok() const override { return ok_; }

 private:
  DotOptions o_;
  const Model* m_ = nullptr;
  bool ok_ = true;

  // Node i+1 is state i+1 of the trace; a lasso's last step goes back to its state
  // loop_back+1, or stutters (a dashed self-loop, as TLC draws stuttering).
  std::string text(const std::vector<TraceStep>& t, int loop_back) {
    Colours colours(o_);
    std::string out = colours.header();
    bool back = loop_back >= 0 && static_cast<size_t>(loop_back) + 1 < t.size();
    size_t nodes = back ? t.size() - 1 : t.size();
    for (size_t i = 0; i < t.size(); ++i) {
      std::string id = std::to_string(i + 1);
      if (i == 0) {
        out += id + " [label=\"" + dot_state_label(*m_, t[0].state) + "\",style = filled]\n";
        continue;
      }
      std::string to = i < nodes ? id : std::to_string(loop_back + 1);
      out += std::to_string(i) + " -> " + to + colours.edge(t[i].action) + ";\n";
      if (i < nodes) {
        std::string label = dot_state_label(*m_, t[i].state, o_.diff_labels ? &t[i - 1].state : nullptr);
        out += id + " [label=\"" + label + "\",tooltip=\"" + dot_state_label(*m_, t[i].state) + "\"];\n";
      }
    }
    if (loop_back >= 0 && !back) {
      std::string id = std::to_string(nodes);
      out += id + " -> " + id + " [style=\"dashed\",color=\"lightgray\"];\n";
    }
    return out + "}\n" + colours.legend() + "}";
  }
};

}  // namespace

std::unique_ptr<EventSink> dot_trace(DotOptions o) { return std::make_unique<DotTrace>(std::move(o)); }

}  // namespace cairn
