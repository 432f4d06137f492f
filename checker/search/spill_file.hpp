// The files the search spills to under --workdir (the queue, the seen set, the parent
// links): a name unique among this process's live files, and whole reads and writes
// (pread/pwrite until done, again after EINTR). A failure throws an Error (exit code
// `system`) naming the file; `prefix` starts its message.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace cairn {

/// DIR/PREFIX-PID-OWNER.SUFFIX (OWNER: the address of the object that owns the file), DIR
/// created if missing.
std::string spill_path(const std::string& dir, const std::string& name, const void* owner,
                       const std::string& suffix = ".bin");

/// Creates `path` for reading and writing and unlinks it at once: its descriptor (closing
/// it frees the disk space).
int create_spill_file(const std::string& path, const char* prefix = "");

void write_fully(int fd, const void* data, size_t bytes, uint64_t at, const std::string& path,
                 const char* prefix = "");
void read_fully(int fd, void* buf, size_t bytes, uint64_t at, const std::string& path, const char* prefix = "");

}  // namespace cairn
