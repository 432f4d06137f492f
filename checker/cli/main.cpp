// The cairn command line: `cairn check`, `cairn parse`.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "checker/search/explore.hpp"
#include "checker/liveness/liveness.hpp"
#include "checker/report/report.hpp"
#include "checker/value/codec.hpp"

using namespace cairn;

namespace {

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    std::cerr << "cairn: error: cannot write " << path << "\n";
    return false;
  }
  out << text;
  return true;
}

int report_error(const Error& e, const std::string& report_path) {
  std::cerr << format_diagnostic(e.loc(), e.what());
  if (!report_path.empty()) write_file(report_path, error_json(e));
  return e.code();
}

int run_check(ModelOptions mo, int workers, const std::string& report_path,
              const std::string& trace_path, bool quiet, bool coverage, bool verify_codec) {
  std::unique_ptr<Model> m;
  try {
    m = load_model(mo);
  } catch (const Error& e) {
    return report_error(e, report_path);
  }
  if (!quiet)
    std::cout << "cairn " << CAIRN_VERSION << ": checking " << mo.spec_path << " with "
              << m->cfg_path << " (" << workers << " worker" << (workers == 1 ? "" : "s") << ")\n";
  CheckOptions co;
  co.workers = workers;
  co.quiet = quiet;
  std::unique_ptr<CodecVerifier> codec_check;
  if (verify_codec) {
    codec_check = std::make_unique<CodecVerifier>(StateCodec::for_model(*m));
    co.on_distinct = [&](const Value* s, size_t n) { codec_check->check(s, n); };
  }
  CheckResult r = check(*m, co);
  if (codec_check) {
    // A debug check: its line goes to stderr, and a failure makes the run fail.
    std::cerr << "codec: " << codec_check->checked() << " distinct states round-tripped, "
              << codec_check->failed() << " failed\n";
    if (codec_check->failed()) {
      std::cerr << "codec: first failure: " << codec_check->first_failure() << "\n";
      return exit_code::other;
    }
  }
  // Liveness: after a successful safety search, check the temporal properties under the
  // spec's fairness (the counts reported stay the safety search's).
  if (r.exit_code == exit_code::success && !m->properties.empty() && !m->assumptions_only)
    r = liveness::check_liveness(*m, r, co);
  if (!m->assumptions_only) check_postcondition(*m, r);
  print_result(std::cout, std::cerr, *m, r);
  if (coverage) print_coverage(std::cout, *m, r);
  if (!report_path.empty() && !write_file(report_path, report_json(r))) return exit_code::system;
  if (!trace_path.empty() && !r.trace.empty() && !write_file(trace_path, trace_itf(*m, r)))
    return exit_code::system;
  return r.exit_code;
}

int run_parse(const ModelOptions& mo) {
  try {
    ModelOptions o = mo;
    o.parse_only = true;
    load_model(o);
  } catch (const Error& e) {
    return report_error(e, "");
  }
  std::cout << "Parsed and resolved " << mo.spec_path << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"cairn: a fast, parallel, explicit-state model checker for TLA+"};
  app.set_version_flag("--version", std::string("cairn ") + CAIRN_VERSION);
  app.require_subcommand(1);

  ModelOptions mo;
  int workers = 0;
  std::string report_path, trace_path;
  bool quiet = false;
  bool coverage = false;
  bool verify_codec = false;

  auto* check = app.add_subcommand("check", "model-check a specification");
  check->add_option("spec", mo.spec_path, "the root module (SPEC.tla)")->required();
  check->add_option("--config", mo.cfg_path, "the model (default: SPEC.cfg beside the spec)");
  check->add_option("--workers", workers, "number of worker threads (default: all cores)");
  check->add_option("--lib", mo.libs, "a folder to search for modules (repeatable)");
  check->add_option("--report-json", report_path, "write a JSON report of the run to FILE");
  check->add_option("--trace-json", trace_path, "write the counterexample as an ITF trace to FILE");
  check->add_flag("--no-deadlock", mo.no_deadlock, "do not report deadlocks");
  check->add_flag("--quiet", quiet, "print only the result");
  check->add_flag("--coverage", coverage, "print per-action coverage (distinct, generated, enabled)");
  // Hidden (debug): round-trip every distinct state through the state codec.
  check->add_flag("--verify-codec", verify_codec)->group("");

  auto* parse = app.add_subcommand("parse", "parse and resolve a module and its dependencies");
  parse->add_option("spec", mo.spec_path, "the root module (SPEC.tla)")->required();
  parse->add_option("--lib", mo.libs, "a folder to search for modules (repeatable)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : exit_code::other;
  }
  if (workers <= 0) workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  try {
    if (*check) return run_check(mo, workers, report_path, trace_path, quiet, coverage, verify_codec);
    if (*parse) return run_parse(mo);
  } catch (const Error& e) {
    return report_error(e, report_path);
  } catch (const std::exception& e) {
    std::cerr << "cairn: error: " << e.what() << "\n";
    return exit_code::other;
  }
  return exit_code::other;
}
