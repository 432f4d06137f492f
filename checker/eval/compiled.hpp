// Closure compilation of state and action predicates (CONSTRAINT, ACTION_CONSTRAINT,
// INVARIANT, action PROPERTY), which the searches ask about every state, and of the
// expressions the enumerator evaluates inside actions (guards, right sides of
// assignments): issue 13's first route.
//
// The interpreter (eval.cpp) walks the IR: each node is dispatched on its op, boxed into a
// Value, located for errors and, for an operator call, given a frame. A compiled
// predicate is a tree of pre-built closures (CNode) specialised at compile time for the
// node's shape: a state variable is an index into the state, a bound variable an index
// into one flat slot array, a user-defined operator is inlined (its parameters are the
// argument closures, call by name: the predicates compiled are pure), `<`, `<=`, `+` ...
// of integers are computed unboxed, `/\`, `\/`, `=`, `\in` return a C++ bool.
//
// The compiled code is only a fast path for the common case. It handles the constructs
// PredicateCompiler::compile lists and, at run time, the value kinds it expects (integers where it does
// integer arithmetic, enumerated sets and intervals in quantifiers); anything else, and
// any error, makes it give up on that evaluation (CompiledFallback, or the Error itself),
// and the caller evaluates the predicate again with the interpreter, which gives the
// answer or the error exactly as before: same value functions (equals, member, apply),
// same short-circuit order, same checks. A predicate that gives up 1024 times is no
// longer tried. A predicate using anything impure (TLCGet, TLCSet, Print, RandomElement, ...) is
// not compiled at all.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "checker/eval/eval.hpp"

namespace cairn {

struct CNode;

/// Thrown by compiled code where it does not handle what it meets at run time.
struct CompiledFallback {};

/// A compiled expression (see above). Thread-safe: evaluation keeps its slots on the stack.
class CompiledExpr {
 public:
  ~CompiledExpr();
  /// Compiles `body` (a NamedDef's node; its bound variables get flat slots of their own);
  /// null when it uses a construct the compiler does not handle (`why` says which).
  static std::unique_ptr<CompiledExpr> compile(const Node* body, std::string* why = nullptr);
  /// Compiles an expression the enumerator evaluates inside an action (a guard, the right
  /// side of `x' = e` or `x' \in S`) in the frame of the definition it is written in: an
  /// identifier of that frame (an operator parameter, a bound variable of an enclosing \E)
  /// is read from the frame at run time.
  /// `islands`: where the compiled code calls the interpreter, and what for.
  static std::unique_ptr<CompiledExpr> compile_in_frame(const Node* n, std::string* why = nullptr,
                                                        std::vector<std::string>* islands = nullptr);

  /// The predicate's value in ctx c; false when it gave up (then `out` is unset and the
  /// caller asks the interpreter).
  bool eval(Ctx& c, bool& out) const { return eval_bool(c, nullptr, out); }
  /// The same in frame f (compile_in_frame), as a boolean or as a value.
  bool eval_bool(Ctx& c, Frame* f, bool& out) const;
  bool eval_value(Ctx& c, Frame* f, Value& out) const;

  /// Whether it is still tried (it stops after too many fallbacks).
  bool active() const { return active_.load(std::memory_order_relaxed); }
  uint64_t fallbacks() const { return fallbacks_.load(std::memory_order_relaxed); }

 private:
  CompiledExpr() = default;
  bool gave_up() const;
  template <class Take>
  bool run(Ctx& c, Frame* f, Take&& take) const;
  std::vector<std::unique_ptr<CNode>> nodes_;
  const CNode* root_ = nullptr;
  int slots_ = 0;
  mutable std::atomic<uint64_t> fallbacks_{0};
  mutable std::atomic<bool> active_{true};
  friend class PredicateCompiler;
  friend class ActionLeaves;
};

/// The compiled forms of the expressions the enumerator evaluates in one model's actions,
/// made the first time each is met (compile_in_frame) and kept on the node
/// (Node::compiled). Owned by the Model, so it lives as long as the nodes; the enumerator
/// reaches it through RunContext::leaves, which is null under --interpret.
class ActionLeaves {
 public:
  /// n's compiled form, or null: n is not compiled (or has given up too often).
  const CompiledExpr* get(const Node* n) {
    const CompiledExpr* e = n->compiled.load(std::memory_order_acquire);
    if (!e) e = compile(n);
    return e != &none_ && e->active() ? e : nullptr;
  }

  /// What was met so far: how many expressions are compiled, and each one that is not
  /// (its location and the first construct that stopped it), for --explain-compiled.
  size_t compiled() const;
  std::vector<std::string> interpreted() const;
  std::vector<std::string> islands() const;  // compiled, but with these left to the interpreter

 private:
  const CompiledExpr* compile(const Node* n);
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<CompiledExpr>> owned_;
  std::vector<std::string> interpreted_, islands_;
  static const CompiledExpr none_;  // "tried, not compiled"
};

}  // namespace cairn
