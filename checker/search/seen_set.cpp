#include "checker/search/seen_set.hpp"

#include <unistd.h>

#include <algorithm>
#include <optional>

#include "checker/search/spill_file.hpp"
#include "grammar/source.hpp"

namespace cairn {

namespace {

[[noreturn]] void fail(const std::string& what) {
  throw Error(Loc{}, what, exit_code::system);  // the caller says what could not spill
}

// The Bloom filter: a fingerprint picks a block of 8 words by its scrambled high bits, and
// 4 bits in it by 4 groups of 9 low bits.
uint64_t scramble(uint64_t fp) {
  uint64_t h = (fp ^ (fp >> 33)) * 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 29);
}
size_t bloom_block(uint64_t h, size_t words) {
  return static_cast<size_t>((static_cast<__uint128_t>(h) * (words / 8)) >> 64) * 8;
}
void bloom_add(std::vector<uint64_t>& bloom, uint64_t fp) {
  uint64_t h = scramble(fp);
  uint64_t* b = &bloom[bloom_block(h, bloom.size())];
  for (int k = 0; k < 4; ++k, h >>= 9) b[(h >> 6) & 7] |= uint64_t{1} << (h & 63);
}
bool bloom_may_have(const std::vector<uint64_t>& bloom, uint64_t fp) {
  uint64_t h = scramble(fp);
  const uint64_t* b = &bloom[bloom_block(h, bloom.size())];
  for (int k = 0; k < 4; ++k, h >>= 9)
    if (!(b[(h >> 6) & 7] >> (h & 63) & 1)) return false;
  return true;
}

/// The merged file, written through a buffer; builds the index on the way.
class Writer {
 public:
  Writer(const std::string& path, std::vector<uint64_t>& index) : path_(path), index_(index) {
    fd_ = create_spill_file(path);
    buf_.reserve(kBuf);
  }
  ~Writer() {
    if (fd_ >= 0) ::close(fd_);
  }
  void put(uint64_t fp) {
    if (count_ % SeenSet::kPage == 0) index_.push_back(fp);
    buf_.push_back(fp);
    ++count_;
    if (buf_.size() == kBuf) flush();
  }
  /// Returns the file, open; the count is count().
  int finish() {
    flush();
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  size_t count() const { return count_; }

 private:
  static constexpr size_t kBuf = size_t{1} << 17;  // 1 MiB
  std::string path_;
  std::vector<uint64_t>& index_;
  int fd_;
  std::vector<uint64_t> buf_;
  size_t count_ = 0;
  uint64_t at_ = 0;
  void flush() {
    size_t bytes = buf_.size() * sizeof(uint64_t);
    write_fully(fd_, buf_.data(), bytes, at_, path_);
    at_ += bytes;
    buf_.clear();
  }
};

/// The old file, read sequentially through a buffer.
class Scanner {
 public:
  Scanner(int fd, size_t count, const std::string& path) : fd_(fd), left_(count), path_(path) { fill(); }
  bool done() const { return pos_ == buf_.size(); }
  uint64_t peek() const { return buf_[pos_]; }
  void next() {
    if (++pos_ == buf_.size()) fill();
  }

 private:
  static constexpr size_t kBuf = size_t{1} << 17;
  int fd_;
  size_t left_;
  std::string path_;
  std::vector<uint64_t> buf_;
  size_t pos_ = 0;
  uint64_t at_ = 0;
  void fill() {
    size_t n = std::min(kBuf, left_);
    buf_.resize(n);
    pos_ = 0;
    if (n == 0) return;
    read_fully(fd_, buf_.data(), n * sizeof(uint64_t), at_, path_);
    at_ += n * sizeof(uint64_t);
    left_ -= n;
  }
};

}  // namespace

SeenSet::~SeenSet() {
  if (fd_ >= 0) ::close(fd_);
}

bool SeenSet::insert_spilled(uint64_t fp) {
  // The table first (the recent states, most duplicates), then the file; only then may
  // the table take fp: two workers racing on one new fp both reach mem_.insert, and only
  // one of them gets true.
  if (mem_.contains(fp)) return false;
  if (on_disk(fp ? fp : 1)) return false;
  return mem_.insert(fp);
}

bool SeenSet::on_disk(uint64_t fp) const {
  if (!bloom_may_have(bloom_, fp)) return false;
  auto it = std::upper_bound(index_.begin(), index_.end(), fp);
  if (it == index_.begin()) return false;
  size_t page = static_cast<size_t>(it - index_.begin()) - 1;
  if (index_[page] == fp) return true;
  size_t first = page * kPage, n = std::min(kPage, disk_count_ - first);
  uint64_t buf[kPage];
  read_fully(fd_, buf, n * sizeof(uint64_t), first * sizeof(uint64_t), path_);
  return std::binary_search(buf, buf + n, fp);
}

void SeenSet::spill() {
  if (dir_.empty()) fail("no folder to spill to (--workdir)");
  if (mem_.size() == 0) return;
  std::string path = spill_path(dir_, "seen", this, "-" + std::to_string(++generation_) + ".fp");
  std::vector<uint64_t> index;
  index.reserve((disk_count_ + mem_.size()) / kPage + 1);
  size_t count = 0;
  int fd = -1;
  // The new file's Bloom filter, sized for at most all the fingerprints (the old filter
  // goes first: the two are never held at once).
  std::vector<uint64_t>().swap(bloom_);
  std::vector<uint64_t> bloom(std::max<size_t>(8, ((disk_count_ + mem_.size()) * kBloomBits / 64 + 7) / 8 * 8), 0);
  mem_.drain_sorted([&](const uint64_t* a, size_t na, const std::vector<uint64_t>& b) {
    Writer w(path, index);
    std::optional<Scanner> old;
    if (fd_ >= 0) old.emplace(fd_, disk_count_, path_);
    size_t i = 0, j = 0;
    uint64_t last = 0;  // 0 is never a fingerprint here (the table remaps it to 1)
    auto put = [&](uint64_t v) {
      if (v != last) {
        w.put(v);
        bloom_add(bloom, v);
      }
      last = v;
    };
    // A three-way merge of sorted sources (the file, the table, the table's overflow).
    for (;;) {
      uint64_t best = UINT64_MAX;
      int src = -1;
      if (old && !old->done()) best = old->peek(), src = 0;
      if (i < na && (src < 0 || a[i] < best)) best = a[i], src = 1;
      if (j < b.size() && (src < 0 || b[j] < best)) best = b[j], src = 2;
      if (src < 0) break;
      put(best);
      if (src == 0) old->next();
      else if (src == 1) ++i;
      else ++j;
    }
    count = w.count();
    fd = w.finish();
  });
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
  path_ = std::move(path);
  disk_count_ = count;
  index.shrink_to_fit();
  index_ = std::move(index);
  bloom_ = std::move(bloom);
}

}  // namespace cairn
