#include "checker/search/checkpoint.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>
#include <fstream>
#include <sstream>

#include "checker/search/frontier.hpp"
#include "checker/value/codec.hpp"
#include "checker/value/value.hpp"

namespace cairn {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "cairn-checkpoint 1";

[[noreturn]] void fail(const std::string& what) { throw Error(Loc{}, "checkpoint: " + what, exit_code::system); }

// ---- bytes -----------------------------------------------------------------------------

/// The data file, read sequentially from an offset through a buffer.
class Reader {
 public:
  Reader(const std::string& path, uint64_t at) : path_(path), in_(path, std::ios::binary) {
    if (!in_) fail("cannot read " + path);
    in_.seekg(static_cast<std::streamoff>(at));
    pos_ = at;
  }
  uint64_t u64() {
    unsigned char b[8];
    take(reinterpret_cast<char*>(b), 8);
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(b[i]) << (8 * i);
    return v;
  }
  const std::string& str() {
    uint64_t n = u64();
    if (n > (uint64_t{1} << 32)) fail("the data file is corrupt (a record of " + std::to_string(n) + " bytes)");
    s_.resize(n);
    take(s_.data(), n);
    return s_;
  }
  uint64_t pos() const { return pos_; }

 private:
  std::string path_;
  std::ifstream in_;
  std::vector<char> buf_ = std::vector<char>(1 << 20);
  size_t at_ = 0, end_ = 0;
  uint64_t pos_ = 0;
  std::string s_;
  void take(char* out, uint64_t n) {
    while (n > 0) {
      if (at_ == end_) {
        in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        end_ = static_cast<size_t>(in_.gcount());
        at_ = 0;
        if (end_ == 0) fail("the data file is truncated");
      }
      size_t k = std::min<uint64_t>(n, end_ - at_);
      std::memcpy(out, buf_.data() + at_, k);
      at_ += k, out += k, n -= k, pos_ += k;
    }
  }
};

/// The data file, written through a buffer with its XXH64 computed on the way.
class DataWriter {
 public:
  explicit DataWriter(const fs::path& path) : path_(path), out_(path, std::ios::binary | std::ios::trunc) {
    XXH64_reset(hash_.get(), 0);
  }
  void u64(uint64_t v) {
    for (int i = 0; i < 8; ++i) buf_.push_back(static_cast<char>(v >> (8 * i)));
    if (buf_.size() >= (1u << 20)) flush();
  }
  void str(std::string_view s) {
    u64(s.size());
    buf_ += s;
    if (buf_.size() >= (1u << 20)) flush();
  }
  /// Flushes and closes; returns (size, checksum).
  std::pair<uint64_t, uint64_t> finish() {
    flush();
    out_.flush();
    if (!out_) fail("cannot write " + path_.string());
    out_.close();
    return {size_, XXH64_digest(hash_.get())};
  }

 private:
  fs::path path_;
  std::ofstream out_;
  std::string buf_;
  uint64_t size_ = 0;
  std::unique_ptr<XXH64_state_t, XXH_errorcode (*)(XXH64_state_t*)> hash_{XXH64_createState(), XXH64_freeState};
  void flush() {
    XXH64_update(hash_.get(), buf_.data(), buf_.size());
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    size_ += buf_.size();
    buf_.clear();
  }
};

/// Streams the data file; returns (size, checksum).
std::pair<uint64_t, uint64_t> serialize(const fs::path& path, const CheckpointSource& cp) {
  DataWriter w(path);
  w.u64(cp.run_hash);
  w.u64(static_cast<uint64_t>(cp.level));
  w.u64(static_cast<uint64_t>(cp.generated));
  uint64_t secs;
  std::memcpy(&secs, &cp.seconds, 8);
  w.u64(secs);
  w.u64(cp.interned.size());
  for (const auto& s : cp.interned) w.str(s);
  w.u64(cp.links);
  for (size_t i = 0; i < cp.links; ++i) {
    TraceStore::Link l = cp.link(i);
    w.u64(l.fp);
    w.u64(static_cast<uint64_t>(l.parent));
    w.u64(static_cast<uint64_t>(static_cast<int64_t>(l.action)));
  }
  w.u64(cp.frontier);
  size_t states = 0;
  cp.each_state([&](int64_t id, std::string_view bytes) {
    w.u64(static_cast<uint64_t>(id));
    w.str(bytes);
    ++states;
  });
  if (states != cp.frontier) fail("the frontier changed while it was written");
  return w.finish();
}

constexpr uint64_t kLinkBytes = 24;  // fp, parent, action: a link in the data file

/// The header of the data file at `path` (`size` bytes); the links and the frontier are
/// read later, from the offsets it records.
Checkpoint read_header(const std::string& path, uint64_t size) {
  Reader r(path, 0);
  Checkpoint cp;
  cp.data_path = path;
  cp.run_hash = r.u64();
  cp.level = static_cast<int64_t>(r.u64());
  cp.generated = static_cast<int64_t>(r.u64());
  uint64_t secs = r.u64();
  std::memcpy(&cp.seconds, &secs, 8);
  for (uint64_t n = r.u64(); n > 0; --n) cp.interned.push_back(r.str());
  cp.links = r.u64();
  cp.links_at = r.pos();
  if (cp.links > (size - cp.links_at) / kLinkBytes) fail("the data file is truncated");
  Reader f(path, cp.links_at + cp.links * kLinkBytes);
  cp.frontier = f.u64();
  cp.frontier_at = f.pos();
  if (cp.frontier > 0) cp.first_frontier_id = static_cast<int64_t>(f.u64());
  return cp;
}

// ---- files -----------------------------------------------------------------------------

void fsync_path(const fs::path& p, int flags) {
  int fd = ::open(p.c_str(), flags);
  if (fd < 0) fail("cannot open " + p.string() + ": " + std::strerror(errno));
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) fail("cannot sync " + p.string() + ": " + std::strerror(errno));
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) fail("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

void write_file_durably(const std::string& dir_name, const std::string& name, const std::string& text) {
  fs::path dir(dir_name);
  fs::path tmp = dir / (name + ".tmp"), dst = dir / name;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) fail("cannot write " + tmp.string());
  }
  fsync_path(tmp, O_RDONLY);
  std::error_code ec;
  fs::rename(tmp, dst, ec);
  if (ec) fail("cannot rename " + tmp.string() + ": " + ec.message());
  fsync_path(dir, O_RDONLY | O_DIRECTORY);
}

