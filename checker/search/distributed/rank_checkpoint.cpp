#include "checker/search/distributed/rank_checkpoint.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/search/checkpoint.hpp"
#include "grammar/source.hpp"

namespace cairn::distributed {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "cairn-mpi-checkpoint 1";
constexpr char kSingleMagic[] = "cairn-checkpoint 1";  // search/checkpoint.cpp's

[[noreturn]] void fail(const std::string& what) { throw Error(Loc{}, "checkpoint: " + what, exit_code::system); }

std::string hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

std::string rank_checkpoint_dir(const std::string& dir, int rank, int64_t seq) {
  return (fs::path(dir) / ("rank-" + std::to_string(rank)) / ("ck-" + std::to_string(seq))).string();
}

int64_t next_checkpoint_seq(const std::string& dir) {
  std::ifstream in(fs::path(dir) / "MANIFEST");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("seq ", 0) == 0) {
      try {
        return std::stoll(line.substr(4)) + 1;
      } catch (const std::exception&) {
      }
    }
  return 0;
}

void write_global_manifest(const std::string& dir, const GlobalManifest& m) {
  std::ostringstream out;
  out << kMagic << "\nrun " << hex(m.run_hash) << "\nranks " << m.ranks << "\nlevel " << m.level << "\nseq "
      << m.seq << "\ngenerated " << m.generated << "\ndistinct " << m.distinct << "\nqueue " << m.queue << "\n";
  for (size_t r = 0; r < m.per_rank.size(); ++r) {
    const RankCounters& c = m.per_rank[r];
    out << "rank " << r << " " << c.generated << " " << c.states_sent << " " << c.messages << " " << c.bytes << "\n";
  }
  write_file_durably(dir, "MANIFEST", out.str());
}

GlobalManifest read_global_manifest(const std::string& dir, uint64_t run_hash, int ranks) {
  fs::path path = fs::path(dir) / "MANIFEST";
  std::ifstream in(path);
  if (!in) fail("no checkpoint in " + dir + " (no MANIFEST)");
  std::string magic;
  std::getline(in, magic);
  if (magic == kSingleMagic)
    fail(dir + " holds a checkpoint of `cairn check`, not of cairn-mpi; resume it with `cairn check --resume " +
         dir + "`");
  if (magic != kMagic) fail(path.string() + " is not a cairn-mpi checkpoint of this format");
  GlobalManifest m;
  std::string key, run;
  in >> key >> run >> key >> m.ranks >> key >> m.level >> key >> m.seq >> key >> m.generated >> key >> m.distinct >>
      key >> m.queue;
  if (!in) fail(path.string() + " is incomplete");
  m.per_rank.resize(static_cast<size_t>(std::max(0, m.ranks)));
  for (RankCounters& c : m.per_rank) {
    int r = 0;
    in >> key >> r >> c.generated >> c.states_sent >> c.messages >> c.bytes;
  }
  if (!in) fail(path.string() + " is incomplete");
  if (run != hex(run_hash))
    fail("the checkpoint in " + dir +
         " was written for another spec, cfg, cairn version or options; resume with the same ones");
  if (m.ranks != ranks)
    fail("the checkpoint in " + dir + " was written by " + std::to_string(m.ranks) +
         " ranks (each its own partition of the states); resume it with `mpirun -np " + std::to_string(m.ranks) +
         "` (this run has " + std::to_string(ranks) + ")");
  m.run_hash = run_hash;
  return m;
}

void remove_other_checkpoints(const std::string& dir, int rank, int ranks, int64_t keep) {
  std::error_code ec;
  fs::path mine = fs::path(dir) / ("rank-" + std::to_string(rank));
  std::string kept = "ck-" + std::to_string(keep);
  for (const auto& e : fs::directory_iterator(mine, ec)) {
    std::string f = e.path().filename().string();
    if (f.rfind("ck-", 0) == 0 && f != kept) fs::remove_all(e.path(), ec);
  }
  if (rank != 0) return;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string f = e.path().filename().string();
    if (f.rfind("rank-", 0) != 0) continue;
    try {
      if (std::stoi(f.substr(5)) >= ranks) fs::remove_all(e.path(), ec);
    } catch (const std::exception&) {
    }
  }
}

}  // namespace cairn::distributed
