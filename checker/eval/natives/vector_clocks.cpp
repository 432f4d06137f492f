// VectorClocks.CausalOrder as TLC computes it in Java (tlc2.overrides.VectorClocks): the
// TLA+ definition CHOOSEs among all functions 1..Len(log) -> Range(log), far too many to
// enumerate for a real log. The log lines are grouped by node, each node's lines sorted by
// the node's own clock value, every line linked to the lines whose clock values it has seen
// first, and the resulting DAG emptied root by root.
#include "checker/eval/natives/vector_clocks.hpp"

#include <algorithm>
#include <set>

namespace cairn {

namespace {

struct Line {
  Value value, clock, time;
  std::vector<Value> hosts;  // the clock's domain
  std::set<size_t> parents, children;
};

struct Host {
  Value id;
  std::vector<size_t> lines;  // indices into the Line table, in the node's own order
};

size_t host_index(std::vector<Host>& hosts, const Value& id, bool add) {
  for (size_t i = 0; i < hosts.size(); ++i)
    if (equals(hosts[i].id, id)) return i;
  if (!add)
    throw eval_error("CausalOrder: the vector clock names node " + to_string(id) + ", which has no line in the log");
  hosts.push_back(Host{id, {}});
  return hosts.size() - 1;
}

}  // namespace

Value vc_causal_order(const Value* a, Ctx& c) {
  if (!is_tuple(a[0]))
    throw module_error("The first argument of CausalOrder should be a sequence, but instead it is:\n" + to_string(a[0]), tlc_ec::module_argument_error);
  const FcnObj* log = as_fcn(a[0]);
  std::vector<Line> lines;
  std::vector<Host> hosts;
  // A) Each node's lines, sorted by the node's own clock value (a stable sort, as List.sort).
  for (const Value& v : log->rng) {
    Value node = apply_closure(a[2], {v}, c);
    Value clock = apply_closure(a[1], {v}, c);
    Line l{v, clock, apply(clock, node), {}, {}, {}};
    for_each_element(apply_closure(a[3], {clock}, c), [&](const Value& h) { l.hosts.push_back(h); return true; });
    hosts[host_index(hosts, node, true)].lines.push_back(lines.size());
    lines.push_back(std::move(l));
  }
  for (Host& h : hosts)
    std::stable_sort(h.lines.begin(), h.lines.end(),
                     [&](size_t x, size_t y) { return compare(lines[x].time, lines[y].time) < 0; });
  // B) A line's parents: for every node, the line whose clock value it is the first to see.
  for (Host& h : hosts) {
    std::vector<Value> seen(hosts.size(), Value::integer(0));
    size_t self = host_index(hosts, h.id, false);
    for (size_t li : h.lines) {
      Line& l = lines[li];
      seen[self] = l.time;
      for (const Value& other : l.hosts) {
        Value time = apply(l.clock, other);
        size_t o = host_index(hosts, other, false);
        if (compare(seen[o], time) >= 0) continue;
        seen[o] = time;
        int64_t idx = time.is_int() ? time.as_int() - 1 : -1;
        if (idx < 0 || idx >= static_cast<int64_t>(hosts[o].lines.size()))
          throw eval_error("CausalOrder: node " + to_string(other) + " has no line with clock value " + to_string(time));
        size_t p = hosts[o].lines[static_cast<size_t>(idx)];
        l.parents.insert(p);
        lines[p].children.insert(li);
      }
    }
  }
  // C) Repeatedly take the nodes' first lines that are roots. TLC visits the nodes in the
  // order of a HashMap keyed by value fingerprints, which change from run to run; cairn
  // visits them in the order of their first line in the log.
  std::vector<Value> sorted;
  std::vector<size_t> head(hosts.size(), 0);
  for (size_t round = 0; round < lines.size(); ++round) {
    for (size_t h = 0; h < hosts.size(); ++h) {
      if (head[h] == hosts[h].lines.size()) continue;
      size_t li = hosts[h].lines[head[h]];
      if (!lines[li].parents.empty()) continue;
      ++head[h];
      for (size_t ch : lines[li].children) lines[ch].parents.erase(li);
      sorted.push_back(lines[li].value);
    }
  }
  return make_tuple(std::move(sorted));
}

}  // namespace cairn
