// The frontier of one BFS level: its states (nvars Values each, flattened) and their ids, in
// BFS order, in blocks of at most kBlock states. A block is in memory, or, once spill() has
// written it to the workdir (--workdir, README "Long runs"), in an append-only file of
// StateCodec bytes, one zstd frame per block, read back one block at a time when the level is expanded. The search
// sees the same states in the same order either way, so its answers do not depend on
// what was spilled.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/value/value.hpp"

namespace cairn {

class StateCodec;

class Frontier {
 public:
  static constexpr size_t kBlock = size_t{1} << 14;

  explicit Frontier(size_t nvars);
  Frontier(Frontier&&) noexcept;
  Frontier& operator=(Frontier&&) noexcept;
  ~Frontier();

  /// Lets spill() write into folder `dir` through `codec` (both outlive the frontier).
  void allow_spill(const StateCodec* codec, std::string dir) {
    codec_ = codec;
    dir_ = std::move(dir);
  }
  bool can_spill() const { return codec_ != nullptr; }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t memory_states() const { return size_ - spilled_states_; }
  uint64_t spilled_bytes() const { return spilled_bytes_; }

  /// Appends `count` states, their values moved from st[0..count * nvars), with their ids.
  void append(Value* st, const int64_t* ids, size_t count);
  /// Appends a copy of a state.
  void push(const Value* st, int64_t id);

  /// Writes the blocks in memory but block `keep` to the spill file and frees them.
  /// Throws Error (153) when the file cannot be written (disk full).
  void spill(size_t keep = SIZE_MAX);

  /// States [first, first + count) of one block: states[0] is the block's state `first`
  /// (valid until the next call to block()).
  struct View {
    const Value* states;
    const int64_t* ids;
    size_t count;
    size_t first = 0;
  };
  size_t block_count() const { return blocks_.size(); }
  size_t block_size(size_t b) const { return blocks_[b].count; }
  /// States [from, to) of block b. A spilled block is read and decompressed once, while
  /// its parts are asked for in turn, and only the part asked for is decoded: decoded
  /// values take several times their codec bytes, and a whole block of large states can
  /// pass a small --memory's headroom.
  View block(size_t b, size_t from = 0, size_t to = SIZE_MAX);

  /// Every state in order as (id, StateCodec bytes): for checkpoints.
  void for_each_encoded(const StateCodec& codec, const std::function<void(int64_t, std::string_view)>& fn);

  void clear();

 private:
  struct Block {
    std::vector<Value> states;  // count * nvars values while in memory
    std::vector<int64_t> ids;
    size_t count = 0;
    int64_t offset = -1;  // where its bytes start in the spill file (-1: in memory)
    uint64_t bytes = 0;  // its zstd frame's size in the file
    uint64_t raw = 0;    // the size of its StateCodec records once decompressed
  };
  struct File;
  size_t n_;
  std::vector<Block> blocks_;
  size_t size_ = 0, spilled_states_ = 0;
  uint64_t spilled_bytes_ = 0;
  const StateCodec* codec_ = nullptr;
  std::string dir_;
  std::unique_ptr<File> file_;
  std::vector<Value> buf_;  // a part of a spilled block, decoded
  std::vector<int64_t> buf_ids_;
  size_t raw_block_ = SIZE_MAX;  // the spilled block whose records raw_ holds
  std::string raw_;
  std::vector<size_t> raw_at_;   // where each of its records starts in raw_

  Block& open_block();
  std::string read_bytes(const Block& b) const;
  /// raw_ and raw_at_ for spilled block b.
  void load_raw(size_t b);
  void drop_raw();
  /// Calls fn(id, bytes) for each state of a spilled block's bytes.
  static void each_record(const std::string& data, const std::function<void(int64_t, std::string_view)>& fn);
};

}  // namespace cairn
