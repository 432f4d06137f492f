// Closure compilation of state and action predicates (CONSTRAINT, ACTION_CONSTRAINT,
// INVARIANT, action PROPERTY): issue 13's first route, for the predicates the searches ask
// about every state.
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
#include <string>
#include <vector>

#include "checker/eval/eval.hpp"

namespace cairn {

struct CNode;

/// Thrown by compiled code where it does not handle what it meets at run time.
struct CompiledFallback {};

/// A compiled predicate (see above). Thread-safe: evaluation keeps its slots on the stack.
class CompiledPredicate {
 public:
  ~CompiledPredicate();
  /// Compiles `body` (a NamedDef's node; its bound variables get flat slots of their own);
  /// null when it uses a construct the compiler does not handle (`why` says which).
  static std::unique_ptr<CompiledPredicate> compile(const Node* body, std::string* why = nullptr);

  /// The predicate's value in ctx c; false when it gave up (then `out` is unset and the
  /// caller asks the interpreter).
  bool eval(Ctx& c, bool& out) const;

  /// Whether it is still tried (it stops after too many fallbacks).
  bool active() const { return active_.load(std::memory_order_relaxed); }
  uint64_t fallbacks() const { return fallbacks_.load(std::memory_order_relaxed); }

 private:
  CompiledPredicate() = default;
  std::vector<std::unique_ptr<CNode>> nodes_;
  const CNode* root_ = nullptr;
  int slots_ = 0;
  mutable std::atomic<uint64_t> fallbacks_{0};
  mutable std::atomic<bool> active_{true};
  friend class PredicateCompiler;
};

}  // namespace cairn
