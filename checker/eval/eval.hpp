// The evaluator: a tree walk over the resolved IR (ir.hpp).
#pragma once

#include <functional>
#include <memory>
#include <mutex>

#include "checker/eval/worker.hpp"
#include "checker/ir/ir.hpp"

namespace cairn {

/// What an expression is evaluated against.
struct Ctx {
  const Value* cur = nullptr;  // the current state (partial while enumerating Init)
  Value* next = nullptr;       // the next state (partial while enumerating Next), or null
  bool init_mode = false;      // unprimed variables may be unbound (Init enumeration)
  bool shifted = false;        // under a prime (or UNCHANGED): `cur` is the next state
  bool cur_wide = false, next_wide = false;  // the array has GhostVar slots (ENABLED's next state)
  int level = 0;               // TLCGet("level")
  // TLC's EvalControl.KeepLazy: set while evaluating the function of f[x] and inside
  // recursive function bodies; [x \in S |-> e] then stays lazy even over an enumerated S.
  bool keep_lazy = false;
  // The worker evaluating (its random generator, TLCSet registers, the state's size);
  // every evaluation starts from a context that names one (RunContext::here()).
  Worker* worker = nullptr;
  // Where one evaluation can run for long with no state boundary to stop at (an ASSUME,
  // the initial states): the signal flag (driver/interrupt.hpp), polled every 1024
  // boolean evaluations and bound values (eval_bool, for_each_binding: every loop and
  // every recursion passes there); once it is set, EvalInterrupted is thrown. Null
  // elsewhere: the searches stop between states.
  const std::atomic<int>* stop = nullptr;
};

/// Thrown by eval when Ctx::stop is set (not an Error: no handler turns it into one).
struct EvalInterrupted {
  int signal = 0;
};

/// For its lifetime, lazy values applied by c's worker poll c.stop too (Worker::interruptible).
class StopScope {
 public:
  explicit StopScope(const Ctx& c) : w_(c.worker), saved_(w_ ? w_->interruptible : nullptr) {
    if (w_) w_->interruptible = c.stop;
  }
  ~StopScope() {
    if (w_) w_->interruptible = saved_;
  }
  StopScope(const StopScope&) = delete;
  StopScope& operator=(const StopScope&) = delete;

 private:
  Worker* w_;
  const std::atomic<int>* saved_;
};

/// The run's Interner, for making strings and model values while evaluating.
Interner& strings(const Ctx& c);

/// A copy of the state(s) a lazily evaluated value depends on.
struct CapturedState {
  std::vector<Value> cur, next;
  bool has_cur = false, has_next = false;
  static CapturedState of(const Ctx& c);
  void install(Ctx& c) const {
    c.cur = has_cur ? const_cast<Value*>(cur.data()) : nullptr;
    c.next = has_next ? const_cast<Value*>(next.data()) : nullptr;
    c.cur_wide = c.next_wide = false;  // only the state's variables are captured
  }
};

#ifdef CAIRN_EVAL_BUDGET
/// Fuzzing builds only (fuzz_assume): evaluation steps left before eval throws, so that
/// no input can run for long. Ordinary builds have no such check on the hot path.
extern thread_local int64_t g_eval_steps_left;
#endif

/// Evaluates `n` in frame `f`. Errors are Error with the node's location.
Value eval(const Node* n, Frame* f, Ctx& c);
bool eval_bool(const Node* n, Frame* f, Ctx& c, const char* what = nullptr);

/// An argument passed unevaluated (TLC's LazyValue): evaluated at each use of the
/// parameter, in the state of that use (so `p'` with p <- x is x').
Value lazy_arg(const Node* arg, Frame* f);

/// Calls a compiled definition with argument values (e.g. an invariant, a Print in ASSUME).
Value call_def(Def* d, const std::vector<Value>& args, Ctx& c);

/// Applies an operator passed as an argument (a Closure value) to arguments.
Value apply_closure(const Value& closure, const std::vector<Value>& args, Ctx& c);

/// Binds the values of one binder (tuple binders destructure) into frame slots.
void bind(const Binder& b, Frame* f, const Value& v);

/// Enumerates the values of a binder's set in TLC's order.
void for_each_binding(const Binder& b, Frame* f, Ctx& c,
                      FnRef<bool()> body);

/// n default-constructed Values that live as long as this object: on the C++ stack when
/// n <= Inline (only the n in use are constructed and destroyed), else on the heap. For
/// the per-call and per-action arrays on hot paths (frames, partial next states).
template <int Inline>
class ValueBuffer {
 public:
  explicit ValueBuffer(size_t n) : n_(n) {
    if (n > static_cast<size_t>(Inline)) {
      heap_.reset(new Value[n]);
      data_ = heap_.get();
    } else {
      data_ = reinterpret_cast<Value*>(inline_);
      for (size_t i = 0; i < n; ++i) new (&data_[i]) Value();
    }
  }
  ~ValueBuffer() {
    if (!heap_)
      for (size_t i = 0; i < n_; ++i) data_[i].~Value();
  }
  ValueBuffer(const ValueBuffer&) = delete;
  ValueBuffer& operator=(const ValueBuffer&) = delete;
  Value* data() { return data_; }

