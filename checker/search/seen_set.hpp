// The explorer's seen set: the in-memory FingerprintSet (fpset.hpp) and, once spill() has
// been called (past --memory, or --spill-seen-at), a sorted file of the older fingerprints
// in --workdir (README "Long runs"). The design of TLC's DiskFPSet: the recent fingerprints
// stay in the table; spill() sorts the table in place and merges it into the file (one
// sequential pass) and empties the table; the file has 8 bytes per state and the index in
// memory holds the first fingerprint of each 512-byte page (1/8 byte per state), so a
// fingerprint missing from the table costs one page read (pread, thread-safe; small pages
// since the copy out of the page cache is most of a lookup's cost). A blocked Bloom filter
// of the file (6 bits per state, one cache line per lookup, about 6% false positives)
// spares that read for most new states. In memory: 7/8 byte per state on disk.
//
// A fingerprint is new exactly when it is in neither the table nor the file, whenever the
// spills happen, so the search's answers do not depend on them. spill() must be called
// when no one inserts (between two chunks of a level: the search is level-synchronous).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/search/fpset.hpp"

namespace cairn {

class SeenSet {
 public:
  SeenSet() = default;
  SeenSet(const SeenSet&) = delete;
  SeenSet& operator=(const SeenSet&) = delete;
  ~SeenSet();

  /// Lets spill() write into folder `dir`.
  void allow_spill(std::string dir) { dir_ = std::move(dir); }
  bool can_spill() const { return !dir_.empty(); }

  /// Inserts fp; true if it was in neither the table nor the file. Thread-safe.
  bool insert(uint64_t fp) {
    if (fd_ < 0) return mem_.insert(fp);  // nothing on disk: the in-memory path as before
    return insert_spilled(fp);
  }
  bool contains(uint64_t fp) const { return mem_.contains(fp) || (fd_ >= 0 && on_disk(fp ? fp : 1)); }

  size_t size() const { return mem_.size() + disk_count_; }
  size_t memory_size() const { return mem_.size(); }
  size_t disk_size() const { return disk_count_; }
  size_t capacity() const { return mem_.capacity(); }
  /// Memory: the table and the index.
  size_t bytes() const { return mem_.bytes() + (index_.capacity() + bloom_.capacity()) * sizeof(uint64_t); }
  uint64_t disk_bytes() const { return disk_count_ * sizeof(uint64_t); }
  size_t reserve_bytes(size_t expected_more) const { return mem_.reserve_bytes(expected_more); }
  void reserve(size_t expected_more) { mem_.reserve(expected_more); }

  /// Moves the table's fingerprints into the file (not thread-safe). Throws Error (153)
  /// when the file cannot be written (disk full) or read.
  void spill();

  static constexpr size_t kBloomBits = 6;  // per state on disk
  static constexpr size_t kPage = 64;  // fingerprints per page of the file (512 bytes)

 private:
  FingerprintSet mem_;
  std::string dir_;
  int fd_ = -1;
  std::string path_;
  size_t disk_count_ = 0;
  std::vector<uint64_t> index_;  // the first fingerprint of each page
  std::vector<uint64_t> bloom_;  // blocks of 8 words (a cache line), of the file's fingerprints
  int generation_ = 0;

  bool insert_spilled(uint64_t fp);
  bool on_disk(uint64_t fp) const;
};

}  // namespace cairn
