#include "checker/search/checkpoint.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <fstream>
#include <sstream>

#include "checker/value/value.hpp"

namespace cairn {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "cairn-checkpoint 1";

[[noreturn]] void fail(const std::string& what) { throw Error(Loc{}, "checkpoint: " + what, exit_code::system); }

// ---- bytes -----------------------------------------------------------------------------

class Reader {
 public:
  explicit Reader(const std::string& data) : d_(data) {}
  uint64_t u64() {
    need(8);
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(d_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  std::string str() {
    uint64_t n = u64();
    need(n);
    std::string s = d_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool done() const { return pos_ == d_.size(); }

 private:
  const std::string& d_;
  size_t pos_ = 0;
  void need(uint64_t n) const {
    if (n > d_.size() - pos_) fail("the data file is truncated");
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

Checkpoint deserialize(const std::string& data) {
  Reader r(data);
  Checkpoint cp;
  cp.run_hash = r.u64();
  cp.level = static_cast<int64_t>(r.u64());
  cp.generated = static_cast<int64_t>(r.u64());
  uint64_t secs = r.u64();
  std::memcpy(&cp.seconds, &secs, 8);
  for (uint64_t n = r.u64(); n > 0; --n) cp.interned.push_back(r.str());
  uint64_t links = r.u64();
  for (uint64_t i = 0; i < links; ++i) {
    TraceStore::Link l;
    l.fp = r.u64();
    l.parent = static_cast<int64_t>(r.u64());
    l.action = static_cast<int32_t>(static_cast<int64_t>(r.u64()));
    cp.links.push_back(l);
  }
  for (uint64_t n = r.u64(); n > 0; --n) {
    cp.frontier_ids.push_back(static_cast<int64_t>(r.u64()));
    cp.frontier.push_back(r.str());
  }
  if (!r.done()) fail("the data file has trailing bytes");
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

/// Writes `text` to DIR/name through a temporary file, durably, replacing any old one.
void write_durably(const fs::path& dir, const std::string& name, const std::string& text) {
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
  write_durably(d, "MANIFEST", m.str());
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
  std::string data = read_all(d / name);
  if (data.size() != size || hex(XXH64(data.data(), data.size(), 0)) != sum)
    fail(dir + "/" + name + " does not match its MANIFEST (torn or corrupt)");
  Checkpoint cp = deserialize(data);
  if (cp.run_hash != run_hash) fail("the data file's run hash disagrees with its MANIFEST");
  return cp;
}

void restore_interned(const std::vector<std::string>& names, Interner& strings) {
  for (size_t i = 0; i < names.size(); ++i)
    if (strings.intern(names[i]).token != i + 1)
      fail("this run interned strings in another order than the checkpointed one (at \"" + names[i] + "\")");
}

}  // namespace cairn
