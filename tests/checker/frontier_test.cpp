// The frontier (checker/search/frontier.hpp): spilled blocks (zstd frames of StateCodec
// records) read back, whole or in parts, give the states and ids appended, in order;
// the file is smaller than the records for states that repeat their neighbours' bytes;
// and a damaged file is an error, never a wrong state.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "checker/search/frontier.hpp"
#include "checker/value/codec.hpp"
#include "checker/value/value.hpp"
#include "tests/checker/lazy_fixture.hpp"

namespace cairn {
namespace {

namespace fs = std::filesystem;

constexpr size_t kVars = 3;

/// State i: an integer, a string, a tuple with a few entries depending on i.
std::vector<Value> state(size_t i) {
  std::vector<Value> t;
  for (size_t k = 0; k < 8; ++k) t.push_back(Value::integer(static_cast<int64_t>((i >> k) & 3)));
  return {Value::integer(static_cast<int64_t>(i)), test::test_strings().str(i % 2 ? "odd" : "even"), make_tuple(std::move(t))};
}

void expect_state(const Value* got, size_t i) {
  std::vector<Value> want = state(i);
  for (size_t v = 0; v < kVars; ++v) EXPECT_TRUE(equals(got[v], want[v])) << "state " << i << ", variable " << v;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("cairn-frontier-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

/// A frontier of `count` states (ids 1000 + i) with every block spilled.
Frontier spilled_frontier(const StateCodec& codec, const TempDir& dir, size_t count) {
  Frontier f(kVars);
  f.allow_spill(&codec, dir.path.string());
  for (size_t i = 0; i < count; ++i) {
    std::vector<Value> s = state(i);
    f.push(s.data(), static_cast<int64_t>(1000 + i));
  }
  f.spill();
  return f;
}

TEST(Frontier, SpilledBlocksReadBackInOrder) {
  TempDir dir;
  StateCodec codec({}, test::test_strings());
  const size_t count = Frontier::kBlock + 1000;  // two blocks, the second partial
  Frontier f = spilled_frontier(codec, dir, count);
  ASSERT_EQ(f.size(), count);
  EXPECT_EQ(f.memory_states(), 0u);
  ASSERT_EQ(f.block_count(), 2u);
  size_t i = 0;
  for (size_t b = 0; b < f.block_count(); ++b) {
    Frontier::View v = f.block(b);
    ASSERT_EQ(v.first, 0u);
    for (size_t k = 0; k < v.count; ++k, ++i) {
      EXPECT_EQ(v.ids[k], static_cast<int64_t>(1000 + i));
      expect_state(&v.states[k * kVars], i);
    }
  }
  EXPECT_EQ(i, count);
}

TEST(Frontier, PartsOfASpilledBlock) {
  TempDir dir;
  StateCodec codec({}, test::test_strings());
  Frontier f = spilled_frontier(codec, dir, 5000);
  ASSERT_EQ(f.block_size(0), 5000u);
  // Parts in order, as the search asks for them between its memory checks.
  size_t next = 0;
  for (size_t step : {1, 255, 744, 3000, 1000}) {
    Frontier::View v = f.block(0, next, next + step);
    ASSERT_EQ(v.first, next);
    ASSERT_EQ(v.count, step);
    for (size_t k = 0; k < v.count; ++k) {
      EXPECT_EQ(v.ids[k], static_cast<int64_t>(1000 + next + k));
      expect_state(&v.states[k * kVars], next + k);
    }
    next += step;
  }
  // A part past the end is cut; one asked for again after the block was done is read again.
  Frontier::View tail = f.block(0, 4990, 9999);
  EXPECT_EQ(tail.count, 10u);
  expect_state(tail.states, 4990);
  Frontier::View again = f.block(0, 7, 8);
  ASSERT_EQ(again.count, 1u);
  expect_state(again.states, 7);
}

TEST(Frontier, InMemoryParts) {
  Frontier f(kVars);
  for (size_t i = 0; i < 100; ++i) {
    std::vector<Value> s = state(i);
    f.push(s.data(), static_cast<int64_t>(i));
  }
  Frontier::View v = f.block(0, 40, 60);
  ASSERT_EQ(v.first, 40u);
  ASSERT_EQ(v.count, 20u);
  EXPECT_EQ(v.ids[0], 40);
  expect_state(v.states, 40);
  expect_state(&v.states[19 * kVars], 59);
}

TEST(Frontier, SpillIsCompressed) {
  TempDir dir;
  StateCodec codec({}, test::test_strings());
  const size_t count = 4000;
  Frontier f = spilled_frontier(codec, dir, count);
  uint64_t records = 0;  // the bytes the records take uncompressed: id, length, codec bytes
  f.for_each_encoded(codec, [&](int64_t, std::string_view bytes) { records += 16 + bytes.size(); });
  EXPECT_GT(f.spilled_bytes(), 0u);
  EXPECT_LT(f.spilled_bytes() * 3, records) << "zstd should take these records to well under a third";
}

TEST(Frontier, SpillFileLeavesNoName) {
  // Unlinked when created: a killed run leaves nothing in the workdir.
  TempDir dir;
  StateCodec codec({}, test::test_strings());
  Frontier f = spilled_frontier(codec, dir, 2000);
  EXPECT_TRUE(fs::is_empty(dir.path));
  Frontier::View v = f.block(0, 1999, 2000);
  expect_state(v.states, 1999);
}

TEST(Frontier, DamagedSpillFileIsAnError) {
  TempDir dir;
  StateCodec codec({}, test::test_strings());
  Frontier f = spilled_frontier(codec, dir, 2000);
  // The file has no name: it is reached through this process's descriptor.
  size_t files = 0;
  for (const auto& e : fs::directory_iterator("/proc/self/fd")) {
    std::error_code ec;
    fs::path target = fs::read_symlink(e.path(), ec);
    if (ec || target.string().rfind(dir.path.string() + "/", 0) != 0) continue;
    ++files;
    int fd = ::open(e.path().c_str(), O_WRONLY);
    ASSERT_GE(fd, 0);
    std::string junk(64, '\x5a');
    ASSERT_EQ(::pwrite(fd, junk.data(), junk.size(), 20), static_cast<ssize_t>(junk.size()));
    ::close(fd);
  }
  ASSERT_EQ(files, 1u);
  EXPECT_THROW(f.block(0), Error);
}

}  // namespace
}  // namespace cairn
