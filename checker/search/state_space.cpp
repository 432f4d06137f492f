#include "checker/search/state_space.hpp"

namespace cairn {

StateSpace::StateSpace(const Model& m) : m_(m), n_(m.nvars()) {
  if (m_.symmetry) {
    Ctx c;
    c.worker = m_.worker();
    FrameHolder fh(m_.symmetry.frame_size, nullptr);
    symmetry_ = std::make_unique<Symmetry>(eval(m_.symmetry.node, fh.get(), c));
  }
  if (!m_.compile_predicates) return;
  for (const auto* group : {&m_.constraints, &m_.action_constraints, &m_.invariants, &m_.action_properties})
    for (const NamedDef& d : *group) {
      std::string why;
      auto p = CompiledExpr::compile_in_frame(d.node, &why);
      compiled_report_.emplace_back(d.name, p ? "" : why);
      if (p) compiled_[&d] = std::move(p);
    }
}

bool StateSpace::holds(const NamedDef& d, const Value* cur, const Value* next, int level,
                        const char* what, Worker* w) const {
  Ctx c;
  c.worker = w ? w : m_.worker();
  c.cur = cur;
  c.next = const_cast<Value*>(next);
  c.level = level;
  FrameHolder fh(d.frame_size, nullptr);
  if (!compiled_.empty()) {
    auto it = compiled_.find(&d);
    bool out;
    if (it != compiled_.end() && it->second->active() && it->second->eval_bool(c, fh.get(), out)) return out;
  }
  return eval_bool(d.node, fh.get(), c, what);
}

bool StateSpace::in_model(const Value* cur, const Value* next, int level, Worker* w) const {
  const Value* st = next ? next : cur;
  for (const auto& k : m_.constraints)
    if (!holds(k, st, nullptr, level, "a constraint", w)) return false;
  // TLC evaluates a step's formulas with its current state as s0, and TLCGet("level") is
  // s0's level (TLCGetSet, LEVEL): the level of the state the step leaves, one less than
  // the new state's, which the state CONSTRAINTs see (their s0 is the new state).
  if (next)
    for (const auto& k : m_.action_constraints)
      if (!holds(k, cur, next, level - 1, "an action constraint", w)) return false;
  return true;
}

int StateSpace::violated_invariant(const Value* st, int level, size_t& at, Worker* w) const {
  for (at = 0; at < m_.invariants.size(); ++at)
    if (!holds(m_.invariants[at], st, nullptr, level, "an invariant", w)) return static_cast<int>(at);
  return -1;
}

int StateSpace::violated_action_property(const Value* cur, const Value* next, int level, size_t& at,
                                         Worker* w) const {
  for (at = 0; at < m_.action_properties.size(); ++at)  // the step's level: as in_model's
    if (!holds(m_.action_properties[at], cur, next, level - 1, "an invariant", w)) return static_cast<int>(at);
  return -1;
}

int StateSpace::violated_implied_init(const Value* st, size_t& at) const {
  for (at = 0; at < m_.implied_inits.size(); ++at)
    if (!holds(m_.implied_inits[at], st, nullptr, 1, "a property")) return static_cast<int>(at);
  return -1;
}

uint64_t StateSpace::key(const Value* st, int level) const {
  if (symmetry_ && !m_.view) return symmetry_->min_fingerprint(st, n_, combine_fingerprints);
  if (!m_.view) return state_fingerprint(st, n_);
  // With SYMMETRY too, the view of the orbit's smallest state (TLCStateMut.fingerPrint).
  std::vector<Value> rep;
  if (symmetry_) rep = symmetry_->smallest_image(st, n_);
  Ctx c;
  c.worker = m_.worker();
  c.cur = symmetry_ ? rep.data() : st;
  c.level = level;
  FrameHolder fh(m_.view.frame_size, nullptr);
  uint64_t h = fingerprint(eval(m_.view.node, fh.get(), c));
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

}  // namespace cairn
