// The Resolver, shared by the files that implement it (internal to checker/resolve/):
//   resolve.cpp            the entry point and the order of the passes over a module tree
//   resolve_scopes.cpp     module scopes: EXTENDS, declarations, definitions, ASSUME/THEOREM
//   resolve_instances.cpp  INSTANCE substitutions, cfg overrides (`C <- Op`), ENABLED's
//                          cut variants and the `I!Op` / `Name!1` selectors
//   resolve_locals.cpp     names bound inside a definition and their frame slots: bound
//                          variables, parameters, LET definitions, calls
//   resolve_exprs.cpp      expressions: names, operator symbols, closures, each AST form
#pragma once

#include "checker/resolve/resolve.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <set>

#include "checker/resolve/binding.hpp"
#include "checker/resolve/param_use.hpp"
#include "checker/resolve/proof_check.hpp"
#include "checker/resolve/subexpr.hpp"
#include "checker/eval/natives/builtins.hpp"

namespace cairn::resolver {

using ast::Ex;
using ast::Expr;

[[noreturn]] inline void fail(Loc loc, const std::string& msg) {
  throw Error(loc, msg, exit_code::parse);
}

inline Level max_level(Level a, Level b) { return a > b ? a : b; }

/// A name bound inside a definition body.
struct LocalSym {
  enum class K { Var, OpParam, LetDef } k = K::Var;
  int depth = 0;  // frame depth where it lives
  int slot = -1;
  int arity = 0;
  Def* def = nullptr;  // LetDef
};

struct LocalScope {
  const LocalScope* outer = nullptr;
  std::unordered_map<std::string, LocalSym> names;
  const LocalSym* find(const std::string& n) const {
    for (const LocalScope* s = this; s; s = s->outer) {
      auto it = s->names.find(n);
      if (it != s->names.end()) return &it->second;
    }
    return nullptr;
  }
};

/// The state of compiling one definition body.
struct Fn {
  ModScope* mod = nullptr;
  std::vector<int*> frame_sizes;  // one per nested frame; back() is the current frame
  const LocalScope* locals = nullptr;
  Def* self = nullptr;            // the definition being compiled (recursion detection)
  int depth() const { return static_cast<int>(frame_sizes.size()) - 1; }
  int alloc() { return (*frame_sizes.back())++; }
};

/// Substitutions for an INSTANCE: parameter name -> expression in the instantiating scope.
struct InstCtx {
  std::map<std::string, ast::ExprPtr> with;
  ModScope* outer = nullptr;
  std::vector<std::string> params;  // of `I(p) == INSTANCE ...`
  std::vector<int> param_arity;
  // The scope the INSTANCE is written in: inside a parameterised instance, its parameters
  // come first in the instance's definitions too (hidden: not visible by name).
  const ModScope* enclosing = nullptr;
  // An instance inside a LET (index into Resolver::let_ctxs_): its definitions are nested
  // in the LET's frame; for the LET's own INSTANCE, substitutions also see the LET's names.
  int let_nest = -1;
  bool let_names = false;
  bool named = false;               // `M == INSTANCE ...`: its definitions are M!Op
};

class Resolver {
 public:
  Resolver(ModuleLoader& l, const ConstantBindings& c, ResolvedSpec& o, Interner& strings)
      : loader_(l), consts_(c), out_(o), strings_(strings) {}

  void run(const ast::ModulePtr& root);

 private:
  ModuleLoader& loader_;
  const ConstantBindings& consts_;
  ResolvedSpec& out_;
  Interner& strings_;  // the run's
  std::map<std::string, ModScope*> plain_scopes_;  // modules EXTENDed outside instances
  std::set<std::string> in_progress_;
  bool via_extends_ = false;
  // Where each definition was written (its AST and the scope it was compiled in), for
  // subexpression references into it.
  struct DefSource {
    const ast::Unit* unit;
    ModScope* scope;
  };
  std::unordered_map<const Def*, DefSource> sources_;
  std::vector<std::shared_ptr<ast::Unit>> synth_units_;  // ASSUME/THEOREM bodies, selections
  // The local context of a `LET M == INSTANCE ...`: the names visible there and the frames
  // of the definition it is written in (alive while that definition is compiled).
  struct LetCtx {
    const LocalScope* locals;
    std::vector<int*> frame_sizes;
  };
  std::vector<LetCtx> let_ctxs_;
  std::unordered_map<const Def*, int> let_depth_;  // nested instance definition -> LET frame depth
  std::map<std::string, std::unordered_map<std::string, Symbol>> nested_ctx_;
  std::map<std::string, std::unordered_set<std::string>> nested_facts_;
  std::vector<PendingOverride> overrides_;
  std::set<std::pair<std::string, std::string>> module_overridden_;  // `Op <- [M] ..` keys found
  std::vector<ast::ExprPtr> synthesized_;  // AST written here (symbol_lambda), kept alive

