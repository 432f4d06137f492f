#include "checker/eval/stack_guard.hpp"

#include <pthread.h>

#include <algorithm>
#include <cstddef>

namespace cairn {

const char* compute_stack_limit() {
  char probe;
  // The stack grows down from addr + size to addr. Keep a margin below the limit for the
  // frames that run after the last check (natives, printing a value, unwinding).
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  bool known = pthread_getattr_np(pthread_self(), &attr) == 0;
  if (known) {
    known = pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size > 0;
    pthread_attr_destroy(&attr);
  }
  // Unknown bounds: assume the smallest common stack (2 MiB) below this frame.
  if (!known) return &probe - (size_t{2} << 20) + (size_t{512} << 10);
  size_t margin = std::clamp<size_t>(size / 4, size_t{64} << 10, size_t{1} << 20);
  return static_cast<const char*>(addr) + margin;
}

void stack_overflow(const Loc& loc) {
  throw StackOverflowError(loc,
              "The evaluation recursed too deeply and ran out of stack space. It was probably the "
              "result of an incorrect recursive function or operator definition that caused an "
              "infinite recursion when computing it or its application to an element in its "
              "putative domain.",
              exit_code::eval_spec);
}

}  // namespace cairn
