#include "checker/search/frontier.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>

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

}  // namespace

/// The spill file: created on the first spill, removed with the frontier.
struct Frontier::File {
  std::string path;
  int fd = -1;
  uint64_t end = 0;
  explicit File(const std::string& dir) : path(spill_path(dir, "frontier", this)), fd(create_spill_file(path, "spill: ")) {}
  ~File() {
    ::close(fd);
    ::unlink(path.c_str());
  }
  void append(const std::string& data) {
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
    std::string data;
    for (size_t i = 0; i < b.count; ++i) {
      std::string s = codec_->encode(&b.states[i * n_], n_);
      put_u64(data, static_cast<uint64_t>(b.ids[i]));
      put_u64(data, s.size());
      data += s;
    }
    b.offset = static_cast<int64_t>(file_->end);
    b.bytes = data.size();
    file_->append(data);
    spilled_bytes_ += data.size();
    spilled_states_ += b.count;
    std::vector<Value>().swap(b.states);
    std::vector<int64_t>().swap(b.ids);
  }
}

std::string Frontier::read_bytes(const Block& b) const {
  std::string data(b.bytes, '\0');
  read_fully(file_->fd, data.data(), data.size(), b.offset, file_->path, "spill: ");
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

Frontier::View Frontier::block(size_t i) {
  Block& b = blocks_[i];
  if (b.offset < 0) return View{b.states.data(), b.ids.data(), b.count};
  buf_.clear();
  buf_ids_.clear();
  buf_.reserve(b.count * n_);
  each_record(read_bytes(b), [&](int64_t id, std::string_view bytes) {
    std::vector<Value> st = codec_->decode(bytes);
    buf_.insert(buf_.end(), std::make_move_iterator(st.begin()), std::make_move_iterator(st.end()));
    buf_ids_.push_back(id);
  });
  if (buf_ids_.size() != b.count) fail("a spilled block is corrupt");
  return View{buf_.data(), buf_ids_.data(), b.count};
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
}

}  // namespace cairn