  // ENABLED written in an instantiated module (TLC: Tool.enabled branches the context, and
  // a primed variable is looked up with cutoff there): a substitution `x <- e` of the
  // instance does not reach a primed x inside it, which is the instance's own variable x
  // (bound by ENABLED, a GhostVar), while an unprimed x still means e. Definitions of the
  // instance called inside such an ENABLED are compiled again in that mode.
  InstCtx* cut_inst_ = nullptr;  // the instance whose ENABLED is being compiled
  int priming_ = 0;              // inside a prime, UNCHANGED or a subscript
  std::map<const ModScope*, InstCtx*> scope_inst_;
  std::set<std::pair<const ModScope*, std::string>> var_substs_;
  std::map<const Def*, std::pair<const ast::Unit*, ModScope*>> def_unit_;
  std::map<std::pair<const Def*, bool>, Def*> cut_variants_;
  std::map<std::string, int> ghost_slots_;
  std::vector<Node*> ghosts_;

  /// Compiles `f` with `priming_` raised (the operand of a prime, UNCHANGED, a subscript).
  template <class F> auto primed(F f) {
    ++priming_;
    struct Restore { int& p; ~Restore() { --p; } } r{priming_};
    return f();
  }

  /// x' under an ENABLED of its instance: the GhostVar for x (by name, as TLC's
  /// TLCStateFun), whose unprimed meaning is the substitution `sub`.
  Node* ghost_var(const std::string& name, const Node* sub, Loc loc);

  /// The definition d as called from inside an ENABLED of its own instance (cut_inst_).
  Def* cut_variant(Def* d);

  Node* node(Op op, Loc loc) { return out_.new_node(op, loc); }
  Node* builtin_node(const Builtin* b, Loc loc) { return out_.new_builtin_node(b, loc); }
  Def* new_def(const std::string& name, const std::string& module, Loc loc);

  // ---- modules ---------------------------------------------------------------------------

  ModScope* plain_scope(const std::string& name, Loc at);

  void add_symbol(ModScope* s, const Symbol& sym);

  void import_all(ModScope* into, const ModScope* from, Loc at, bool as_local = false,
                  bool from_instance = false);

  /// The leading parameters of the definitions of an instance scope: those of the
  /// enclosing parameterised instance (hidden names), then the INSTANCE's own.
  static void set_inst_params(ModScope* s, const InstCtx& inst);

  ModScope* build_scope(const ast::Module& m, InstCtx* inst, bool is_root, bool via_extends = false);

  void declare_param(const ast::Param& p, ModScope* s, InstCtx* inst, bool is_var,
                     bool is_root);

  void unit(const ast::Unit& u, ModScope* s, InstCtx* inst, bool is_root, const ast::Module& m);

  void theorem(const ast::Unit& u, ModScope* s, InstCtx* inst);

  /// An ASSUME or THEOREM statement as a definition without parameters (kept: its AST is
  /// the origin of the definition and the source of subexpression references).
  const ast::Unit& statement_unit(const ast::Unit& u);

  /// Whether module m or a module it extends declares a VARIABLE (SANY's non-constant module).
  bool declares_variables(const ast::Module& m, int depth = 0);

  /// Compiles each substitution of INSTANCE u (of module im, written in scope s) for the
  /// level check. One that does not compile here is left to its uses.
  void record_substitutions(const ast::Unit& u, const ast::Module& im, ModScope* s);

  void apply_def_override(Def* d, ModScope* s, bool);

  void finish_overrides();

  // ---- definitions -----------------------------------------------------------------------

  void compile_def(Def* d, const ast::Unit& u, ModScope* s, InstCtx* inst);

