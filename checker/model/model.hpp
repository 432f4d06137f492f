// A model: a resolved spec plus what its cfg asks to check.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/eval/compiled.hpp"
#include "checker/eval/enumerate.hpp"
#include "checker/model/session.hpp"
#include "checker/resolve/resolve.hpp"
#include "grammar/cfg.hpp"

namespace cairn {

/// A formula the model checks (invariant, constraint, property...): evaluated in a fresh
/// frame of `frame_size` slots.
struct NamedDef {
  std::string name;
  const Node* node = nullptr;
  int frame_size = 0;
  Loc loc;  // in the cfg
  explicit operator bool() const { return node != nullptr; }
};

struct Model {
  std::string spec_path, cfg_path;
  std::unique_ptr<ModuleLoader> loader;
  std::unique_ptr<ResolvedSpec> spec;
  cfg::Config config;

  const Node* init = nullptr;   // Init predicate (a Call node or the conjunct of Spec)
  Def* init_owner = nullptr;    // whose frame an inline initial predicate uses
  const Node* next = nullptr;   // the next-state action
  std::string next_name = "Next";
  std::vector<Action> actions;
  std::vector<const Node*> fairness;          // WF/SF conjuncts of SPECIFICATION
  std::vector<NamedDef> invariants, constraints, action_constraints;
  std::vector<NamedDef> properties;           // temporal properties (liveness, later)
  std::vector<NamedDef> action_properties;    // `[][A]_v` properties, checked per step
  std::vector<NamedDef> implied_inits;        // state-level PROPERTY parts: initial states only
  NamedDef view, symmetry, alias, postcondition;
  bool check_deadlock = true;
  bool assumptions_only = false;  // the cfg names no INIT/NEXT/SPECIFICATION
  // Compile the predicates asked about every state (eval/compiled.hpp): off with
  // --interpret or CAIRN_INTERPRET=1 (the conformance runs use both modes).
  bool compile_predicates = true;
  bool explain_compiled = false;  // run_search prints StateSpace::compiled_report
  // The expressions of the actions compiled on first use (Session's RunContext::leaves
  // points here while the model lives), when compile_predicates.
  std::unique_ptr<ActionLeaves> leaves;
  ~Model();

  size_t nvars() const { return spec->var_names.size(); }
  std::shared_ptr<Session> session = std::make_shared<Session>();
  /// The calling thread's worker context, for a fresh evaluation context (Ctx::worker).
  Worker* worker() const { return &session->run.here(); }
};

struct ModelOptions {
  std::string spec_path;
  std::string cfg_path;              // empty: SPEC.cfg beside the spec
  std::vector<std::string> libs;
  bool no_deadlock = false;
  bool parse_only = false;           // `cairn parse`: no cfg, resolve only
  bool interpret = false;            // --interpret: no compiled predicates (eval/compiled.hpp)
  bool explain_compiled = false;     // --explain-compiled: say which predicates are compiled
};

/// Loads, parses and resolves the spec and its cfg. Throws Error with the right exit code
/// (150 parse/semantic, 151 cfg, 153 missing file).
/// `session`: where the model's files, strings and run live (null: a new one); a caller
/// that prints the Error of a failed load passes its own, which outlives the throw.
std::unique_ptr<Model> load_model(const ModelOptions& opts, std::shared_ptr<Session> session = nullptr);

/// Converts a cfg constant value to a TLA+ value (its strings interned into `strings`).
Value cfg_value(const cfg::Value& v, Interner& strings);

}  // namespace cairn
