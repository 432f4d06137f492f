#include "checker/eval/worker.hpp"

#include <tbb/task_arena.h>

namespace cairn {

void Worker::begin_state(uint64_t fp) { rng.seed(fp ^ run->settings().seed); }

void RunContext::configure(const RunSettings& s) {
  settings_ = s;
  // Contexts are kept, never freed: values built before (a constant cached at load)
  // hold a pointer to the worker that built them.
  while (workers_.size() < static_cast<size_t>(std::max(1, s.workers))) workers_.emplace_back();
  for (size_t i = 0; i < workers_.size(); ++i) {
    Worker& w = workers_[i];
    w.run = this;
    w.registers.clear();
    w.index = static_cast<int>(i);
    w.state_size = state_size_;
    w.enabled_size = enabled_size_;
    // As TLC's RandomEnumerableValues: every worker starts from the seed itself, so the
    // initial states' draws do not depend on which worker computes them.
    w.first_seed = s.seed;
    w.rng.seed(w.first_seed);
  }
}

void RunContext::set_state_size(int vars, int with_ghosts) {
  state_size_ = vars;
  enabled_size_ = with_ghosts;
  for (Worker& w : workers_) {
    w.state_size = vars;
    w.enabled_size = with_ghosts;
  }
}

Worker& RunContext::here() {
  int slot = tbb::this_task_arena::current_thread_index();
  if (slot < 0 || static_cast<size_t>(slot) >= workers_.size()) slot = 0;
  return workers_[static_cast<size_t>(slot)];
}

bool RunContext::read_register(const Worker& w, int64_t i, Value& out) {
  const Register* best = nullptr;
  auto mine = w.registers.find(i);
  if (mine != w.registers.end()) best = &mine->second;
  std::lock_guard lk(shared_mu_);
  auto all = shared_.find(i);
  if (all != shared_.end() && (!best || all->second.version > best->version)) best = &all->second;
  if (!best) return false;
  out = best->value;
  return true;
}

void RunContext::write_register(Worker& w, int64_t i, const Value& v, bool everyone) {
  Register r{v, ++version_};
  if (!everyone) {
    w.registers[i] = std::move(r);
    return;
  }
  make_immortal(r.value);  // read by every worker thread
  std::lock_guard lk(shared_mu_);
  shared_[i] = std::move(r);
}

}  // namespace cairn
