// The resolved IR that the evaluator runs.
//
// Resolution (resolve.cpp) turns the AST into these nodes: every name is already bound to
// what it denotes, so nothing is looked up by name at run time:
//  - state variables are slots of the state array (StateVar, with a primed flag);
//  - bound variables, operator parameters and LET-local values are slots of a Frame,
//    addressed by (frames up, slot) (Local);
//  - operators are pointers to compiled definitions (Call) or to native built-ins (Builtin).
// A Frame is one activation of a definition: its parameters, then the variables bound by
// quantifiers and set builders inside its body. LET definitions and LAMBDAs get their own
// frames whose parent is the frame they were written in (static link), so they can see
// the enclosing bound variables.
#pragma once

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "checker/value/value.hpp"
#include "grammar/source.hpp"

namespace cairn {

struct Node;
struct Def;
struct Builtin;
class Evaluator;
class CompiledExpr;

enum class Level : uint8_t { Constant = 0, State = 1, Action = 2, Temporal = 3 };

enum class Op : uint8_t {
  Lit,          // value
  StateVar,     // slot, primed
  GhostVar,     // an instance's own variable x under ENABLED (see resolve.cpp): slot past
                // the state's, primed; kids[0] = x's substitution (its unprimed meaning)
  Local,        // up, slot
  Call,         // def(kids...) ; up = frames to walk to the definition's static parent
  CallParam,    // call of an operator parameter (closure in Local up/slot) with kids
  Builtin,      // builtin(kids...)
  Closure,      // an operator passed as an argument: def (or builtin), up
  And, Or, Not, Implies, Equiv,
  If,           // kids: c, t, e
  Case,         // kids: g1, e1, ..., [other]; has_other
  Let,          // kids[0] = body (the LET definitions are Defs referenced by Call nodes)
  Forall, Exists,  // binders, kids.back() = body
  Choose,       // binders[0], kids[0] = body
  SetEnum, Tuple,
  SetFilter,    // binders[0], kids[0] = predicate
  SetMap,       // binders, kids[0] = element expression
  FcnCons,      // binders, kids[0] = body
  FcnApp,       // kids[0] applied to kids[1] (several arguments are a tuple)
  FcnSet,       // [kids[0] -> kids[1]]
  RcdCons,      // fields[i] |-> kids[i]
  RcdSet,       // fields[i] : kids[i]
  CartProd,     // kids
  Dot,          // kids[0].field
  Except,       // kids[0] = base; for each clause: path steps then value (see except_shape)
  Prime,        // kids[0] evaluated in the next state (for non-variable expressions)
  Unchanged,    // kids[0]
  Enabled,      // kids[0]
  BoxAction,    // [kids[0]]_kids[1]
  AngleAction,  // <<kids[0]>>_kids[1]
  WF, SF,       // kids: subscript, action
  Always, Eventually, LeadsTo,  // temporal
  Compose,      // kids[0] \cdot kids[1]: an action, enumerated as a step of A then of B
  TemporalOther,// \AA, \EE, -+->: parsed, not checkable
  Cached,       // kids[0], a closed constant expression: evaluated once (fold.cpp)
};

/// The operators of the language a Builtin node's native implements that the evaluator
/// and the enumerator treat specially (read in place, or bind a variable). Resolution sets
/// it with the native (builtin_op in natives/builtins.hpp); run time switches on it.
enum class BuiltinOp : uint8_t { Other, Eq, Neq, In, NotIn, Subseteq };

/// A value computed once in a run and from then on shared by all workers (a folded
/// constant, a zero-argument constant definition): a run-time cache, kept beside the IR
/// in RunCaches; the IR node only points to its cell.
struct OnceCell {
  std::once_flag once;
  Value value;
  std::atomic<bool> ready{false};
};

/// The run-time caches of one resolved spec. Cells are handed out while the IR is built
/// (one thread) and keep their addresses; evaluation fills them (OnceCell's once_flag).
class RunCaches {
 public:
  OnceCell* cell() { return &cells_.emplace_back(); }

