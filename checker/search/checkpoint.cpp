#include "checker/search/checkpoint.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/value/value.hpp"

namespace cairn {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "cairn-checkpoint 1";

[[noreturn]] void fail(const std::string& what) { throw Error(Loc{}, "checkpoint: " + what, exit_code::system); }

// ---- bytes -----------------------------------------------------------------------------

void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
void put_str(std::string& out, const std::string& s) {
  put_u64(out, s.size());
  out += s;
}

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

std::string serialize(const Checkpoint& cp) {
  std::string out;
  put_u64(out, cp.run_hash);
  put_u64(out, static_cast<uint64_t>(cp.level));
  put_u64(out, static_cast<uint64_t>(cp.generated));
  uint64_t secs;
  std::memcpy(&secs, &cp.seconds, 8);
  put_u64(out, secs);
  put_u64(out, cp.interned.size());
  for (const auto& s : cp.interned) put_str(out, s);
  put_u64(out, cp.links.size());
  for (const auto& l : cp.links) {
    put_u64(out, l.fp);
    put_u64(out, static_cast<uint64_t>(l.parent));
    put_u64(out, static_cast<uint64_t>(static_cast<int64_t>(l.action)));
  }
  put_u64(out, cp.frontier.size());
  for (size_t i = 0; i < cp.frontier.size(); ++i) {
    put_u64(out, static_cast<uint64_t>(cp.frontier_ids[i]));
    put_str(out, cp.frontier[i]);
  }
  return out;
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

void write_checkpoint(const std::string& dir, const Checkpoint& cp) {
  fs::path d(dir);
  std::error_code ec;
  fs::create_directories(d, ec);
  if (ec) fail("cannot create " + dir + ": " + ec.message());
  std::string data = serialize(cp);
  uint64_t sum = XXH64(data.data(), data.size(), 0);
  // A new name per checkpoint: the MANIFEST in place keeps naming an intact older file.
  std::string name = "data-" + hex(sum) + "-" + std::to_string(cp.level) + ".bin";
  write_durably(d, name, data);
  std::ostringstream m;
  m << kMagic << "\nrun " << hex(cp.run_hash) << "\ndata " << name << "\nsize " << data.size() << "\nxxh64 "
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

void restore_interned(const std::vector<std::string>& names) {
  for (size_t i = 0; i < names.size(); ++i)
    if (intern(names[i]) != i + 1)
      fail("this run interned strings in another order than the checkpointed one (at \"" + names[i] + "\")");
}

}  // namespace cairn
