// The cairn command line: `cairn check`, `cairn parse`. It only parses the arguments;
// the driver (checker/driver/) runs the stages.
#include <CLI/CLI.hpp>
#include <iostream>
#include <random>
#include <thread>

#include "checker/cli/tlc_cli.hpp"
#include "checker/driver/driver.hpp"
#include "checker/driver/repl.hpp"

using namespace cairn;

int main(int argc, char** argv) {
  // TLC's command line: started as `tlc` (the symlink beside cairn), or `cairn tlc ...`.
  if (invoked_as_tlc(argv[0])) return tlc_main({argv + 1, argv + argc});
  if (argc > 1 && std::string(argv[1]) == "tlc") return tlc_main({argv + 2, argv + argc});
  CLI::App app{"cairn: a fast, parallel, explicit-state model checker for TLA+"};
  app.set_version_flag("--version", std::string("cairn ") + CAIRN_VERSION);
  app.require_subcommand(1);
  app.footer("cairn tlc [TLC's options] SPEC.tla: TLC's command line (also as `tlc`; `cairn tlc -help`)");

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
  auto* resume = check->add_option("--resume", ro.resume_dir, "continue the run checkpointed in DIR");
  check->add_option("--dump-trace-json", ro.tlc_trace_path, "write the counterexample in TLC's -dumpTrace json format to FILE");
  check->add_option("--html", ro.html.path, "write the result, statistics, coverage, counterexample and state graph as one HTML page");
  check->add_option("--html-graph-max", ro.html.max_graph_states, "no picture of a state graph of more states (default 200)")
      ->check(CLI::PositiveNumber);
  check->add_flag("--html-no-graphviz", [&](int64_t) { ro.html.graphviz = false; })->group("");  // tests: the in-page layout
  check->add_flag("--difftrace", ro.difftrace, "print only the variables a trace's step changes (TLC's -difftrace)");
  check->add_flag("--nowarning", [&](int64_t) { ro.warnings = false; }, "print none of TLC's warnings (TLC's -nowarning)");
  // A resumed search does not see the states explored before the checkpoint.
  check->add_option("--dump-dot", ro.dot.path, "write the reachable state graph as Graphviz DOT to FILE (TLC's -dump dot)")
      ->excludes(resume);
  check->add_flag("--dump-dot-colorize", ro.dot.colorize, "colour the DOT edges by action (TLC's colorize)");
  check->add_flag("--dump-dot-actionlabels", ro.dot.action_labels, "label the DOT edges with their action (TLC's actionlabels)");
  check->add_option("--dump-dot-max", ro.dot.max_states, "refuse a DOT graph of more states than this (default 10000)")
      ->check(CLI::PositiveNumber);
  check->add_option("--dump-dot-trace", ro.dot_trace.path, "write the counterexample as Graphviz DOT to FILE");
  check->add_option("--memory", ro.memory, "memory limit, e.g. 2G (default: 80% of RAM; README \"Long runs\")");
  check->add_option("--workdir", ro.workdir, "spill the BFS queue, the seen set and the parent links to files in DIR past the memory limit");
  check->add_option("--spill-seen-at", ro.spill_seen_at, "(tests) spill the seen set and the parent links to --workdir whenever N states are in memory")
      ->check(CLI::PositiveNumber);
  check->add_flag("--interpret", mo.interpret, "evaluate every predicate with the interpreter (no compiled predicates)");
  check->add_flag("--explain-compiled", mo.explain_compiled, "say which constraints, invariants and action properties are compiled, and why not");
  // Hidden (debug): round-trip every distinct state through the state codec.
  check->add_flag("--verify-codec", verify_codec)->group("");

  SimOptions so;
  std::string seed_text;
  auto* simulate = app.add_subcommand("simulate", "check random behaviours (TLC's -simulate), reproducible from --seed");
  simulate->add_option("spec", mo.spec_path, "the root module (SPEC.tla)")->required();
  simulate->add_option("--config", mo.cfg_path, "the model (default: SPEC.cfg beside the spec)");
  simulate->add_option("--depth", so.depth, "states per behaviour at most (TLC's -depth; default 100)")
      ->check(CLI::PositiveNumber);
  auto* num = simulate->add_option("--num", so.num, "number of behaviours (TLC's -simulate num=N; default 1000)")
                  ->check(CLI::PositiveNumber);
  simulate->add_option("--duration", so.duration, "generate behaviours for this many seconds")
      ->check(CLI::PositiveNumber)
      ->excludes(num);
  simulate->add_option("--seed", seed_text, "the root seed (default: drawn at random, printed)");
  simulate->add_option("--workers", workers, "number of worker threads (default: 1)");
  simulate->add_option("--lib", mo.libs, "a folder to search for modules (repeatable)");
  simulate->add_option("--report-json", report_path, "write a JSON report of the run to FILE");
  simulate->add_option("--trace-json", trace_path, "write the counterexample as an ITF trace to FILE");
  simulate->add_flag("--no-deadlock", mo.no_deadlock, "do not report deadlocks");
  simulate->add_flag("--interpret", mo.interpret, "evaluate every predicate with the interpreter (no compiled predicates)");
  simulate->add_flag("--no-shrink", [&](int64_t) { so.shrink = false; }, "report the violating behaviour as found");
  simulate->add_flag("--quiet", quiet, "print only the result");
  simulate->add_option("--dump-trace-json", ro.tlc_trace_path, "write the counterexample in TLC's -dumpTrace json format to FILE");
  simulate->add_flag("--difftrace", ro.difftrace, "print only the variables a trace's step changes (TLC's -difftrace)");
  simulate->add_flag("--coverage", coverage, "print per-action coverage (steps taken, states generated)");

  auto* parse = app.add_subcommand("parse", "parse and resolve a module and its dependencies");
  parse->add_option("spec", mo.spec_path, "the root module (SPEC.tla)")->required();
  parse->add_option("--lib", mo.libs, "a folder to search for modules (repeatable)");

  ReplOptions rep;
  auto* repl = app.add_subcommand("repl", "evaluate constant-level expressions interactively (TLC's REPL)");
  repl->add_option("spec", rep.spec_path, "a spec whose definitions and constants (its cfg's values) to use");
  repl->add_option("--config", rep.cfg_path, "the cfg giving the constants (default: SPEC.cfg, when it exists)");
  repl->add_option("--lib", rep.libs, "a folder to search for modules (repeatable)");
  repl->add_flag("--batch", rep.batch, "read stdin without line editing or prompts");
  std::string expr;
  auto* evalc = app.add_subcommand("eval", "print the value of one constant-level expression");
  evalc->add_option("expr", expr, "the expression")->required();
  evalc->add_option("--spec", rep.spec_path, "a spec whose definitions and constants to use");
  evalc->add_option("--config", rep.cfg_path, "the cfg giving the constants (default: SPEC.cfg, when it exists)");
  evalc->add_option("--lib", rep.libs, "a folder to search for modules (repeatable)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : exit_code::other;
  }
  if (*simulate) {
    // Reproducible by default: one worker unless asked, a seed that is always printed.
    so.workers = workers > 0 ? workers : 1;
    ro.workers = so.workers;
    if (so.num == 0 && so.duration == 0) so.num = 1000;
    if (seed_text.empty()) so.seed = std::random_device{}() * uint64_t{0x100000001b3} ^ std::random_device{}();
    else {
      try {
        so.seed = std::stoull(seed_text, nullptr, 0);
      } catch (const std::exception&) {
        std::cerr << "cairn: error: --seed: not a number: " << seed_text << "\n";
        return exit_code::other;
      }
    }
  }
  ro.dot.diff_labels = ro.dot_trace.diff_labels = ro.difftrace;  // as TLC's printDiffsOnly
  ro.dot_trace.colorize = ro.dot.colorize;
  ro.dot_trace.action_labels = true;  // a trace's steps are its actions
  if (workers <= 0) workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  try {
    if (*check) return run_check(ro);
    if (*simulate) return run_simulate(ro, so);
    if (*parse) return run_parse(mo);
    if (*repl) return run_repl(rep);
    if (*evalc) return run_eval(rep, expr);
  } catch (const std::exception& e) {
    std::cerr << "cairn: error: " << e.what() << "\n";
    return exit_code::other;
  }
  return exit_code::other;
}
