// Liveness: checking the temporal PROPERTY formulas of a model under the fairness of its
// SPECIFICATION, with TLC's verdicts.
//
// Design, and why:
//
// 1. From the safety search's edges. Liveness is checked only when the safety search
//    succeeded (as TLC, whose liveness phase for these models runs on the complete graph
//    after the BFS), so the counts it reports stay the safety search's. It needs every
//    state's successor edges with labels, and the search keeps only fingerprints and
//    parent links: so the search records them for it (an EdgeObserver, explore.hpp).
//    The search asks the observer for each action's successors; the observer enumerates
//    its own split of the action (its "units", below: the bindings of `\E x \in S : B`
//    one by one, which gives the same successors in the same order as the whole action,
//    since the enumerator enumerates \E as its bindings in order), labels each edge as it
//    goes, with a per-worker copy of the formulas (evaluation writes into their frames:
//    quantifier bindings, LET caches; each copy is built by the same deterministic
//    sequence, so the atoms and fair acts have the same indices), and hands each successor
//    to the search, which keeps its key when the state is in the model. Each worker
//    appends the nodes it expanded to its own buffer. Afterwards the graph is numbered as
//    a serial BFS would (the initial states in order, then each node's edges in order),
//    so ids, edge order and bits do not depend on the worker count nor on the search's
//    order. A labelling error stops the search at the node being labelled (end() throws
//    it), as TLC's Worker does, with the search's counts at that point and the trace to
//    the node; when the graph is rebuilt by check() itself, the first labelling error in
//    its order is the one reported. Edge labels depend only on the step: a node's
//    successor reached by several actions is labelled once.
//    States are keyed exactly as the search keys them: the variables' fingerprints
//    combined, the VIEW's fingerprint, or the SYMMETRY minimum; a node is the state the
//    search expanded for its key (TLC's quotient graph). With several workers under
//    SYMMETRY or VIEW that need not be the first one in BFS order, so then (and for
//    check_liveness, given only a finished safety result) the graph is rebuilt by a BFS
//    of its own, in chunks of consecutive ids expanded in parallel and merged in node
//    order, which gives the same graph. States outside CONSTRAINT/ACTION_CONSTRAINT are
//    dropped with their edges, as TLC does.
//
// 2. Labels computed once, while expanding. Every leaf of a property (a state predicate,
//    possibly with ENABLED inside, or an action such as <<A>>_v) becomes an "atom": state
//    atoms are evaluated on each node, action atoms on each edge with the *actual*
//    successor (not the representative, as TLC evaluates them when the successor is
//    generated). Each WF_v(A)/SF_v(A) gives two facts: enabled(s) = some A-successor of s
//    changes v (enumerate A from s, as TLC's ENABLED does), and taken(s->t) = t is one of
//    those successors. When A is made of pieces of the split next-state relation (e.g.
//    WF_vars(P(self)) with Next == \E self \in S : P(self)), its successors are the ones
//    the expansion of s enumerated for those pieces: they are not enumerated again
//    (Checker::match_fair_actions). Every node also has an implicit stuttering self-loop: behaviours may
//    stutter (a deadlocked state stutters forever), a stuttering step satisfies no
//    <<A>>_v, and it is how TLC reports "State k+1: Stuttering".
//
// 3. Properties as automata, fairness as Streett conditions. Each property is split into
//    its conjuncts (`/\`, `\A x \in S` over constant sets are expanded), each checked on its
//    own (smaller automata). The negation of a conjunct, in negation normal form over
//    [], <>, /\, \/ and atoms (p ~> q is [](~p \/ <>q); WF/SF inside a property are
//    expanded to their []<>/<>[] meaning), is translated to a transition-based generalized
//    Buchi automaton by the classic tableau expansion (one acceptance set per <>
//    subformula: the transitions where it is not postponed). General temporal conjuncts of
//    the SPECIFICATION are conjoined to it too. WF/SF conjuncts of the SPECIFICATION are
//    not put into the automaton (with \A p \in Procs : WF(A(p)) that would blow it up):
//    they are acceptance conditions checked on strongly connected components, the
//    classic "fair SCC" (Streett emptiness) algorithm:
//      - the product (graph x automaton) is built on the fly and split into SCCs by an
//        iterative Tarjan (graphs reach 10^6 nodes; recursion would overflow the stack);
//      - a nontrivial SCC is a counterexample iff it has an edge in every acceptance set,
//        for every WF a node where A is disabled or an internal <<A>>_v edge, and for every
//        SF either no node where A is enabled or an internal <<A>>_v edge;
//      - an SCC failing only SF conditions has its A-enabled nodes removed and is split
//        again (WF and Buchi failures cannot be cured by removing nodes).
//    This decides exactly "some fair behaviour of the spec violates the property".
//
// 4. Counterexample: a lasso, as TLC prints it. Once the search above found one, the lasso
//    TLC reports is searched for (Checker::tlc_lasso, after LiveWorker.checkSccs): its
//    possible error models in TLC's order (each SF as its <>[]~ENABLED branch, then its
//    []<>A one; the property's top-level <>[]X as cuts of the graph, []<>X as conditions,
//    the rest in a tableau whose nodes pair states with covers, no initial pseudo-node),
//    each searched by a DFS that visits successors last-first from the initial nodes and
//    then (FIFO) from the targets of cut steps; the first SCC meeting the model's
//    conditions, the shortest path to its DFS root, and dfsPostFix/bfsPostFix's cycle.
//    TLC's successor order is its hash order (fingerprint-dependent); cairn uses its own.
//    If that finds nothing (it should not), the lasso of the search above: a BFS-shortest
//    path in the product from an initial node to the fair SCC, then a cycle inside the SCC
//    through every edge and node the acceptance conditions need (each leg a BFS inside the SCC). Stuttering
//    steps are dropped from the printed cycle; a cycle of stuttering only prints as
//    "State k+1: Stuttering". CheckResult: trace holds the prefix and the cycle; when
//    the cycle returns to an earlier state, trace.back() repeats trace[loop_back] and
//    carries the closing action ("Back to state loop_back+1: <A ...>"); for stuttering,
//    loop_back == trace.size() - 1.
//
// Formulas handled: []p, <>p, []<>p, <>[]p, p ~> q, <><<A>>_v, []<><<A>>_v, WF/SF,
// ENABLED inside state predicates, /\ \/ ~ => <=>, IF with a constant condition,
// \A/\E over constant sets around temporal formulas, definitions (with arguments) and LET
// that expand to these, and any nesting of them (the tableau is general LTL without X).
// Not handled (reported as errors): \EE/\AA, -+->, \cdot.
#pragma once

