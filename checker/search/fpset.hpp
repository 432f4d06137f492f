// The seen-state set: 64-bit fingerprints in a lock-free open-addressing table.
//
// After LTSmin's dbs-ll (Laarman, van de Pol, Weber, FMCAD 2010), simplified because a
// fingerprint is the whole key: a bucket is one atomic 64-bit word, 0 means empty (a
// fingerprint of 0 is remapped to 1), insertion is a compare-and-swap, probing is linear
// (cache-friendly). The explorer grows the table between BFS levels, when no worker is
// inserting, to keep the load under 1/2; if a level inserts more than expected, inserts
// that would push the load past 3/4 go to a small locked overflow set instead of
// stopping the world, and are folded into the next, larger table at the level boundary.
// Memory: 8 bytes per bucket; the capacity is not a power of two (a bucket is chosen
// with a multiply-shift, Lemire's fastrange), so the table can be sized to keep the load
// between about 1/2 and 3/4: 11 to 16 bytes per distinct state.
#pragma once

#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <memory>
#include <mutex>
#include <unordered_set>
#include <vector>

namespace cairn {

class FingerprintSet {
 public:
  explicit FingerprintSet(size_t capacity = size_t{1} << 16) { allocate(capacity); }

  /// Inserts fp; returns true if it was not present. Thread-safe.
  bool insert(uint64_t fp) {
    fp = fp ? fp : 1;
    size_t i = bucket(fp);
    if (count_.load(std::memory_order_relaxed) * 8 < cap_ * 7) {
      for (size_t probes = 0; probes < cap_; ++probes, i = next(i)) {
        uint64_t cur = table_.get()[i].load(std::memory_order_acquire);
        if (cur == fp) return false;
        if (cur == 0) {
          uint64_t expected = 0;
          if (table_.get()[i].compare_exchange_strong(expected, fp, std::memory_order_acq_rel)) {
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
    overflowed_.store(true, std::memory_order_release);
    count_.fetch_add(1, std::memory_order_relaxed);
    return true;
  }

  bool contains(uint64_t fp) const {
    fp = fp ? fp : 1;
    if (contains_table(fp)) return true;
    // The lock only once something overflowed: a racing overflow insert missed here is
    // caught by insert(), which decides under the lock.
    if (!overflowed_.load(std::memory_order_acquire)) return false;
    std::lock_guard lk(overflow_mu_);
    return overflow_.count(fp) != 0;
  }

  size_t size() const { return count_.load(); }
  size_t capacity() const { return cap_; }
  size_t bytes() const { return cap_ * sizeof(uint64_t); }

  /// The bytes reserve(expected_more) would allocate for a new table (0: none).
  size_t reserve_bytes(size_t expected_more) const { return grown_capacity(expected_more) * sizeof(uint64_t); }

  /// Grows (not thread-safe: call when no one inserts) if `expected_more` further
  /// inserts would push the load past 3/4; the new table has load 3/5 after them.
  void reserve(size_t expected_more) {
    size_t ncap = grown_capacity(expected_more);
    if (ncap == 0) return;
    auto old = std::move(table_);
    size_t ocap = cap_;
    std::unordered_set<uint64_t> ov;
    ov.swap(overflow_);
    overflowed_.store(false);
    allocate(ncap);
    for (size_t i = 0; i < ocap; ++i) {
      uint64_t v = old.get()[i].load(std::memory_order_relaxed);
      if (v) insert(v);
    }
    for (uint64_t v : ov) insert(v);
  }

  /// Hands every fingerprint, sorted ascending, to fn(const uint64_t* fps, size_t n) and
  /// empties the set, keeping its capacity (the disk seen set, seen_set.hpp, merges them
  /// into its file). Sorts inside the table itself: no second copy of the fingerprints.
  /// Not thread-safe: call when no one inserts. If fn throws, the set is left unusable
  /// (its entries compacted, unhashed): the search stops then.
  template <class F>
  void drain_sorted(F&& fn) {
    static_assert(sizeof(std::atomic<uint64_t>) == sizeof(uint64_t) && std::atomic<uint64_t>::is_always_lock_free);
    uint64_t* raw = reinterpret_cast<uint64_t*>(table_.get());
    size_t n = 0;
    for (size_t i = 0; i < cap_; ++i)
      if (uint64_t v = raw[i]) raw[n++] = v;
    std::vector<uint64_t> ov(overflow_.begin(), overflow_.end());
    std::sort(raw, raw + n);
    std::sort(ov.begin(), ov.end());
    // The overflow is disjoint from the table: merge it in from the back when it fits.
    if (n + ov.size() <= cap_ && !ov.empty()) {
      size_t a = n, b = ov.size(), out = n + ov.size();
      while (b > 0) raw[--out] = (a > 0 && raw[a - 1] > ov[b - 1]) ? raw[--a] : ov[--b];
      n += ov.size();
      ov.clear();
    }
    fn(static_cast<const uint64_t*>(raw), n, static_cast<const std::vector<uint64_t>&>(ov));
    std::fill(raw, raw + cap_, uint64_t{0});
    overflow_.clear();
    overflowed_.store(false);
    count_.store(0);
  }

 private:
  size_t grown_capacity(size_t expected_more) const {
    size_t after = size() + expected_more;
    if (after * 4 <= cap_ * 3 && overflow_.empty()) return 0;
    // Small steps keep the load high (>= ~1/2, i.e. <= 16 bytes per state) at the
    // price of more rehashing, which is linear and rare.
    size_t ncap = std::max<size_t>(after * 5 / 3, 1024);
    if (ncap < cap_ * 5 / 4) ncap = cap_ * 5 / 4;
    return ncap;
  }

  size_t bucket(uint64_t fp) const {
    // Fingerprints need not be uniform (a SYMMETRY representative is a minimum over the
    // orbit, so its high bits are mostly zero): scramble before choosing a bucket.
    uint64_t h = (fp ^ (fp >> 31)) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    return static_cast<size_t>((static_cast<__uint128_t>(h) * cap_) >> 64);
  }
  size_t next(size_t i) const { return i + 1 == cap_ ? 0 : i + 1; }

  bool contains_table(uint64_t fp) const {
    size_t i = bucket(fp);
    for (size_t probes = 0; probes < cap_; ++probes, i = next(i)) {
      uint64_t cur = table_.get()[i].load(std::memory_order_acquire);
      if (cur == fp) return true;
      if (cur == 0) return false;
    }
    return false;
  }

  // Every probe of a large table is a TLB miss with 4 KiB pages; a table of 4 MiB or more
  // is aligned to 2 MiB and asks for transparent huge pages (where THP is "madvise", as
  // on Debian, it gets them only so), before it is first written.
  static constexpr size_t kHuge = size_t{2} << 20;
  struct Free {
    void operator()(std::atomic<uint64_t>* p) const { std::free(p); }
  };
  void allocate(size_t cap) {
    cap_ = cap;
    size_t bytes = cap * sizeof(uint64_t);
    bool huge = bytes >= 2 * kHuge;
    if (huge) bytes = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = huge ? std::aligned_alloc(kHuge, bytes) : std::malloc(bytes);
    if (!p) throw std::bad_alloc();
    if (huge) ::madvise(p, bytes, MADV_HUGEPAGE);  // advice: no error matters
    auto* t = static_cast<std::atomic<uint64_t>*>(p);
    for (size_t i = 0; i < cap; ++i) new (&t[i]) std::atomic<uint64_t>(0);
    table_.reset(t);
    count_.store(0);
  }

  size_t cap_ = 0;
  std::unique_ptr<std::atomic<uint64_t>, Free> table_;
  std::atomic<size_t> count_{0};
  mutable std::mutex overflow_mu_;
  std::unordered_set<uint64_t> overflow_;
  std::atomic<bool> overflowed_{false};  // overflow_ is not empty
};

}  // namespace cairn
