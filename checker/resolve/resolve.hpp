// Name resolution: AST modules -> the resolved IR (ir.hpp).
//
// The resolver walks the root module and everything it EXTENDS or INSTANCEs, in
// dependency order, and compiles every definition: each name becomes a slot, a
// definition pointer or a native built-in. It reports undefined names, arity mismatches
// and duplicate definitions with their location (exit 150).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "checker/ir/ir.hpp"
#include "checker/model/loader.hpp"
#include "grammar/ast.hpp"

namespace cairn {

struct ModScope;
struct Builtin;

/// What a module-level name denotes.
struct Symbol {
  enum class K { Var, Const, Def, Builtin, Instance, Subst } k = K::Def;
  std::string name;
  Loc loc;
  bool local = false;
  bool param_of_instance = false;  // a substituted CONSTANT/VARIABLE of an instantiated module
  bool declared = false;           // a CONSTANT, also when it is a Def (operator constant,
                                   //   cfg override): not a definition for a proof's DEF
  int slot = -1;                   // Var
  Def* def = nullptr;              // Def
  const Builtin* builtin = nullptr;  // Builtin
  int arity = 0;
  ModScope* inst = nullptr;        // Instance: the instantiated module's scope
  int inst_params = 0;             //   number of parameters of `I(p, q) == INSTANCE ...`
  const void* origin = nullptr;    //   the INSTANCE unit (same origin = same instance)
  ast::ExprPtr subst;              // Subst: the expression substituted for a constant or
  ModScope* subst_scope = nullptr; //   variable of an instantiated module, resolved in
                                   //   subst_scope at each use
  int subst_let = -1;              //   and, for an INSTANCE inside a LET, in that LET's
                                   //   local scope (a resolver-internal index)
};

/// The names visible at the top level of one module (own and imported).
struct ModScope {
  std::string module;
  std::unordered_map<std::string, Symbol> syms;
  std::unordered_set<std::string> facts;      // THEOREM/ASSUME names (ASSUME ... PROVE ones
                                              //   are only here, not in syms), for proofs
  std::vector<std::string> inst_param_names;  // parameters of a parameterised INSTANCE
  std::vector<int> inst_param_arity;          //   (> 0 for an operator parameter)
};

/// Constants given by the model (cfg): a value, or the name of a definition to use.
struct ConstantBindings {
  std::map<std::string, Value> values;
  std::map<std::pair<std::string, std::string>, Value> module_values;  // `C = [M] v`
  std::map<std::string, std::string> overrides;  // `C <- Op`, `Op <- Other`
  std::map<std::pair<std::string, std::string>, std::string> module_overrides;  // `Op <- [M] Other`
};

struct Assumption {
  const Node* node;
  Loc loc;
};

/// One `p <- e` of an INSTANCE, compiled where the INSTANCE is written (for the level
/// check: SANY's constraints on substitutions, level_check.cpp). `e` is resolved in a frame
/// of `frame_size` slots whose first ones are the parameters of `I(a, ...) == INSTANCE`.
struct InstanceSubst {
  Loc loc;                  // the INSTANCE
  std::string module;       // the instantiated module
  std::string param;        // its CONSTANT or VARIABLE p
  bool variable = false;
  int arity = 0;            // an operator constant `p(_, ...)`: e is an operator (Closure)
  bool constant_module = false;  // the module (with what it extends) declares no VARIABLE
  const Node* value = nullptr;
  int frame_size = 0;
};

/// The result of resolving a root module.
struct ResolvedSpec {
  std::string root_module;
  std::vector<std::string> var_names;  // state slots
  std::vector<Loc> var_locs;
  int ghost_vars = 0;  // GhostVar slots, after the state's (only ENABLED's next states have them)
  ModScope* root = nullptr;
  std::vector<Assumption> assumptions;
  std::vector<std::string> constants_declared;  // of the root (incl. EXTENDS)
  std::vector<InstanceSubst> instance_substs;    // of the INSTANCEs outside instances

  // Arena ownership.
  RunCaches caches;  // the cells the IR's Cached nodes and Defs point to
  std::vector<std::unique_ptr<Node>> nodes;
  std::vector<std::unique_ptr<Def>> defs;
  std::vector<std::unique_ptr<ModScope>> scopes;

  /// A new node owned by this spec; one applying the native `b`, with the operator it
  /// implements decided now (Node::bop).
  Node* new_node(Op op, Loc loc);
  Node* new_builtin_node(const Builtin* b, Loc loc);

  /// The definition named at top level of the root module, or nullptr.
  Def* find_def(const std::string& name) const;
  const Symbol* find(const std::string& name) const;
};

/// Resolves `root` (already parsed) with the given loader and constant bindings; string
/// literals and field names are interned into `strings` (the run's).
/// Throws Error(parse) on the first meaning error.
std::unique_ptr<ResolvedSpec> resolve(const ast::ModulePtr& root, ModuleLoader& loader,
                                      const ConstantBindings& constants, Interner& strings);

}  // namespace cairn