#include "checker/search/explore.hpp"
#include "checker/search/simulate.hpp"

namespace cairn::liveness {

/// Checks the temporal properties of `m` (m.properties) under its fairness (m.fairness).
/// `safety` is the successful safety result: its counts are kept. Never throws for spec
/// errors: they come back as an "error" result.
CheckResult check_liveness(Model& m, const CheckResult& safety, const CheckOptions& opts);

/// The liveness check of a run, from the edges of its safety search: made before the
/// search (it prepares the formulas), attached to it through observer(), then check()ed
/// after a successful search. Gives check_liveness's answers, without a second BFS
/// (except under SYMMETRY or VIEW with several workers, see Checker::observe).
class Liveness {
 public:
  Liveness(Model& m, const CheckOptions& opts);  // opts must outlive it
  ~Liveness();
  /// What the safety search reports its edges to (CheckOptions::edges); null when the
  /// graph is built by check() itself.
  EdgeObserver* observer();
  CheckResult check(const CheckResult& safety);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The temporal properties checked on each finite behaviour of a simulation, as TLC's
/// simulation does (LiveCheck1.checkTrace): a behaviour violates a property when the graph
/// of its states (a state that comes back closes a cycle) and steps, with every state's
/// stuttering loop, has a fair path violating it. So a behaviour cut at --depth ends in
/// stuttering forever: <>P fails on it when P never held unless fairness forbids stopping
/// there (an action the fairness names is still enabled). One per worker.
std::unique_ptr<BehaviourCheck> make_behaviour_check(Model& m);

}  // namespace cairn::liveness
