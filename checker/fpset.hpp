// The seen-state set: 64-bit fingerprints in a lock-free open-addressing table.
//
// After LTSmin's dbs-ll (Laarman, van de Pol, Weber, FMCAD 2010), simplified because a
// fingerprint is the whole key: a bucket is one atomic 64-bit word, 0 means empty (a
// fingerprint of 0 is remapped to 1), insertion is a compare-and-swap, probing is linear
// (cache-friendly). The explorer grows the table between BFS levels, when no worker is
// inserting, to keep the load under 1/2; if a level inserts more than expected, inserts
// that would push the load past 3/4 go to a small locked overflow set instead of
// stopping the world, and are folded into the next, larger table at the level boundary.
// Memory: 8 bytes per bucket, so at most 16 bytes per distinct state at load >= 1/2.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace cairn {

class FingerprintSet {
 public:
  explicit FingerprintSet(size_t capacity_pow2 = size_t{1} << 16) { allocate(capacity_pow2); }

  /// Inserts fp; returns true if it was not present. Thread-safe.
  bool insert(uint64_t fp) {
    fp = fp ? fp : 1;
    size_t mask = cap_ - 1;
    size_t i = static_cast<size_t>(fp) & mask;
    if (count_.load(std::memory_order_relaxed) * 4 < cap_ * 3) {
      for (size_t probes = 0; probes < cap_; ++probes, i = (i + 1) & mask) {
        uint64_t cur = table_[i].load(std::memory_order_acquire);
        if (cur == fp) return false;
        if (cur == 0) {
          uint64_t expected = 0;
          if (table_[i].compare_exchange_strong(expected, fp, std::memory_order_acq_rel)) {
            count_.fetch_add(1, std::memory_order_relaxed);
            return true;
          }
          if (expected == fp) return false;
        }
      }
    } else if (contains_table(fp)) {
      return false;
    }
    std::lock_guard lk(overflow_mu_);
    if (!overflow_.insert(fp).second) return false;
    count_.fetch_add(1, std::memory_order_relaxed);
    return true;
  }

  bool contains(uint64_t fp) const {
    fp = fp ? fp : 1;
    if (contains_table(fp)) return true;
    std::lock_guard lk(overflow_mu_);
    return overflow_.count(fp) != 0;
  }

  size_t size() const { return count_.load(); }
  size_t capacity() const { return cap_; }
  size_t bytes() const { return cap_ * sizeof(uint64_t); }

  /// Grows (not thread-safe: call between levels) so that `expected_more` further
  /// inserts keep the load at most 1/2.
  void reserve(size_t expected_more) {
    size_t need = (size() + expected_more) * 2;
    if (need <= cap_ && overflow_.empty()) return;
    size_t ncap = cap_;
    while (ncap < need) ncap *= 2;
    auto old = std::move(table_);
    size_t ocap = cap_;
    std::unordered_set<uint64_t> ov;
    ov.swap(overflow_);
    allocate(ncap);
    for (size_t i = 0; i < ocap; ++i) {
      uint64_t v = old[i].load(std::memory_order_relaxed);
      if (v) insert(v);
    }
    for (uint64_t v : ov) insert(v);
  }

 private:
  bool contains_table(uint64_t fp) const {
    size_t mask = cap_ - 1;
    size_t i = static_cast<size_t>(fp) & mask;
    for (size_t probes = 0; probes < cap_; ++probes, i = (i + 1) & mask) {
      uint64_t cur = table_[i].load(std::memory_order_acquire);
      if (cur == fp) return true;
      if (cur == 0) return false;
    }
    return false;
  }

  void allocate(size_t cap) {
    cap_ = cap;
    table_ = std::make_unique<std::atomic<uint64_t>[]>(cap);
    for (size_t i = 0; i < cap; ++i) table_[i].store(0, std::memory_order_relaxed);
    count_.store(0);
  }

  size_t cap_ = 0;
  std::unique_ptr<std::atomic<uint64_t>[]> table_;
  std::atomic<size_t> count_{0};
  mutable std::mutex overflow_mu_;
  std::unordered_set<uint64_t> overflow_;
};

}  // namespace cairn
