#include "checker/liveness/formula.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace cairn::liveness {

Frame* FrameArena::make(int n, Frame* parent) {
  frames_.push_back(std::make_unique<FrameHolder>(std::max(n, 0), parent));
  return frames_.back()->get();
}

Frame* FrameArena::copy(const Frame* f) {
  Frame* g = make(f->size, f->parent);
  for (int i = 0; i < f->size; ++i) g->slots[i] = f->slots[i];
  return g;
}

int Formulas::mk(TK k, std::vector<int> kids, int atom, bool neg) {
  if (k == TK::And || k == TK::Or) {
    // Flatten, simplify with the units, sort and deduplicate.
    TK unit = k == TK::And ? TK::True : TK::False;
    TK zero = k == TK::And ? TK::False : TK::True;
    std::vector<int> flat;
    for (int c : kids) {
      const TF& t = v_[static_cast<size_t>(c)];
      if (t.k == unit) continue;
      if (t.k == zero) return mk(zero);
      if (t.k == k) flat.insert(flat.end(), t.kids.begin(), t.kids.end());
      else flat.push_back(c);
    }
    std::sort(flat.begin(), flat.end());
    flat.erase(std::unique(flat.begin(), flat.end()), flat.end());
    if (flat.empty()) return mk(unit);
    if (flat.size() == 1) return flat[0];
    kids = std::move(flat);
  } else if (k == TK::Always || k == TK::Eventually) {
    const TF& t = v_[static_cast<size_t>(kids[0])];
    if (t.k == TK::True || t.k == TK::False) return kids[0];
    if (t.k == k) return kids[0];  // [][]p = []p, <><>p = <>p
  }
  auto key = std::make_tuple(static_cast<int>(k), atom, neg ? 1 : 0, kids);
  auto it = cons_.find(key);
  if (it != cons_.end()) return it->second;
  TF t;
  t.k = k;
  t.atom = atom;
  t.neg = neg;
  t.kids = std::move(kids);
  v_.push_back(std::move(t));
  int id = static_cast<int>(v_.size() - 1);
  cons_.emplace(std::move(key), id);
  return id;
}

int Formulas::nnf(int id, bool neg) {
  TF t = v_[static_cast<size_t>(id)];  // copy: mk may reallocate
  switch (t.k) {
    case TK::True: return mk(neg ? TK::False : TK::True);
    case TK::False: return mk(neg ? TK::True : TK::False);
    case TK::Lit: return lit(t.atom, t.neg != neg);
    case TK::Not: return nnf(t.kids[0], !neg);
    case TK::And:
    case TK::Or: {
      std::vector<int> kids;
      for (int c : t.kids) kids.push_back(nnf(c, neg));
      bool conj = (t.k == TK::And) != neg;
      return mk(conj ? TK::And : TK::Or, std::move(kids));
    }
    case TK::Always:
    case TK::Eventually: {
      int kid = nnf(t.kids[0], neg);
      bool box = (t.k == TK::Always) != neg;
      return mk(box ? TK::Always : TK::Eventually, {kid});
    }
  }
  return id;
}

std::string Formulas::show(int id) const {
  const TF& t = v_[static_cast<size_t>(id)];
  auto list = [&](const char* sep) {
    std::string s = "(";
    for (size_t i = 0; i < t.kids.size(); ++i) s += (i ? sep : "") + show(t.kids[i]);
    return s + ")";
  };
  switch (t.k) {
    case TK::True: return "TRUE";
    case TK::False: return "FALSE";
    case TK::Lit: return std::string(t.neg ? "~a" : "a") + std::to_string(t.atom);
    case TK::Not: return "~" + show(t.kids[0]);
    case TK::And: return list(" /\\ ");
    case TK::Or: return list(" \\/ ");
    case TK::Always: return "[]" + show(t.kids[0]);
    case TK::Eventually: return "<>" + show(t.kids[0]);
  }
  return "?";
}

