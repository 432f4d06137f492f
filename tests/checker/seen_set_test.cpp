// The disk part of the seen set (search/seen_set.hpp) and of the parent links
// (search/trace_store.hpp): answers equal to a plain set's, whenever spills happen.
#include "checker/search/seen_set.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <thread>
#include <unordered_set>

#include "checker/search/trace_store.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("cairn-seen-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  size_t files() const { return static_cast<size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator{})); }
};

TEST(SeenSet, InMemoryUntilSpilled) {
  TempDir d;
  SeenSet s;
  s.allow_spill(d.path.string());
  EXPECT_TRUE(s.insert(42));
  EXPECT_FALSE(s.insert(42));
  EXPECT_EQ(s.disk_bytes(), 0u);
  EXPECT_EQ(d.files(), 0u);
}

// Random fingerprints (and 0, 1, UINT64_MAX at the edges), spilled every `period`
// inserts: every insert answers as an std::unordered_set does, and the file holds each
// fingerprint once (8 bytes a state).
TEST(SeenSet, AgreesWithAPlainSetAcrossSpills) {
  for (size_t period : {1, 7, 63, 64, 65, 511, 5000}) {
    TempDir d;
    SeenSet s;
    s.allow_spill(d.path.string());
    std::unordered_set<uint64_t> ref;
    std::mt19937_64 rng(period);
    std::vector<uint64_t> pool = {1, UINT64_MAX, 2};
    for (int i = 0; i < 3000; ++i) pool.push_back(rng() % 4 == 0 ? rng() % 5000 : rng());
    for (size_t i = 0; i < 20000; ++i) {
      // Half the inserts repeat an earlier fingerprint (duplicates found on disk).
      uint64_t fp = pool[rng() % pool.size()];
      if (rng() % 2) pool.push_back(fp = rng());
      uint64_t key = fp ? fp : 1;  // 0 and 1 are one fingerprint (fpset.hpp)
      bool fresh = ref.insert(key).second;
      ASSERT_EQ(s.insert(fp), fresh) << "period " << period << " insert " << i;
      if (i % period == period - 1) s.spill();
      ASSERT_EQ(s.size(), ref.size());
    }
    for (uint64_t fp : ref) ASSERT_TRUE(s.contains(fp));
    EXPECT_EQ(s.contains(123456789), ref.count(123456789) != 0);
    s.spill();
    EXPECT_EQ(s.memory_size(), 0u);
    EXPECT_EQ(s.disk_bytes(), ref.size() * 8);
    EXPECT_LE(s.bytes() - s.capacity() * 8, ref.size() * 7 / 8 + 80);  // index and Bloom filter: 7/8 byte a state
  }
}

TEST(SeenSet, ZeroAndOneAreOneFingerprint) {
  TempDir d;
  SeenSet s;
  s.allow_spill(d.path.string());
  EXPECT_TRUE(s.insert(0));
  s.spill();
  EXPECT_FALSE(s.insert(1));
  EXPECT_FALSE(s.insert(0));
  EXPECT_TRUE(s.contains(0));
}

// The table's overflow (inserts past its load of 7/8) merges into the file too.
TEST(SeenSet, OverflowIsSpilled) {
  TempDir d;
  SeenSet s;
  s.allow_spill(d.path.string());
  size_t n = s.capacity() + 1000;  // more than the table holds: the rest overflows
  for (uint64_t i = 1; i <= n; ++i) ASSERT_TRUE(s.insert(i * 0x9E3779B97F4A7C15ULL));
  s.spill();
  EXPECT_EQ(s.disk_size(), n);
  for (uint64_t i = 1; i <= n; ++i) ASSERT_FALSE(s.insert(i * 0x9E3779B97F4A7C15ULL));
  EXPECT_EQ(s.size(), n);
}

// Workers racing on the same fingerprints, some on disk: each one is new exactly once.
TEST(SeenSet, ConcurrentInsertsCountEachStateOnce) {
  TempDir d;
  SeenSet s;
  s.allow_spill(d.path.string());
  for (uint64_t i = 0; i < 20000; i += 2) s.insert(i + 1);
  s.spill();
  s.reserve(40000);
  std::atomic<size_t> fresh{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([&] {
      for (uint64_t i = 0; i < 40000; ++i)
        if (s.insert(i + 1)) ++fresh;
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(fresh.load(), 40000u - 10000u);
  EXPECT_EQ(s.size(), 40000u);
}

TEST(SeenSet, SpillWithoutFolderFails) {
  SeenSet s;
  s.insert(5);
  EXPECT_THROW(s.spill(), Error);
}

TEST(TraceStoreDisk, LinksReadBackAfterSpills) {
  TempDir d;
  TraceStore t;
  t.allow_spill(d.path.string());
  std::vector<TraceStore::Link> ref;
  std::mt19937_64 rng(3);
  for (int64_t i = 0; i < 70000; ++i) {
    TraceStore::Link l{rng(), i == 0 ? -1 : static_cast<int64_t>(rng() % static_cast<uint64_t>(i)),
                       i == 0 ? -1 : static_cast<int32_t>(rng() % 300)};
    ref.push_back(l);
    ASSERT_EQ(t.add(l), i);
    if (i % 9000 == 8999) t.spill(static_cast<size_t>(i) - 100);  // keeps the last 100 in memory
  }
  EXPECT_EQ(t.size(), ref.size());
  EXPECT_GT(t.spilled(), 60000u);
  EXPECT_EQ(t.disk_bytes(), t.spilled() * 16);
  for (size_t i = 0; i < ref.size(); ++i) {
    TraceStore::Link l = t[static_cast<int64_t>(i)];
    ASSERT_EQ(l.fp, ref[i].fp) << i;
    ASSERT_EQ(l.parent, ref[i].parent) << i;
    ASSERT_EQ(l.action, ref[i].action) << i;
  }
  // copy(): a range across the boundary between the file and the memory.
  std::vector<TraceStore::Link> got(300);
  t.copy(t.spilled() - 150, got.size(), got.data());
  for (size_t k = 0; k < got.size(); ++k) {
    ASSERT_EQ(got[k].fp, ref[t.spilled() - 150 + k].fp) << k;
    ASSERT_EQ(got[k].parent, ref[t.spilled() - 150 + k].parent) << k;
  }
  t.spill();
  EXPECT_EQ(t.bytes(), 0u);
  EXPECT_EQ(t[69999].fp, ref[69999].fp);
}

}  // namespace
}  // namespace cairn
