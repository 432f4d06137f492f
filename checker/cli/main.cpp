// The cairn command line: `cairn check`, `cairn parse`. It only parses the arguments;
// the driver (checker/driver/) runs the stages.
#include <CLI/CLI.hpp>
#include <iostream>
#include <thread>

#include "checker/driver/driver.hpp"

using namespace cairn;

int main(int argc, char** argv) {
  CLI::App app{"cairn: a fast, parallel, explicit-state model checker for TLA+"};
  app.set_version_flag("--version", std::string("cairn ") + CAIRN_VERSION);
  app.require_subcommand(1);

  RunOptions ro;
  ModelOptions& mo = ro.model;
  int& workers = ro.workers;
  workers = 0;
  std::string& report_path = ro.report_path;
  std::string& trace_path = ro.trace_path;
  bool& quiet = ro.quiet;
  bool& coverage = ro.coverage;
  bool& verify_codec = ro.verify_codec;

  auto* check = app.add_subcommand("check", "model-check a specification");
  check->add_option("spec", mo.spec_path, "the root module (SPEC.tla)")->required();
  check->add_option("--config", mo.cfg_path, "the model (default: SPEC.cfg beside the spec)");
  check->add_option("--workers", workers, "number of worker threads (default: all cores)");
  check->add_option("--lib", mo.libs, "a folder to search for modules (repeatable)");
  check->add_option("--report-json", report_path, "write a JSON report of the run to FILE");
  check->add_option("--trace-json", trace_path, "write the counterexample as an ITF trace to FILE");
  check->add_option("--seed", ro.seed, "seed of RandomElement, RandomSubset, ... (default 0; README, \"Random choices\")");
  check->add_flag("--no-deadlock", mo.no_deadlock, "do not report deadlocks");
  check->add_flag("--quiet", quiet, "print only the result");
  check->add_flag("--coverage", coverage, "print per-action coverage (distinct, generated, enabled)");
  check->add_option("--checkpoint", ro.checkpoint_dir, "write checkpoints into DIR (README \"Long runs\")");
  check->add_option("--checkpoint-every", ro.checkpoint_every_minutes, "minutes between checkpoints (default 30)")
      ->check(CLI::PositiveNumber);
  check->add_option("--resume", ro.resume_dir, "continue the run checkpointed in DIR");
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
    if (*check) return run_check(ro);
    if (*parse) return run_parse(mo);
  } catch (const std::exception& e) {
    std::cerr << "cairn: error: " << e.what() << "\n";
    return exit_code::other;
  }
  return exit_code::other;
}
