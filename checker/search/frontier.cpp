#include "checker/search/frontier.hpp"

#include <unistd.h>
#include <zstd.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <new>
#include <string_view>
#include <tuple>

#include "checker/search/spill_file.hpp"
#include "checker/value/codec.hpp"

namespace cairn {

namespace {

[[noreturn]] void fail(const std::string& what) { throw Error(Loc{}, "spill: " + what, exit_code::system); }

void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
uint64_t get_u64(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

/// Writes one block's records as a zstd frame, streamed: records are compressed as they
/// are encoded and the output goes to the file in pieces, so spilling a block needs no
/// copy of it in memory (a block of large states is megabytes, and spilling is what
/// happens when memory is short). zstd at its fastest level, with the frame's checksum
/// (a damaged file is an error on reading, never other states): encoded states repeat
/// most of their neighbours' bytes (a level's states differ in a few variables), and a
/// block is compressed once and read once, so speed matters more than ratio.
class FrameWriter {
 public:
  explicit FrameWriter(const std::function<void(std::string_view)>& write) : write_(write) {
    if (!cx_) throw std::bad_alloc();
    ZSTD_CCtx_setParameter(cx_.get(), ZSTD_c_compressionLevel, 1);
    ZSTD_CCtx_setParameter(cx_.get(), ZSTD_c_checksumFlag, 1);
    out_.resize(ZSTD_CStreamOutSize());
  }
  void record(int64_t id, const std::string& bytes) {
    put_u64(in_, static_cast<uint64_t>(id));
    put_u64(in_, bytes.size());
    in_ += bytes;
    raw_ += 16 + bytes.size();
    if (in_.size() >= kChunk) feed(ZSTD_e_continue);
  }
  /// Ends the frame; returns (bytes written, bytes of records).
  std::pair<uint64_t, uint64_t> finish() {
    feed(ZSTD_e_end);
    return {written_, raw_};
  }

 private:
  static constexpr size_t kChunk = size_t{1} << 17;
  void feed(ZSTD_EndDirective mode) {
    ZSTD_inBuffer in{in_.data(), in_.size(), 0};
    for (;;) {
      ZSTD_outBuffer out{out_.data(), out_.size(), 0};
      size_t left = ZSTD_compressStream2(cx_.get(), &out, &in, mode);
      if (ZSTD_isError(left)) fail(std::string("compression failed: ") + ZSTD_getErrorName(left));
      if (out.pos > 0) {
        write_(std::string_view(out_).substr(0, out.pos));
        written_ += out.pos;
      }
      if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size) break;
    }
    in_.clear();
  }
  const std::function<void(std::string_view)>& write_;
  std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cx_{ZSTD_createCCtx(), ZSTD_freeCCtx};
  std::string in_, out_;
  uint64_t written_ = 0, raw_ = 0;
};

}  // namespace

/// The spill file: created (and unlinked, spill_file.hpp) on the first spill, closed with
/// the frontier.
struct Frontier::File {
  std::string path;
  int fd = -1;
  uint64_t end = 0;
  explicit File(const std::string& dir) : path(spill_path(dir, "frontier", this)), fd(create_spill_file(path, "spill: ")) {}
  ~File() { ::close(fd); }
  void append(std::string_view data) {
    write_fully(fd, data.data(), data.size(), end, path, "spill: ");
    end += data.size();
  }
};

Frontier::Frontier(size_t nvars) : n_(nvars) {}
Frontier::Frontier(Frontier&&) noexcept = default;
Frontier& Frontier::operator=(Frontier&&) noexcept = default;
Frontier::~Frontier() = default;

Frontier::Block& Frontier::open_block() {
  if (blocks_.empty() || blocks_.back().count == kBlock || blocks_.back().offset >= 0) blocks_.emplace_back();
  return blocks_.back();
}

void Frontier::append(Value* st, const int64_t* ids, size_t count) {
  while (count > 0) {
    Block& b = open_block();
    size_t k = std::min(count, kBlock - b.count);
    b.states.insert(b.states.end(), std::make_move_iterator(st), std::make_move_iterator(st + k * n_));
    b.ids.insert(b.ids.end(), ids, ids + k);
    b.count += k;
    size_ += k;
    st += k * n_;
    ids += k;
    count -= k;
  }
}

void Frontier::push(const Value* st, int64_t id) {
  Block& b = open_block();
  b.states.insert(b.states.end(), st, st + n_);
  b.ids.push_back(id);
  ++b.count;
  ++size_;
}

void Frontier::spill(size_t keep) {
  if (!codec_) return;
  for (size_t k = 0; k < blocks_.size(); ++k) {
    Block& b = blocks_[k];
    if (b.offset >= 0 || b.count == 0 || k == keep) continue;
    if (!file_) file_ = std::make_unique<File>(dir_);
    // The block counts as spilled only once its whole frame is written: a failed write
    // (disk full) leaves it in memory, whole, for the checkpoint the search then writes.
    const int64_t at = static_cast<int64_t>(file_->end);
    std::function<void(std::string_view)> write = [this](std::string_view piece) { file_->append(piece); };
    FrameWriter frame(write);
    for (size_t i = 0; i < b.count; ++i) frame.record(b.ids[i], codec_->encode(&b.states[i * n_], n_));
    std::tie(b.bytes, b.raw) = frame.finish();
    b.offset = at;
    spilled_bytes_ += b.bytes;
    spilled_states_ += b.count;
    std::vector<Value>().swap(b.states);
    std::vector<int64_t>().swap(b.ids);
  }
}

std::string Frontier::read_bytes(const Block& b) const {
  std::string packed(b.bytes, '\0');
  read_fully(file_->fd, packed.data(), packed.size(), b.offset, file_->path, "spill: ");
  std::string data(b.raw, '\0');
  size_t n = ZSTD_decompress(data.data(), data.size(), packed.data(), packed.size());
  if (ZSTD_isError(n) || n != b.raw) fail("a spilled block is corrupt");
  return data;
}

void Frontier::each_record(const std::string& data, const std::function<void(int64_t, std::string_view)>& fn) {
  size_t p = 0;
  while (p + 16 <= data.size()) {
    int64_t id = static_cast<int64_t>(get_u64(&data[p]));
    uint64_t len = get_u64(&data[p + 8]);
    p += 16;
    if (len > data.size() - p) fail("a spilled block is corrupt");
    fn(id, std::string_view(data).substr(p, len));
    p += len;
  }
}

void Frontier::load_raw(size_t b) {
  if (raw_block_ == b) return;
  raw_block_ = SIZE_MAX;
  raw_ = read_bytes(blocks_[b]);
  raw_at_.clear();
  const char* base = raw_.data();
  each_record(raw_, [&](int64_t, std::string_view bytes) { raw_at_.push_back(static_cast<size_t>(bytes.data() - base) - 16); });
  if (raw_at_.size() != blocks_[b].count) fail("a spilled block is corrupt");
  raw_block_ = b;
}

Frontier::View Frontier::block(size_t i, size_t from, size_t to) {
  Block& b = blocks_[i];
  to = std::min(to, b.count);
  from = std::min(from, to);
  if (b.offset < 0) return View{b.states.data() + from * n_, b.ids.data() + from, to - from, from};
  load_raw(i);
  buf_.clear();
  buf_ids_.clear();
  buf_.reserve((to - from) * n_);
  for (size_t k = from; k < to; ++k) {
    const char* p = raw_.data() + raw_at_[k];
    std::vector<Value> st = codec_->decode(std::string_view(p + 16, get_u64(p + 8)));
    if (st.size() != n_) fail("a spilled block is corrupt");
    buf_.insert(buf_.end(), std::make_move_iterator(st.begin()), std::make_move_iterator(st.end()));
    buf_ids_.push_back(static_cast<int64_t>(get_u64(p)));
  }
  if (to == b.count) drop_raw();  // parts are read in order: the last one ends the block
  return View{buf_.data(), buf_ids_.data(), to - from, from};
}

void Frontier::drop_raw() {
  raw_block_ = SIZE_MAX;
  std::string().swap(raw_);
  std::vector<size_t>().swap(raw_at_);
}

void Frontier::for_each_encoded(const StateCodec& codec, const std::function<void(int64_t, std::string_view)>& fn) {
  for (const Block& b : blocks_) {
    if (b.offset >= 0) {
      each_record(read_bytes(b), fn);  // already codec bytes
      continue;
    }
    for (size_t i = 0; i < b.count; ++i) fn(b.ids[i], codec.encode(&b.states[i * n_], n_));
  }
}

void Frontier::clear() {
  blocks_.clear();
  file_.reset();
  size_ = spilled_states_ = 0;
  spilled_bytes_ = 0;
  std::vector<Value>().swap(buf_);
  std::vector<int64_t>().swap(buf_ids_);
  drop_raw();
}

}  // namespace cairn
