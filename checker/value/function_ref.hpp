// A non-owning reference to a callable, for callback parameters on hot paths.
//
// std::function allocates when a lambda captures more than two words, and the evaluator
// passes such lambdas per element of every set it enumerates. FnRef only points to the
// caller's callable: use it as a parameter type, never store it past the call.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace cairn {

template <class Sig>
class FnRef;

template <class R, class... A>
class FnRef<R(A...)> {
 public:
  template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, FnRef> &&
                                              std::is_invocable_r_v<R, F&, A...>>>
  FnRef(F&& f) noexcept  // NOLINT: implicit, as std::function
      : obj_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* o, A... a) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(o))(std::forward<A>(a)...);
        }) {}

  R operator()(A... a) const { return call_(obj_, std::forward<A>(a)...); }

 private:
  void* obj_;
  R (*call_)(void*, A...);
};

}  // namespace cairn