 private:
  alignas(Value) unsigned char inline_[Inline * sizeof(Value)];
  std::unique_ptr<Value[]> heap_;
  Value* data_;
  size_t n_;
};

/// Frame storage: a frame with n slots lives as long as this object. Small frames (the
/// common case) live on the C++ stack: no allocation per operator call.
class FrameHolder {
 public:
  FrameHolder(int n, Frame* parent) : slots_(static_cast<size_t>(n)) {
    frame_.parent = parent;
    frame_.slots = slots_.data();
    frame_.size = n;
  }
  FrameHolder(const FrameHolder&) = delete;
  FrameHolder& operator=(const FrameHolder&) = delete;
  Frame* get() { return &frame_; }

 private:
  ValueBuffer<8> slots_;
  Frame frame_;
};

/// Runs body; an Error raised without a location (by a value operation) gets loc, the
/// location of the expression being evaluated. Every expression an error leaves is added
/// to its nesting (Error::nesting), as TLC's CallStackTool pushes each node it evaluates.
template <class Body>
inline decltype(auto) located_at(const Loc& loc, Body&& body) {
  try {
    return body();
  } catch (Error& e) {
    if (e.loc().valid()) {
      e.nested_in(loc);
      throw;
    }
    Error located(loc, e.what(), e.code(), e.tlc_code());
    located.set_nesting(e.nesting());
    located.nested_in(loc);
    throw located;
  }
}

/// A deep copy of a frame chain, for values that outlive the frames they were built in
/// (lazy sets and functions stored in states or caches, operator arguments they hold).
struct CapturedFrames {
  std::vector<std::vector<Value>> slots;  // innermost frame first
  std::vector<Frame> frames;              // frames[i] views slots[i]; its parent is frames[i + 1]
  Frame* top() { return frames.empty() ? nullptr : &frames[0]; }
  void link();  // (re)builds frames from slots
};

/// Everything a deferred body (LazyBody) reads besides its node: the frames, the state(s)
/// if the body reads them, and the evaluation flags of the context it was built in.
/// Immutable once built; shared by the copies a lazy value's EXCEPTs make.
struct LazyEnv {
  CapturedFrames frames;
  CapturedState state;
  Ctx cc;  // without cur/next (those are in state)
};

/// A LazyEnv holding a deep copy of the frame chain f (operator and unevaluated arguments
/// in it are copied with their own frames), and of the state if reads_state.
std::shared_ptr<LazyEnv> capture_env(Frame* f, const Ctx& c, bool reads_state);

}  // namespace cairn