void read_search_into(CheckpointSource& src, const TraceStore& traces, size_t links, Frontier& frontier,
                      const StateCodec& codec) {
  src.links = links;
  struct Buffer {
    std::vector<TraceStore::Link> links;
    size_t from = 0;
  };
  auto buf = std::make_shared<Buffer>();
  src.link = [&traces, buf](size_t i) {
    if (i < buf->from || i >= buf->from + buf->links.size()) {
      buf->from = i;
      buf->links.resize(std::min<size_t>(size_t{1} << 16, traces.size() - i));
      traces.copy(i, buf->links.size(), buf->links.data());
    }
    return buf->links[i - buf->from];
  };
  src.frontier = frontier.size();
  src.each_state = [&frontier, &codec](const std::function<void(int64_t, std::string_view)>& fn) {
    frontier.for_each_encoded(codec, fn);
  };
}

void write_checkpoint(const std::string& dir, const CheckpointSource& cp) {
  fs::path d(dir);
  std::error_code ec;
  fs::create_directories(d, ec);
  if (ec) fail("cannot create " + dir + ": " + ec.message());
  fs::path tmp = d / "data.tmp";
  auto [size, sum] = serialize(tmp, cp);
  fsync_path(tmp, O_RDONLY);
  // A new name per checkpoint: the MANIFEST in place keeps naming an intact older file.
  std::string name = "data-" + hex(sum) + "-" + std::to_string(cp.level) + ".bin";
  fs::rename(tmp, d / name, ec);
  if (ec) fail("cannot rename " + tmp.string() + ": " + ec.message());
  fsync_path(d, O_RDONLY | O_DIRECTORY);
  std::ostringstream m;
  m << kMagic << "\nrun " << hex(cp.run_hash) << "\ndata " << name << "\nsize " << size << "\nxxh64 "
    << hex(sum) << "\nlevel " << cp.level << "\n";
  write_file_durably(dir, "MANIFEST", m.str());
  for (const auto& e : fs::directory_iterator(d, ec)) {
    std::string f = e.path().filename().string();
    if (f.rfind("data-", 0) == 0 && f != name) fs::remove(e.path(), ec);
  }
}

Checkpoint read_checkpoint(const std::string& dir, uint64_t run_hash) {
  fs::path d(dir);
  if (!fs::exists(d / "MANIFEST")) fail("no checkpoint in " + dir + " (no MANIFEST)");
  std::istringstream m(read_all(d / "MANIFEST"));
  std::string magic, key, run, name, sum;
  uint64_t size = 0;
  std::getline(m, magic);
  if (magic != kMagic) fail(dir + "/MANIFEST is not a cairn checkpoint of this format");
  m >> key >> run >> key >> name >> key >> size >> key >> sum;
  if (!m) fail(dir + "/MANIFEST is incomplete");
  if (run != hex(run_hash))
    fail("the checkpoint in " + dir +
         " was written for another spec, cfg, cairn version or options; resume with the same ones");
  // The size and checksum first, streamed (the file can be larger than the memory).
  std::string path = (d / name).string();
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot read " + path);
    std::unique_ptr<XXH64_state_t, XXH_errorcode (*)(XXH64_state_t*)> h{XXH64_createState(), XXH64_freeState};
    XXH64_reset(h.get(), 0);
    std::vector<char> buf(1 << 20);
    uint64_t got = 0;
    while (in) {
      in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
      XXH64_update(h.get(), buf.data(), static_cast<size_t>(in.gcount()));
      got += static_cast<uint64_t>(in.gcount());
    }
    if (got != size || hex(XXH64_digest(h.get())) != sum)
      fail(dir + "/" + name + " does not match its MANIFEST (torn or corrupt)");
  }
  Checkpoint cp = read_header(path, size);
  if (cp.run_hash != run_hash) fail("the data file's run hash disagrees with its MANIFEST");
  return cp;
}

void Checkpoint::each_link(const std::function<void(const TraceStore::Link&)>& fn) const {
  Reader r(data_path, links_at);
  for (uint64_t i = 0; i < links; ++i) {
    TraceStore::Link l;
    l.fp = r.u64();
    l.parent = static_cast<int64_t>(r.u64());
    l.action = static_cast<int32_t>(static_cast<int64_t>(r.u64()));
    fn(l);
  }
}

void Checkpoint::each_state(const std::function<void(int64_t, std::string_view)>& fn) const {
  Reader r(data_path, frontier_at);
  for (uint64_t i = 0; i < frontier; ++i) {
    int64_t id = static_cast<int64_t>(r.u64());
    fn(id, r.str());
  }
  if (r.pos() != std::filesystem::file_size(data_path)) fail("the data file has trailing bytes");
}

void restore_interned(const std::vector<std::string>& names, Interner& strings) {
  for (size_t i = 0; i < names.size(); ++i)
    if (strings.intern(names[i]).token != i + 1)
      fail("this run interned strings in another order than the checkpointed one (at \"" + names[i] + "\")");
}

}  // namespace cairn