// ---- tableau ---------------------------------------------------------------------------

namespace {

struct Partial {
  std::vector<std::pair<int, bool>> lits;
  std::set<int> next;
  std::set<int> postponed;
};

/// Expands the obligations `todo` into covers (each a way to satisfy them now).
void expand(Formulas& fs, std::vector<int> todo, Partial p, std::vector<Partial>& out) {
  while (!todo.empty()) {
    int id = todo.back();
    todo.pop_back();
    const TF t = fs[id];
    switch (t.k) {
      case TK::True: continue;
      case TK::False: return;
      case TK::Not: return;  // not in NNF (cannot happen)
      case TK::Lit: {
        bool clash = false, have = false;
        for (auto& [a, n] : p.lits) {
          if (a != t.atom) continue;
          if (n != t.neg) clash = true;
          else have = true;
        }
        if (clash) return;
        if (!have) p.lits.emplace_back(t.atom, t.neg);
        continue;
      }
      case TK::And:
        for (int c : t.kids) todo.push_back(c);
        continue;
      case TK::Or:
        for (int c : t.kids) {
          std::vector<int> td = todo;
          td.push_back(c);
          expand(fs, std::move(td), p, out);
        }
        return;
      case TK::Always:
        todo.push_back(t.kids[0]);
        p.next.insert(id);
        continue;
      case TK::Eventually: {
        // Either now, or postponed to the next position (then not accepting for it).
        std::vector<int> td = todo;
        td.push_back(t.kids[0]);
        expand(fs, std::move(td), p, out);
        Partial q = p;
        q.next.insert(id);
        q.postponed.insert(id);
        expand(fs, std::move(todo), std::move(q), out);
        return;
      }
    }
  }
  std::sort(p.lits.begin(), p.lits.end());
  out.push_back(std::move(p));
}

void collect_eventualities(Formulas& fs, int id, std::set<int>& seen, std::vector<int>& ev) {
  if (!seen.insert(id).second) return;
  const TF t = fs[id];
  if (t.k == TK::Eventually) ev.push_back(id);
  for (int c : t.kids) collect_eventualities(fs, c, seen, ev);
}

}  // namespace

Automaton tableau(Formulas& fs, int root) {
  std::set<int> seen;
  std::vector<int> ev;
  collect_eventualities(fs, root, seen, ev);
  if (ev.size() > 64) throw Error(Loc{}, "the temporal property is too large for the liveness checker", exit_code::other);
  std::map<int, int> ev_index;
  for (size_t j = 0; j < ev.size(); ++j) ev_index[ev[j]] = static_cast<int>(j);

  Automaton a;
  a.nacc = static_cast<int>(ev.size());
  std::map<std::vector<int>, int> ids;
  std::vector<std::vector<int>> keys;
  auto state_of = [&](std::vector<int> key) {
    auto it = ids.find(key);
    if (it != ids.end()) return it->second;
    int id = static_cast<int>(keys.size());
    ids.emplace(key, id);
    keys.push_back(std::move(key));
    return id;
  };
  state_of({root});
  for (size_t q = 0; q < keys.size(); ++q) {
    std::vector<Partial> covers;
    expand(fs, keys[q], Partial{}, covers);
    std::vector<Cover> cs;
    std::set<std::tuple<std::vector<std::pair<int, bool>>, int, uint64_t>> dedup;
    for (auto& p : covers) {
      Cover c;
      c.lits = p.lits;
      c.to = state_of(std::vector<int>(p.next.begin(), p.next.end()));
      c.acc = a.all_acc();
      for (int e : p.postponed) c.acc &= ~(1ULL << ev_index[e]);
      if (dedup.insert({c.lits, c.to, c.acc}).second) cs.push_back(std::move(c));
    }
    a.states.push_back(std::move(cs));
  }
  return a;
}

}  // namespace cairn::liveness
