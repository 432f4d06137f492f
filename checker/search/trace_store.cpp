#include "checker/search/trace_store.hpp"

#include <unistd.h>

#include <algorithm>

#include "checker/search/spill_file.hpp"

namespace cairn {

namespace {
struct Found {};  // stops an enumeration once the state sought is found

[[noreturn]] void fail(const std::string& what) {
  throw Error(Loc{}, what, exit_code::system);  // the caller says what could not spill
}
}  // namespace

TraceStore::~TraceStore() {
  if (fd_ >= 0) ::close(fd_);
}

void TraceStore::spill(size_t keep_from) {
  if (dir_.empty()) fail("no folder to spill to (--workdir)");
  size_t upto = std::min(keep_from, size());
  if (upto <= first_) return;
  if (fd_ < 0) {
    path_ = spill_path(dir_, "links", this);
    fd_ = create_spill_file(path_);
  }
  std::string buf;
  // Block by block: each block written is freed before the next, so spilling needs no
  // second copy of the links.
  constexpr size_t kBlock = 1 << 16;
  while (first_ < upto) {
    size_t n = std::min(kBlock, upto - first_);
    buf.clear();
    for (size_t k = 0; k < n; ++k) {
      const Link& l = links_[k];
      uint64_t p = static_cast<uint64_t>(l.parent + 1), a = static_cast<uint64_t>(static_cast<int64_t>(l.action) + 1);
      if (p >> 48 || a >> 16) fail("a parent id or action number too large for the link file");
      uint64_t words[2] = {l.fp, p | (a << 48)};
      buf.append(reinterpret_cast<const char*>(words), sizeof words);
    }
    write_fully(fd_, buf.data(), buf.size(), first_ * kRecord, path_);
    links_.erase(links_.begin(), links_.begin() + static_cast<std::ptrdiff_t>(n));
    first_ += n;
  }
  links_.shrink_to_fit();
}

TraceStore::Link TraceStore::read(size_t id) const {
  uint64_t words[2];
  read_fully(fd_, words, sizeof words, id * kRecord, path_);
  return decode(words);
}

TraceStore::Link TraceStore::decode(const uint64_t* words) {
  Link l;
  l.fp = words[0];
  l.parent = static_cast<int64_t>(words[1] & ((uint64_t{1} << 48) - 1)) - 1;
  l.action = static_cast<int32_t>(words[1] >> 48) - 1;
  return l;
}

void TraceStore::copy(size_t from, size_t n, Link* out) const {
  size_t on_disk = from < first_ ? std::min(n, first_ - from) : 0;
  if (on_disk) {
    std::vector<uint64_t> words(2 * on_disk);
    read_fully(fd_, words.data(), on_disk * kRecord, from * kRecord, path_);
    for (size_t k = 0; k < on_disk; ++k) out[k] = decode(&words[2 * k]);
  }
  for (size_t k = on_disk; k < n; ++k) out[k] = links_[from + k - first_];
}

std::vector<TraceStep> TraceStore::replay(const StateSpace& space, int64_t id) const {
  std::vector<int64_t> chain;
  for (int64_t i = id; i >= 0; i = (*this)[i].parent) chain.push_back(i);
  std::reverse(chain.begin(), chain.end());
  std::vector<TraceStep> out;
  if (chain.empty()) return out;
  const size_t n = space.nvars();
  std::vector<Value> cur;
  {
    uint64_t want = (*this)[chain[0]].fp;
    Ctx base;
    base.worker = space.model().worker();
    base.worker->begin_init();
    try {
      space.initial_states(base, [&](const Value* st) {
        if (cur.empty() && space.key(st, 1) == want) {
          cur.assign(st, st + n);
          throw Found{};
        }
      });
    } catch (Found&) {
    }
    TraceStep s;
    s.state = cur;
    out.push_back(std::move(s));
  }
  for (size_t k = 1; k < chain.size(); ++k) {
    const Link l = (*this)[chain[k]];
    const Action& a = space.action(static_cast<size_t>(l.action));
    std::vector<Value> nxt;
    Ctx c;
    c.level = static_cast<int>(k);
    // Random natives draw as when this step was first taken (reseeded by the parent).
    c.worker = space.model().worker();
    c.worker->begin_state((*this)[chain[k - 1]].fp);
    try {
      space.successors(static_cast<size_t>(l.action), cur.data(), c, [&](const Value* nx) {
        for (size_t i = 0; i < n; ++i)
          if (!nx[i].defined()) return;
        if (space.key(nx, static_cast<int>(k + 1)) == l.fp) {
          nxt.assign(nx, nx + n);
          throw Found{};
        }
      });
    } catch (Found&) {
    }
    TraceStep s;
    s.state = nxt;
    s.action = a.name;
    s.loc = a.loc;
    out.push_back(std::move(s));
    cur = std::move(nxt);
  }
  return out;
}

}  // namespace cairn
