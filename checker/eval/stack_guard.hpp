// A guard against recursion too deep for the native stack.
//
// The evaluator and the successor enumerator recurse on the C++ stack: a recursive
// operator or function recurses once per level of the TLA+ recursion, so a definition
// without a base case (or one that is merely very deep) would overflow the stack and
// crash. Instead, each recursive entry checks the remaining stack of its thread and stops
// with a located evaluation error (TLC reports its StackOverflowError the same way: an
// error in the Init/Next, invariant or ASSUME that was being evaluated). Each thread (the
// main thread, TBB workers) learns its own stack bounds on first use.
#pragma once

#include "grammar/source.hpp"

namespace cairn {

/// The lowest stack address evaluation may reach on this thread (computed once per thread).
const char* compute_stack_limit();
inline thread_local const char* t_stack_limit = nullptr;

/// The error of a recursion too deep for the stack: an Error, told apart where an error is
/// retried (a retry would recurse as deep again).
struct StackOverflowError : Error {
  using Error::Error;
};

[[noreturn]] void stack_overflow(const Loc& loc);

/// Throws the stack-overflow error located at loc when this thread's stack is nearly used up.
inline void check_stack(const Loc& loc) {
  char probe;
  if (!t_stack_limit) t_stack_limit = compute_stack_limit();
  if (&probe < t_stack_limit) [[unlikely]] stack_overflow(loc);
}

}  // namespace cairn