  // ---- expressions -----------------------------------------------------------------------

  Level level_of(const Node* n);

  void binders(const std::vector<ast::Bound>& bs, Fn& fn, LocalScope& scope,
               std::vector<Binder>& out);

  const Node* expr(const Expr& e, Fn& fn);

  Node* lit(Value v, Loc loc);

  Node* core_builtin(const std::string& name, Loc loc, std::vector<const Node*> kids);

  /// Resolves an operator reference passed where a higher-order parameter is expected.
  Node* closure_arg(const Expr& a, Fn& fn, int arity);

  /// The operator value of `d` (or `b`), an argument of `own` arguments for a parameter
  /// of `want`: SANY requires them equal (an argument for Op(_, _) takes two).
  Node* closure(Loc loc, const std::string& name, Def* d, const Builtin* b, int up, int own, int want);

  Node* lambda_closure(const Expr& lam, const std::string& name, Fn& fn, int arity);

  /// A built-in operator symbol passed as an argument (`Op(=>)`, `Op([])`, `Op(')`): as
  /// SANY, the operator itself; here the LAMBDA applying it to its parameters.
  const Expr& symbol_lambda(const Expr& a);

  /// Declares the parameters `ps` of `d` in `scope`, in slots of fn's current frame.
  static void declare_params(const std::vector<ast::Param>& ps, Fn& fn, LocalScope& scope, Def* d);

  /// Compiles a LET definition or LAMBDA: its own frame, parent = the current frame.
  void compile_local_def(Def* d, const std::vector<ast::Param>& ps, const ast::ExprPtr& body,
                         const std::vector<ast::Bound>* fbounds, Fn& fn);

  std::vector<const Node*> args_for(const std::vector<ast::ExprPtr>& args,
                                    const std::vector<int>& param_arity, size_t offset, Fn& fn);

  Node* call_def(Def* d, std::vector<const Node*> args, Loc loc, const std::string& name, int up);

  /// The static links from fn's frame to the parent frame of d (nested in a LET's frame
  /// when it belongs to an instance inside the LET).
  int def_up(const Def* d, const Fn& fn) const;

  /// Inside a parameterised instance `I(p) == INSTANCE M`, a call between M's own
  /// definitions passes p along: it is the first slots of the base frame.
  std::vector<const Node*> inst_param_refs(Fn& fn, Loc loc, int n);

  // ---- subexpression references (subexpr.hpp) ---------------------------------------------

  /// The definition a subexpression reference `[I!]...Def!sel...` selects from: path[seg].
  struct SelHead {
    Def* def;
    size_t seg;
  };
  std::optional<SelHead> selector_head(const Expr& e, const Fn& fn);

  static std::string path_text(const Expr& e);

  /// The selected expression as an operator (SANY's LAMBDA of the selection), compiled in
  /// the scope of the definition it was selected from; `sel` receives the arguments
  /// written along the path.
  Def* selector_def(const Expr& e, const SelHead& h, bool as_op, Selection& sel);

  /// The arguments of the instances on the path before the selected definition (or, inside
  /// a parameterised instance, its parameters passed along).
  std::vector<const Node*> selector_inst_args(const Expr& e, const SelHead& h, Fn& fn);

  /// The arguments `a` of `I(a)!...`, I an instance with (possibly operator) parameters.
  /// An instance declared inside a parameterised instance also takes that one's parameters
  /// first (set_inst_params): on the first segment of a path they are the parameters of
  /// the scope written in, passed along (`InChan!Init` inside `Inner(q) == INSTANCE M`);
  /// on a later one, the segments before supplied them (`I(55)!Inst!Foo`).
  std::vector<const Node*> instance_args(const ast::Segment& seg, const Symbol& inst, Fn& fn,
                                         bool first);

  /// A subexpression reference used as an expression.
  Node* selector_ref(const Expr& e, const SelHead& h, Fn& fn);

  /// A subexpression reference used as an operator argument of the given arity.
  Node* selector_closure(const Expr& a, const SelHead& h, Fn& fn, int arity);

  Node* name_ref(const Expr& e, Fn& fn);

  Node* opsym(const Expr& e, Fn& fn);

  Node* expr_inner(const Expr& e, Fn& fn);
};

}  // namespace cairn::resolver