 private:
  std::deque<OnceCell> cells_;
};

/// A binder of a quantifier or set builder: `x \in S` (one slot), `<<x, y>> \in S`
/// (tuple), or unbounded (set == nullptr).
struct Binder {
  std::vector<int> slots;
  std::vector<std::string> names;
  bool tuple = false;
  const Node* set = nullptr;
};

struct Node {
  Op op;
  Loc loc;
  Level level = Level::Constant;
  bool primed = false;
  bool has_other = false;
  BuiltinOp bop = BuiltinOp::Other;  // Builtin: which operator of the language, if special
  int slot = -1;
  int up = 0;
  Value lit;
  Def* def = nullptr;
  const Builtin* builtin = nullptr;
  std::vector<const Node*> kids;
  std::vector<Binder> binders;
  std::vector<Value> fields;       // RcdCons / RcdSet / Dot (field names, as strings)
  // Except: per clause, the kinds of its path steps (true = field, false = index),
  // the steps' argument nodes are in kids in order, then the value; the `@` of each
  // clause is the Local at except_at_slot.
  std::vector<std::vector<bool>> except_shape;
  int except_at_slot = -1;
  std::vector<int> let_slots;      // Let: cache slots of its zero-argument definitions
  std::string text;                // a short rendering for messages (operator name etc.)
  OnceCell* folded = nullptr;      // Cached: where the value of kids[0] is kept once computed
  // The compiled form the enumerator made of this node the first time an action evaluated
  // it (eval/compiled.hpp, ActionLeaves, which owns it and resets this at the run's end).
  mutable std::atomic<const CompiledExpr*> compiled{nullptr};

  Node(Op o, Loc l) : op(o), loc(l) {}
};

/// A compiled operator or function definition.
struct Def {
  std::string name;
  std::string module;
  Loc loc;
  Loc body_loc;
  int arity = 0;
  int inst_params = 0;              // leading parameters of a parameterised INSTANCE
  int let_cache_slot = -1;          // zero-argument LET definition: cache slot in the parent frame
  std::vector<int> param_arity;   // >0 for operator (higher-order) parameters
  // Parameters the body evaluates in another state (under a prime, UNCHANGED, ENABLED or
  // a [A]_v/<<A>>_v subscript): their arguments are passed unevaluated (lazy_arg).
  uint64_t lazy_params = 0;
  // Parameters whose level does not reach the result (used only under ENABLED):
  // `B(d) == ENABLED d` is a state predicate whatever d is.
  uint64_t level_blocked_params = 0;
  bool lazy_param(size_t i) const { return i < 64 && (lazy_params >> i & 1); }
  bool level_blocked(size_t i) const { return i < 64 && (level_blocked_params >> i & 1); }
  int frame_size = 0;
  const Node* body = nullptr;
  const Builtin* native = nullptr;  // a built-in implementation overrides the body
  Level level = Level::Constant;
  bool recursive = false;
  const void* origin = nullptr;     // the AST unit it was compiled from
  bool nested = false;              // a LET definition or LAMBDA: its frame has a parent
  // The body is a number or string literal: TLC looks such an operator up as that value
  // (SymbolNodeValueLookupProvider.lookup returns the body's tool object, which
  // SpecProcessor.processConstants sets on NumeralNode/StringNode), not as an OpValue.
  bool literal_body = false;
  // A LAMBDA standing for a built-in operator of the language passed as an argument
  // (\cup, /\, =, ...; Resolver::symbol_lambda): TLC's OpValue for it has no definition.
  bool symbol_op = false;
  // TLC overrides the operator in Java with a method that evaluates its arguments itself
  // (SequencesExt's replaceFirstSubSeq/replaceAllSubSeq take the argument nodes): an
  // argument that fails fails the call, read by the TLA+ body or not.
  bool strict_args = false;
  bool is_function = false;         // f[x \in S] == ... : body is an FcnCons
  bool resolving = false;           // cycle guard during resolution
  bool resolved = false;
  // Where the value of a zero-arity constant-level definition (e.g. `Procs == 1..N`) is
  // kept once computed (null: never cached).
  OnceCell* cache = nullptr;
};

/// A frame: one activation of a definition.
struct Frame {
  Frame* parent = nullptr;
  Value* slots = nullptr;
  int size = 0;
};

/// The frame `up` static links above f.
inline Frame* walk(Frame* f, int up) {
  while (up-- > 0 && f) f = f->parent;
  return f;
}

}  // namespace cairn
