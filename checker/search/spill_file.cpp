#include "checker/search/spill_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "grammar/source.hpp"

namespace cairn {

namespace {

[[noreturn]] void fail(const char* prefix, const std::string& what) {
  throw Error(Loc{}, prefix + what, exit_code::system);  // the caller says what could not spill
}

}  // namespace

std::string spill_path(const std::string& dir, const std::string& name, const void* owner, const std::string& suffix) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return (std::filesystem::path(dir) /
          (name + "-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<uintptr_t>(owner)) + suffix))
      .string();
}

int create_spill_file(const std::string& path, const char* prefix) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) fail(prefix, "cannot create " + path + ": " + std::strerror(errno));
  // Unlinked at once: the file lives as long as its descriptor, so it goes with the
  // process however that ends (a SIGKILL or a crash leaves nothing in the workdir).
  ::unlink(path.c_str());
  return fd;
}

void write_fully(int fd, const void* data, size_t bytes, uint64_t at, const std::string& path, const char* prefix) {
  const char* p = static_cast<const char*>(data);
  size_t done = 0;
  while (done < bytes) {
    ssize_t w = ::pwrite(fd, p + done, bytes - done, static_cast<off_t>(at + done));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) fail(prefix, "cannot write " + path + ": " + std::strerror(errno));
    done += static_cast<size_t>(w);
  }
}

void read_fully(int fd, void* buf, size_t bytes, uint64_t at, const std::string& path, const char* prefix) {
  char* p = static_cast<char*>(buf);
  size_t done = 0;
  while (done < bytes) {
    ssize_t r = ::pread(fd, p + done, bytes - done, static_cast<off_t>(at + done));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) fail(prefix, "cannot read " + path + ": " + (r < 0 ? std::strerror(errno) : "truncated"));
    done += static_cast<size_t>(r);
  }
}

}  // namespace cairn
