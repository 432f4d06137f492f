// Temporal formulas of the liveness checker: atoms, hash-consed LTL (without next) in
// negation normal form, and the tableau translation to a transition-based generalized
// Buchi automaton. See liveness.hpp for the design.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <deque>
#include <string>
#include <tuple>
#include <vector>

#include "checker/eval/eval.hpp"

namespace cairn::liveness {

/// A leaf of a temporal formula, evaluated on a graph node or on an edge.
struct Atom {
  enum class K : uint8_t { StatePred, ActionPred, Enabled, Taken } k = K::StatePred;
  const Node* node = nullptr;  // StatePred / ActionPred
  Frame* frame = nullptr;
  int fair = -1;               // Enabled / Taken: the FairAct
  bool on_edge() const { return k == K::ActionPred || k == K::Taken; }
};

/// `<<A>>_v` of a WF/SF: enabled(s) and taken(s -> t) are computed for it on the graph.
struct FairAct {
  const Node* action = nullptr;
  const Node* sub = nullptr;
  Frame* frame = nullptr;
  Loc loc;
  // ENABLED <<A>>_v as TLC decides it where it differs from enumerating A (a WF/SF written
  // in an instantiated module whose primed variables are substituted by expressions: see
  // the resolver's third kid of WF/SF), or null.
  const Node* enabled = nullptr;
};

enum class TK : uint8_t { True, False, Lit, Not, And, Or, Always, Eventually };

struct TF {
  TK k = TK::True;
  int atom = -1;
  bool neg = false;
  std::vector<int> kids;
};

/// Hash-consed formulas (And/Or kids sorted: equal formulas get equal ids).
class Formulas {
 public:
  int mk(TK k, std::vector<int> kids = {}, int atom = -1, bool neg = false);
  int lit(int atom, bool neg = false) { return mk(TK::Lit, {}, atom, neg); }
  const TF& operator[](int id) const { return v_[static_cast<size_t>(id)]; }
  /// The negation normal form of `id` (negated if `neg`): Not only on literals.
  int nnf(int id, bool neg);
  std::string show(int id) const;

 private:
  std::vector<TF> v_;
  std::map<std::tuple<int, int, int, std::vector<int>>, int> cons_;
};

/// A transition of the automaton: taken along a step whose current state and step satisfy
/// `lits` (atom, negated), going to state `to`; in acceptance set j iff bit j of `acc`.
struct Cover {
  std::vector<std::pair<int, bool>> lits;
  int to = -1;
  uint64_t acc = 0;
};

struct Automaton {
  std::vector<std::vector<Cover>> states;  // state 0 is initial
  int nacc = 0;                            // acceptance sets
  uint64_t all_acc() const { return nacc == 0 ? 0 : (nacc >= 64 ? ~0ULL : ((1ULL << nacc) - 1)); }
};

/// The automaton accepting exactly the behaviours satisfying NNF formula `root`.
Automaton tableau(Formulas& fs, int root);

/// Frames that live as long as the liveness check (formulas keep pointers to them).
class FrameArena {
 public:
  Frame* make(int n, Frame* parent);
  Frame* copy(const Frame* f);

 private:
  std::deque<std::unique_ptr<FrameHolder>> frames_;
};

}  // namespace cairn::liveness
