#include "checker/search/memory.hpp"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>

namespace cairn {

uint64_t parse_memory_size(const std::string& text) {
  size_t used = 0;
  double v = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    return 0;
  }
  std::string unit;
  for (size_t i = used; i < text.size(); ++i) unit.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
  if (unit.size() > 1 && unit.back() == 'b') unit.pop_back();
  if (unit.size() > 1 && unit.back() == 'i') unit.pop_back();
  double scale = 1;
  if (unit == "k") scale = 1024.0;
  else if (unit == "m") scale = 1024.0 * 1024;
  else if (unit == "g") scale = 1024.0 * 1024 * 1024;
  else if (unit == "t") scale = 1024.0 * 1024 * 1024 * 1024;
  else if (!unit.empty() && unit != "b") return 0;
  double bytes = v * scale;
  if (!(bytes >= 1) || bytes > 9e18) return 0;
  return static_cast<uint64_t>(bytes);
}

std::string memory_size_text(uint64_t bytes) {
  const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) v /= 1024, ++u;
  char buf[32];
  if (u == 0) std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
  else std::snprintf(buf, sizeof buf, "%.1f %s", v, units[u]);
  return buf;
}

namespace {

/// The cgroup (v2, else v1) memory limit of this process, 0 when none.
uint64_t cgroup_limit() {
  for (const char* path : {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
    std::ifstream in(path);
    std::string s;
    if (in >> s && s != "max") {
      try {
        uint64_t v = std::stoull(s);
        if (v > 0 && v < (uint64_t{1} << 60)) return v;
      } catch (const std::exception&) {
      }
    }
  }
  return 0;
}

}  // namespace

uint64_t default_memory_limit() {
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  uint64_t phys = pages > 0 && size > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(size) : 0;
  uint64_t cg = cgroup_limit();
  uint64_t m = cg && (!phys || cg < phys) ? cg : phys;
  return m / 5 * 4;
}

uint64_t resident_bytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long long total = 0, resident = 0;
  int got = std::fscanf(f, "%llu %llu", &total, &resident);
  std::fclose(f);
  return got == 2 ? resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) : 0;
}

// jemalloc's control interface, when the executable links jemalloc (checker/CMakeLists.txt).
extern "C" int mallctl(const char*, void*, size_t*, void*, size_t) __attribute__((weak));

void release_free_memory() {
  if (mallctl) mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0);  // 4096: MALLCTL_ARENAS_ALL
  else malloc_trim(0);
}

uint64_t MemoryWatch::rss(bool fresh) {
  auto now = std::chrono::steady_clock::now();
  // Far from the limit, a look every 20 ms is enough (and costs no system time per level).
  auto every = std::chrono::milliseconds(last_ < limit_ / 2 ? 20 : 1);
  if (fresh || last_ == 0 || now - read_at_ >= every) {
    uint64_t r = resident_bytes();
    // The margin follows the recent growth (a one-off jump fades out over a few polls).
    if (last_) growth_ = std::max(r > last_ ? r - last_ : 0, growth_ - growth_ / 4);
    last_ = r;
    read_at_ = now;
  }
  return last_;
}

}  // namespace cairn
