// The reachable state graph, or a counterexample, as Graphviz DOT in TLC's format
// (tlc2.util.DotStateWriter: `tlc -dump dot[,colorize,actionlabels] FILE`).
//
// The graph is recorded from the search's edges: DotGraph is an EdgeObserver that wraps
// the one the run already has (liveness), or enumerates the successors itself, and keeps
// each expanded state's edges. At the end of the run (an EventSink) it writes them in the
// order a serial BFS would have (the initial states in order, then each state's edges in
// action order), so the file does not depend on the worker count.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "checker/report/events.hpp"

namespace cairn {

struct DotOptions {
  std::string path;
  bool colorize = false;       // edges coloured by action, with a legend (TLC's colorize)
  bool action_labels = false;  // edges labelled with the action (TLC's actionlabels)
  bool strict = false;         // TLC's strict: one edge per pair of states
  bool diff_labels = false;    // successors labelled with their changed variables (-difftrace)
  int64_t max_states = 10000;  // --dump-dot-max: a larger graph is refused
};

/// Reads TLC's `-dump` format list ("dot,colorize,actionlabels"). False (and the item in
/// `bad`) when it is not a dot list or names an item cairn does not implement.
bool parse_tlc_dot_formats(std::string_view formats, DotOptions& o, std::string& bad);

/// TLC's label of a state: `/\ x = 1\n/\ y = 2` (a lone variable without `/\ `), DOT-escaped;
/// with `prev`, only the variables whose value differs from prev's.
std::string dot_state_label(const Model& m, const std::vector<Value>& s, const std::vector<Value>* prev = nullptr);

/// The recorded graph in the order a serial BFS writes it (TLC's): nodes and edges
/// interleaved in `order`; `ranks`: TLC's {rank = same} groups (initial and expanded states).
struct StateGraph {
  struct Node {
    uint64_t id;
    std::string label, tooltip;  // DOT-escaped
    bool initial;
    int level;  // BFS level, from 1
  };
  struct Edge {
    uint64_t from, to;
    std::string action;
  };
  struct Item {
    bool edge;
    size_t index;  // into nodes or edges
  };
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::vector<Item> order;
  std::map<int, std::vector<uint64_t>> ranks;
};

class DotGraph : public EdgeObserver, public EventSink {
 public:
  DotGraph(const Model& m, DotOptions o, EdgeObserver* inner);

  // EdgeObserver
  void initial(const std::vector<uint64_t>& keys) override;
  void begin(const Value* cur, uint64_t key, int level) override;
  void successors(size_t action, Ctx& c, const KeepFn& keep) override;
  void end() override;

  // EventSink: the file is written when the run ends.
  void end(const CheckResult& r) override;
  bool ok() const override { return ok_; }

  /// The run ended: takes the expansions cut short by its end (done by end()).
  void collect(const CheckResult& r);
  /// What was recorded (empty when the graph is over the limit), and its DOT text.
  StateGraph graph() const;
  std::string text() const;
  bool over_limit() const { return over_.load(); }

 private:
  struct Edge {
    uint64_t to;
    uint32_t action;
    std::vector<Value> state;  // the successor (its first edge in BFS order labels it)
    bool stopped = false;      // the search stopped on it (a violation): `to` is unknown
  };
  struct Expansion {
    uint64_t key = 0;
    int level = 0;
    std::vector<Value> state;
    std::vector<Edge> edges;
    bool complete = false;  // end() was called: not cut short by an error
    const Value* cur = nullptr;  // the state the thread expands (also past max_states)
  };
  const Model& m_;
  DotOptions o_;
  EdgeObserver* inner_;
  std::vector<uint64_t> initial_;
  std::mutex mu_;
  std::unordered_map<std::thread::id, Expansion> pending_;  // per worker: the state it expands
  std::unordered_map<uint64_t, Expansion> done_;
  std::atomic<int64_t> expanded_{0};
  std::atomic<bool> over_{false};
  bool ok_ = true;
  bool deadlock_ = false;  // the run ended on a deadlock

  Expansion* mine();
  void finish(Expansion&& x);
};

/// Records the state graph of a `cairn check` run (wrapping `inner`, the run's observer).
std::unique_ptr<DotGraph> dot_graph(const Model& m, DotOptions o, EdgeObserver* inner);

/// Writes only the counterexample (`--dump-dot-trace FILE`), as TLC's DOT.
std::unique_ptr<EventSink> dot_trace(DotOptions o);

}  // namespace cairn
