#include "checker/cli/tlc_cli.hpp"

#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <random>
#include <set>
#include <thread>

#include "checker/driver/driver.hpp"
#include "checker/report/dot.hpp"
#include "checker/report/events.hpp"
#include "checker/report/tlc_trace.hpp"

namespace cairn {

namespace {

/// What cairn does with one of TLC's options.
enum class Support {
  done,     // implemented with TLC's meaning
  ignored,  // accepted; it would not change the answer; a note on stderr says so
  refused,  // it would change the answer and cairn cannot honour it: exit 1
};

/// A bad command line (TLC's "Error: ..." and exit 1).
struct Usage {
  std::string message;
};

/// The run a TLC command line asks for.
struct TlcRun {
  RunOptions ro;
  SimOptions so;
  bool simulate = false;
  bool seeded = false;
  bool warnings = true;        // -nowarning turns the notes off
  bool checkpoint = false;     // -checkpoint N > 0
  std::string metadir;
  std::string spec;
  std::vector<std::string> notes;  // the ignored options, said once on stderr
  std::vector<std::string> tla_traces;  // -dumpTrace tla FILE
};

/// The arguments after an option: `need()` takes the next one or fails with TLC's words.
class Args {
 public:
  Args(const std::vector<std::string>& a, size_t& i) : a_(a), i_(i) {}
  std::string need(const std::string& what) {
    if (i_ >= a_.size()) throw Usage{"Error: expect " + what + " for " + option() + " option."};
    return a_[i_++];
  }
  std::optional<std::string> peek() const { return i_ < a_.size() ? std::optional(a_[i_]) : std::nullopt; }
  void skip() { ++i_; }
  std::string option() const { return a_[opt_]; }
  void set_option(size_t at) { opt_ = at; }

 private:
  const std::vector<std::string>& a_;
  size_t& i_;
  size_t opt_ = 0;
};

int64_t integer(const std::string& text, const std::string& option) {
  try {
    size_t used = 0;
    int64_t n = std::stoll(text, &used);
    if (used == text.size()) return n;
  } catch (const std::exception&) {
  }
  throw Usage{"Error: An integer for " + option + " required. But encountered " + text};
}

struct TlcOption {
  const char* name;
  Support support;
  const char* note;  // why (ignored/refused), or what cairn does (done)
  std::function<void(TlcRun&, Args&)> apply;
};

void none(TlcRun&, Args&) {}

/// `-dump dot[,colorize,actionlabels,strict] FILE`: the state graph as DOT (report/dot.hpp),
/// ".dot" added as TLC's getDumpFile does. TLC's plain state dump (`-dump FILE`) is refused.
void dump_states(TlcRun& r, Args& a) {
  std::string first = a.need("a file name");
  if (first.rfind("dot", 0) != 0)
    throw Usage{"cairn: error: -dump " + first + ": cairn writes the state graph only as DOT (-dump dot FILE)"};
  std::string file = a.need("a file name");
  std::string bad;
  std::string formats;
  for (char c : first) formats += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!parse_tlc_dot_formats(formats, r.ro.dot, bad))
    throw Usage{"cairn: error: -dump " + first + ": " + bad + " is not supported"};
  if (file.size() < 4 || file.compare(file.size() - 4, 4, ".dot") != 0) file += ".dot";
  r.ro.dot.path = file;
}

void dump_trace(TlcRun& r, Args& a) {
  std::string fmt = a.need("a format and a file name");
  std::string file = a.need("a format and a file name");
  std::string f;
  for (char c : fmt) f += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (f == "json") r.ro.tlc_trace_path = file;  // report/tlc_json.hpp
  else if (f == "tla") r.tla_traces.push_back(file);
  else if (f == "tlc" || f == "tlcplain" || f == "tlctespec" || f == "tlcaction" || f == "dot")
    throw Usage{"cairn: error: -dumpTrace " + fmt + ": cairn writes only the json and tla formats"};
  else throw Usage{"Error: Unknown format " + fmt + " given to -dumpTrace."};
}

void simulate(TlcRun& r, Args& a) {
  r.simulate = true;
  auto next = a.peek();
  if (!next || (next->find("num=") == std::string::npos && next->find("file=") == std::string::npos &&
                next->find("stats=") == std::string::npos && next->find("sched") == std::string::npos))
    return;
  a.skip();
  size_t start = 0;
  while (start <= next->size()) {
    size_t comma = next->find(',', start);
    std::string arg = next->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (arg.rfind("num=", 0) == 0) r.so.num = integer(arg.substr(4), "-simulate num");
    else if (arg.rfind("file=", 0) == 0)
      throw Usage{"cairn: error: -simulate file=: cairn does not write the behaviours to files"};
    else if (arg.rfind("sched=", 0) == 0)
      throw Usage{"cairn: error: -simulate " + arg + ": cairn draws successors uniformly only"};
    else if (arg.rfind("stats=", 0) == 0) r.notes.push_back("-simulate " + arg + ": cairn prints its own statistics");
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
}

void workers(TlcRun& r, Args& a) {
  std::string w = a.need("an integer or 'auto'");
  if (w == "auto") r.ro.workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  else r.ro.workers = static_cast<int>(integer(w, "-workers"));
  if (r.ro.workers < 1) throw Usage{"Error: at least one worker required."};
}

void config(TlcRun& r, Args& a) {
  std::string c = a.need("a file name");
  if (c.size() > 4 && c.compare(c.size() - 4, 4, ".cfg") == 0) c.resize(c.size() - 4);
  r.ro.model.cfg_path = c + ".cfg";  // TLC strips and adds the extension
}

void lncheck(TlcRun& r, Args& a) {
  std::string s = a.need("a strategy such as final");
  if (s != "final")
    r.notes.push_back("-lncheck " + s + ": cairn checks the temporal properties once, after the safety search "
                      "(TLC's -lncheck final); the verdict is the same");
}

/// TLC's options (tlc2.TLC.handleParameters), in its usage's order.
const std::vector<TlcOption>& options() {
  static const std::vector<TlcOption> table = {
      {"-config", Support::done, "the model's .cfg file", config},
      {"-workers", Support::done, "worker threads, N or auto (default 1, as TLC)", workers},
      {"-deadlock", Support::done, "do not check for deadlock (TLC's -deadlock turns the check off)",
       [](TlcRun& r, Args&) { r.ro.model.no_deadlock = true; }},
      {"-simulate", Support::done, "random behaviours (cairn simulate); num=N; file= and sched= are refused", simulate},
      {"-depth", Support::done, "states per simulated behaviour (default 100)",
       [](TlcRun& r, Args& a) { r.so.depth = integer(a.need("a number"), "-depth"); }},
      {"-seed", Support::done, "the seed of the simulation and of RandomElement & co",
       [](TlcRun& r, Args& a) {
         r.ro.seed = r.so.seed = static_cast<uint64_t>(integer(a.need("a number"), "-seed"));
         r.seeded = true;
       }},
      {"-coverage", Support::done, "coverage per action, printed once at the end (not every N minutes)",
       [](TlcRun& r, Args& a) {
         integer(a.need("a number"), "-coverage");
         r.ro.coverage = true;
       }},
      {"-tool", Support::done, "TLC's framed messages for front ends", [](TlcRun& r, Args&) { r.ro.tool = true; }},
      {"-dumpTrace", Support::done, "json or tla FILE: the counterexample as TLC writes it", dump_trace},
      {"-checkpoint", Support::done, "minutes between checkpoints, into -metadir (0: none)",
       [](TlcRun& r, Args& a) {
         int64_t m = integer(a.need("a number of minutes"), "-checkpoint");
         r.checkpoint = m > 0;
         if (m > 0) r.ro.checkpoint_every_minutes = static_cast<double>(m);
       }},
      {"-recover", Support::done, "continue from the checkpoint in DIR", [](TlcRun& r, Args& a) { r.ro.resume_dir = a.need("a directory"); }},
      {"-metadir", Support::done, "where checkpoints are written (default states/)",
       [](TlcRun& r, Args& a) { r.metadir = a.need("a directory"); }},
      {"-nowarning", Support::done, "no warnings (stuttering counterexamples), no notes about ignored options",
       [](TlcRun& r, Args&) { r.warnings = r.ro.warnings = false; }},
      {"-noGenerateSpecTE", Support::done, "cairn never writes a trace-explorer spec", none},
      {"-noTE", Support::done, "as -noGenerateSpecTE", none},
      {"-noGenerateSpecTEBin", Support::done, "as -noGenerateSpecTE", none},
      {"-noTEBin", Support::done, "as -noGenerateSpecTE", none},
      {"-cleanup", Support::done, "cairn leaves no states/ folders to clean", none},
      {"-modelcheck", Support::done, "breadth-first model checking (the default)", none},
      {"-lncheck", Support::done, "final; other strategies are ignored (same verdict)", lncheck},
      {"-terse", Support::ignored, "cairn prints values expanded", none},
      {"-maxSetSize", Support::ignored, "cairn has no limit on the sets it enumerates",
       [](TlcRun&, Args& a) { integer(a.need("a number"), "-maxSetSize"); }},
      {"-fp", Support::ignored, "cairn's fingerprints are not TLC's polynomials",
       [](TlcRun&, Args& a) { integer(a.need("a number"), "-fp"); }},
      {"-fpbits", Support::ignored, "cairn's seen-state set is not TLC's",
       [](TlcRun&, Args& a) { integer(a.need("a number"), "-fpbits"); }},
      {"-fpmem", Support::ignored, "cairn sizes its seen-state set itself", [](TlcRun&, Args& a) { a.need("a number"); }},
      {"-aril", Support::ignored, "cairn's simulation seeds are its own", [](TlcRun&, Args& a) { a.need("a number"); }},
      {"-gzip", Support::ignored, "cairn's checkpoints are not TLC's states files", none},
      {"-view", Support::ignored, "cairn prints the states themselves, not their VIEW", none},
      {"-debug", Support::ignored, "no debug output", none},
      {"-teSpecOutDir", Support::ignored, "cairn writes no trace-explorer spec", [](TlcRun&, Args& a) { a.need("a path"); }},
      {"-suppressMessages", Support::ignored, "cairn prints none of those codes on request",
       [](TlcRun&, Args& a) { a.need("a comma-separated list of message codes"); }},
      {"-dump", Support::done, "dot[,colorize,actionlabels,strict] FILE: the state graph as DOT; other dumps refused",
       dump_states},
      {"-difftrace", Support::done, "a trace's states show only the variables that changed",
       [](TlcRun& r, Args&) { r.ro.difftrace = true; }},
      {"-continue", Support::refused, "cairn stops at the first violation", nullptr},
      {"-userFile", Support::refused, "Print's output goes to stdout", nullptr},
      {"-generateSpecTE", Support::refused, "cairn writes no trace-explorer spec", nullptr},
      {"-generate", Support::refused, "TLC's probabilistic generation is not cairn's simulation", nullptr},
      {"-dfid", Support::refused, "depth-first iterative deepening is not implemented", nullptr},
      {"-inv", Support::refused, "invariants from the command line are not implemented", nullptr},
      {"-invlevel", Support::refused, "invariants from the command line are not implemented", nullptr},
      {"-postCondition", Support::refused, "post-conditions from the command line are not implemented", nullptr},
      {"-loadTrace", Support::refused, "loading traces is not implemented", nullptr},
      {"-messagesAsErrors", Support::refused, "message codes as errors are not implemented", nullptr},
      {"-debugger", Support::refused, "there is no debugger", nullptr},
  };
  return table;
}

const TlcOption* find_option(const std::string& name) {
  for (const auto& o : options())
    if (name == o.name || (std::strcmp(o.name, "-dumpTrace") == 0 && name == "-dumptrace")) return &o;
  return nullptr;
}

void usage(std::ostream& out) {
  out << "usage: tlc [-option ...] SPEC[.tla]   (cairn " << CAIRN_VERSION << ", TLC's command line)\n"
      << "  --lib DIR             a folder to search for modules (cairn's; repeatable)\n";
  for (const auto& o : options()) {
    const char* what = o.support == Support::done ? "" : o.support == Support::ignored ? "ignored: " : "refused: ";
    out << "  " << o.name << std::string(o.name[0] && std::strlen(o.name) < 22 ? 22 - std::strlen(o.name) : 1, ' ')
        << what << o.note << "\n";
  }
}

/// Reads TLC's command line into a run; throws Usage.
TlcRun parse(const std::vector<std::string>& args) {
  TlcRun r;
  r.ro.workers = 1;
  size_t i = 0;
  while (i < args.size()) {
    const std::string& a = args[i];
    size_t at = i++;
    if (a == "-h" || a == "-help" || a == "--help") {
      usage(std::cout);
      throw Usage{""};
    }
    if (a == "--lib" || a == "-lib") {
      if (i >= args.size()) throw Usage{"Error: expect a directory for " + a + " option."};
      r.ro.model.libs.push_back(args[i++]);
      continue;
    }
    if (a.size() > 1 && a[0] == '-') {
      const TlcOption* o = find_option(a);
      if (!o) throw Usage{"Error: unrecognized option: " + a};
      if (o->support == Support::refused && !o->apply)
        throw Usage{"cairn: error: " + a + " is not supported: " + o->note};
      Args rest(args, i);
      rest.set_option(at);
      o->apply(r, rest);
      if (o->support == Support::ignored) r.notes.push_back(a + ": " + o->note);
      continue;
    }
    if (!r.spec.empty()) throw Usage{"Error: unrecognized option: " + a};
    r.spec = a;
  }
  if (r.spec.empty()) throw Usage{"Error: Missing input TLA+ module."};
  if (r.spec.size() < 4 || r.spec.compare(r.spec.size() - 4, 4, ".tla") != 0) r.spec += ".tla";
  r.ro.model.spec_path = r.spec;
  return r;
}

/// The options of a parsed command line that the run needs beyond RunOptions.
void finish(TlcRun& r) {
  if (r.checkpoint) {
    r.ro.checkpoint_dir = r.metadir.empty() ? "states" : r.metadir;
    std::error_code ec;
    std::filesystem::create_directories(r.ro.checkpoint_dir, ec);
  }
  auto traces = r.tla_traces;
  if (!traces.empty())
    r.ro.more_sinks = [traces](FanOut& sinks) {
      for (const auto& path : traces) sinks.add(tlc_tla_trace(path));
    };
  r.ro.dot.diff_labels = r.ro.difftrace;  // as `cairn check --difftrace --dump-dot`
  r.so.workers = r.ro.workers;
  if (!r.seeded) r.so.seed = std::random_device{}() * uint64_t{0x100000001b3} ^ std::random_device{}();
}

}  // namespace

bool invoked_as_tlc(const char* argv0) {
  return argv0 && std::filesystem::path(argv0).filename() == "tlc";
}

int tlc_main(const std::vector<std::string>& args) {
  TlcRun r;
  try {
    r = parse(args);
  } catch (const Usage& u) {
    if (u.message.empty()) return 0;  // -help
    std::cerr << u.message << "\n";
    return 1;
  }
  if (r.warnings) {
    std::set<std::string> said;
    for (const auto& n : r.notes)
      if (said.insert(n).second) std::cerr << "cairn: note: ignoring " << n << "\n";
  }
  finish(r);
  try {
    return r.simulate ? run_simulate(r.ro, r.so) : run_check(r.ro);
  } catch (const std::exception& e) {
    std::cerr << "cairn: error: " << e.what() << "\n";
    return exit_code::other;
  }
}

}  // namespace cairn
