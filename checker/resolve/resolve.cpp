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

namespace cairn {

Def* ResolvedSpec::find_def(const std::string& name) const {
  const Symbol* s = find(name);
  return s && s->k == Symbol::K::Def ? s->def : nullptr;
}

const Symbol* ResolvedSpec::find(const std::string& name) const {
  auto it = root->syms.find(name);
  return it == root->syms.end() ? nullptr : &it->second;
}

Node* ResolvedSpec::new_node(Op op, Loc loc) {
  nodes.push_back(std::make_unique<Node>(op, loc));
  return nodes.back().get();
}

Node* ResolvedSpec::new_builtin_node(const Builtin* b, Loc loc) {
  Node* n = new_node(Op::Builtin, loc);
  n->builtin = b;
  n->bop = builtin_op(b);
  return n;
}

namespace {

using ast::Ex;
using ast::Expr;

[[noreturn]] void fail(Loc loc, const std::string& msg) {
  throw Error(loc, msg, exit_code::parse);
}

Level max_level(Level a, Level b) { return a > b ? a : b; }

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
  Resolver(ModuleLoader& l, const ConstantBindings& c, ResolvedSpec& o)
      : loader_(l), consts_(c), out_(o) {}

  void run(const ast::ModulePtr& root) {
    out_.root_module = root->name;
    out_.root = build_scope(*root, nullptr, true);
    finish_overrides();
    for (Node* g : ghosts_) g->slot += static_cast<int>(out_.var_names.size());
    out_.ghost_vars = static_cast<int>(ghost_slots_.size());
  }

 private:
  ModuleLoader& loader_;
  const ConstantBindings& consts_;
  ResolvedSpec& out_;
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
  Node* ghost_var(const std::string& name, const Node* sub, Loc loc) {
    auto [it, fresh] = ghost_slots_.emplace(name, static_cast<int>(ghost_slots_.size()));
    (void)fresh;
    Node* g = node(Op::GhostVar, loc);
    g->slot = it->second;
    g->kids = {sub};
    g->text = name;
    g->level = Level::State;
    ghosts_.push_back(g);
    return g;
  }

  /// The definition d as called from inside an ENABLED of its own instance (cut_inst_).
  Def* cut_variant(Def* d) {
    auto u = def_unit_.find(d);
    if (!cut_inst_ || u == def_unit_.end() || d->recursive || d->native || d->is_function) return d;
    if (scope_inst_.count(u->second.second) == 0 || scope_inst_[u->second.second] != cut_inst_) return d;
    auto key = std::make_pair(static_cast<const Def*>(d), priming_ > 0);
    auto it = cut_variants_.find(key);
    if (it != cut_variants_.end()) return it->second;
    Def* v = new_def(d->name, d->module, d->loc);
    cut_variants_[key] = v;
    int saved = priming_;
    priming_ = key.second ? 1 : 0;  // under a prime, the whole body is primed
    compile_def(v, *u->second.first, u->second.second, cut_inst_);
    priming_ = saved;
    return v;
  }

  Node* node(Op op, Loc loc) { return out_.new_node(op, loc); }
  Node* builtin_node(const Builtin* b, Loc loc) { return out_.new_builtin_node(b, loc); }
  Def* new_def(const std::string& name, const std::string& module, Loc loc) {
    out_.defs.push_back(std::make_unique<Def>());
    Def* d = out_.defs.back().get();
    d->cache = out_.caches.cell();
    d->name = name;
    d->module = module;
    d->loc = loc;
    return d;
  }

  // ---- modules ---------------------------------------------------------------------------

  ModScope* plain_scope(const std::string& name, Loc at) {
    auto it = plain_scopes_.find(name);
    if (it != plain_scopes_.end()) return it->second;
    if (in_progress_.count(name)) fail(at, "circular dependency among modules involving " + name);
    in_progress_.insert(name);
    ast::ModulePtr m = loader_.load(name, at);
    ModScope* s = build_scope(*m, nullptr, false);
    in_progress_.erase(name);
    plain_scopes_[name] = s;
    return s;
  }

  void add_symbol(ModScope* s, const Symbol& sym) {
    auto [it, fresh] = s->syms.emplace(sym.name, sym);
    if (fresh) return;
    const Symbol& old = it->second;
    bool same = old.k == sym.k && old.def == sym.def && old.slot == sym.slot &&
                old.builtin == sym.builtin && old.inst == sym.inst;
    if (same) return;
    // A built-in symbol defined again by an extended standard module is the same thing.
    fail(sym.loc, "multiply-defined symbol '" + sym.name + "'" +
                      (old.loc.valid() ? " (first defined at line " +
                                             std::to_string(old.loc.line) + ")"
                                       : ""));
  }

  void import_all(ModScope* into, const ModScope* from, Loc at, bool as_local = false,
                  bool from_instance = false) {
    into->facts.insert(from->facts.begin(), from->facts.end());
    for (const auto& [n, sym] : from->syms) {
      if (sym.local) continue;
      if (from_instance && sym.param_of_instance) continue;
      Symbol copy = sym;
      copy.local = as_local;
      auto it = into->syms.find(n);
      if (it != into->syms.end()) {
        const Symbol& old = it->second;
        if (old.k == copy.k && old.def == copy.def && old.slot == copy.slot &&
            old.builtin == copy.builtin && old.inst == copy.inst)
          continue;
        // The same definition reached through different paths (e.g. a module both
        // EXTENDed and INSTANCEd by two modules) is one symbol, as in SANY.
        if (old.k == Symbol::K::Def && copy.k == Symbol::K::Def && old.def && copy.def &&
            ((old.def->native && old.def->native == copy.def->native) ||
             (old.def->origin && old.def->origin == copy.def->origin)))
          continue;
        if (old.k == copy.k && old.k == Symbol::K::Instance && old.origin && old.origin == copy.origin)
          continue;
        // Two different definitions of one name reached through EXTENDS/INSTANCE: the
        // first one stays visible (SANY accepts the corpus modules that do this, e.g. a
        // typed wrapper module that redefines `vars` and INSTANCEs the original).
        (void)at;
        continue;
      }
      into->syms.emplace(n, copy);
    }
  }

  /// The leading parameters of the definitions of an instance scope: those of the
  /// enclosing parameterised instance (hidden names), then the INSTANCE's own.
  static void set_inst_params(ModScope* s, const InstCtx& inst) {
    if (inst.enclosing)
      for (size_t i = 0; i < inst.enclosing->inst_param_names.size(); ++i) {
        s->inst_param_names.push_back("$" + inst.enclosing->inst_param_names[i]);
        s->inst_param_arity.push_back(inst.enclosing->inst_param_arity[i]);
      }
    s->inst_param_names.insert(s->inst_param_names.end(), inst.params.begin(), inst.params.end());
    s->inst_param_arity.insert(s->inst_param_arity.end(), inst.param_arity.begin(), inst.param_arity.end());
  }

  ModScope* build_scope(const ast::Module& m, InstCtx* inst, bool is_root, bool via_extends = false) {
    out_.scopes.push_back(std::make_unique<ModScope>());
    ModScope* s = out_.scopes.back().get();
    s->module = m.name;
    if (inst) set_inst_params(s, *inst);
    if (inst) scope_inst_[s] = inst;
    auto outer = nested_ctx_.find(m.name);
    if (outer != nested_ctx_.end())
      for (const auto& [n, sym] : outer->second) {
        Symbol copy = sym;
        copy.local = true;  // visible inside, not exported
        s->syms.emplace(n, copy);
      }
    auto outer_facts = nested_facts_.find(m.name);
    if (outer_facts != nested_facts_.end()) s->facts = outer_facts->second;
    for (size_t i = 0; i < m.extends.size(); ++i) {
      Loc at = i < m.extends_locs.size() ? m.extends_locs[i] : m.loc;
      ModScope* e = inst ? build_scope(*loader_.load(m.extends[i], at), inst, false, true)
                         : plain_scope(m.extends[i], at);
      import_all(s, e, at);
    }
    bool saved = via_extends_;
    // Only a module without CONSTANTs/VARIABLEs is the same module inside an instance
    // (e.g. Sequences): cfg overrides reach it there.
    bool pure = true;
    for (const auto& up : m.units)
      if (up->kind == ast::UnitKind::Constants || up->kind == ast::UnitKind::Variables) pure = false;
    via_extends_ = via_extends && pure;
    for (const auto& up : m.units) unit(*up, s, inst, is_root, m);
    via_extends_ = saved;
    // `Op <- [M] Other`: the definition Op as module M sees it (its own, or one it
    // imports, e.g. `Nat <- [ZSequences] ZSeqNat`), in every instance of M.
    for (const auto& [key, target] : consts_.module_overrides) {
      if (key.first != m.name) continue;
      auto it = s->syms.find(key.second);
      if (it == s->syms.end() || it->second.k != Symbol::K::Def) continue;
      module_overridden_.insert(key);
      if (it->second.def->name != target) overrides_.push_back({it->second.def, target, it->second.loc});
    }
    return s;
  }

  void declare_param(const ast::Param& p, ModScope* s, InstCtx* inst, bool is_var,
                     bool is_root) {
    Symbol sym;
    sym.name = p.name;
    sym.loc = p.loc;
    sym.arity = p.arity;
    if (inst) {
      auto it = inst->with.find(p.name);
      if (it != inst->with.end()) {
        sym.k = Symbol::K::Subst;
        sym.subst = it->second;
        sym.subst_scope = inst->outer;
        if (inst->let_names) sym.subst_let = inst->let_nest;
        sym.param_of_instance = true;  // not imported by the instantiating module
        if (is_var) var_substs_.insert({s, p.name});
        add_symbol(s, sym);
        return;
      }
      // A parameter of `I(p) == INSTANCE M` substitutes M's constant or variable p; so
      // does (implicitly, p <- p) a name of the LET holding the INSTANCE.
      bool is_inst_param = std::find(inst->params.begin(), inst->params.end(), p.name) != inst->params.end();
      bool is_let_name = inst->let_names && let_ctxs_[static_cast<size_t>(inst->let_nest)].locals->find(p.name);
      if (is_inst_param || is_let_name) {
        auto ref = std::make_shared<ast::Expr>(Ex::Name, p.loc);
        ref->path.push_back(ast::Segment{p.name, {}, p.loc});
        sym.k = Symbol::K::Subst;
        sym.subst = ref;
        sym.subst_scope = inst->outer;
        if (inst->let_names) sym.subst_let = inst->let_nest;
        sym.param_of_instance = true;
        add_symbol(s, sym);
        return;
      }
      // Implicit substitution `x <- x`.
      auto jt = inst->outer->syms.find(p.name);
      if (jt == inst->outer->syms.end())
        fail(p.loc, std::string("no substitution for ") + (is_var ? "variable" : "constant") +
                        " '" + p.name + "' of the instantiated module " + s->module);
      Symbol copy = jt->second;
      copy.local = false;
      copy.param_of_instance = true;
      copy.loc = p.loc;
      s->syms[p.name] = copy;
      return;
    }
    if (is_var) {
      sym.k = Symbol::K::Var;
      sym.slot = static_cast<int>(out_.var_names.size());
      out_.var_names.push_back(p.name);
      out_.var_locs.push_back(p.loc);
      add_symbol(s, sym);
      return;
    }
    (void)is_root;
    out_.constants_declared.push_back(p.name);
    auto ov = consts_.overrides.find(p.name);
    if (ov != consts_.overrides.end() || p.arity > 0) {
      // `C <- Op`: a forwarding definition completed once the root is resolved.
      Def* d = new_def(p.name, s->module, p.loc);
      d->arity = p.arity;
      d->param_arity.assign(static_cast<size_t>(p.arity), 0);
      d->frame_size = p.arity;
      d->resolved = true;
      if (ov != consts_.overrides.end()) overrides_.push_back({d, ov->second, p.loc});
      sym.k = Symbol::K::Def;
      sym.def = d;
      sym.declared = true;
      add_symbol(s, sym);
      return;
    }
    sym.k = Symbol::K::Const;
    add_symbol(s, sym);
  }

  void unit(const ast::Unit& u, ModScope* s, InstCtx* inst, bool is_root, const ast::Module& m) {
    using ast::UnitKind;
    switch (u.kind) {
      case UnitKind::Constants:
        for (const auto& p : u.params) declare_param(p, s, inst, false, is_root);
        return;
      case UnitKind::Variables:
        for (const auto& p : u.params) declare_param(p, s, inst, true, is_root);
        return;
      case UnitKind::Recursive:
        for (const auto& p : u.params) {
          Def* d = new_def(p.name, s->module, p.loc);
          d->arity = p.arity + static_cast<int>(s->inst_param_names.size());
          d->inst_params = static_cast<int>(s->inst_param_names.size());
          d->recursive = true;
          Symbol sym;
          sym.k = Symbol::K::Def;
          sym.name = p.name;
          sym.loc = p.loc;
          sym.def = d;
          sym.arity = p.arity;
          add_symbol(s, sym);
        }
        return;
      case UnitKind::OpDef:
      case UnitKind::FcnDef: {
        Def* d = nullptr;
        auto it = s->syms.find(u.name);
        if (it != s->syms.end() && it->second.k == Symbol::K::Def && it->second.def->recursive &&
            !it->second.def->resolved)
          d = it->second.def;  // declared RECURSIVE before
        if (!d) {
          d = new_def(u.name, s->module, u.name_loc.valid() ? u.name_loc : u.loc);
          Symbol sym;
          sym.k = Symbol::K::Def;
          sym.name = u.name;
          sym.loc = u.name_loc.valid() ? u.name_loc : u.loc;
          sym.local = u.local;
          sym.def = d;
          sym.arity = static_cast<int>(u.params.size());
          // Add before compiling the body so a recursive function definition sees itself.
          if (u.kind == UnitKind::FcnDef) add_symbol(s, sym);
          compile_def(d, u, s, inst);
          if (u.kind != UnitKind::FcnDef) add_symbol(s, sym);
          if (inst) def_unit_[d] = {&u, s};
        } else {
          compile_def(d, u, s, inst);
        }
        // cfg overrides are by name, as in TLC: they reach definitions imported by a plain
        // INSTANCE but not those of a named instance (whose names are M!Op).
        // Modules EXTENDed inside an instance are the same modules everywhere (TLC
        // overrides their definitions, e.g. `Seq <- LimitedSeq`).
        if (!inst || !inst->named || via_extends_) apply_def_override(d, s, is_root);
        return;
      }
      case UnitKind::Instance: {
        InstCtx ic;
        ic.outer = s;
        ic.named = !u.name.empty() || (inst && inst->named);
        for (const auto& w : u.inst.with) ic.with[w.name] = w.value;
        ic.enclosing = s;
        if (inst) ic.let_nest = inst->let_nest;
        for (const auto& p : u.params) {
          ic.params.push_back(p.name);
          ic.param_arity.push_back(p.arity);
        }
        if (in_progress_.count(u.inst.module))
          fail(u.inst.module_loc, "circular INSTANCE of module " + u.inst.module);
        ast::ModulePtr im = loader_.load(u.inst.module, u.inst.module_loc.valid() ? u.inst.module_loc : u.loc);
        in_progress_.insert(u.inst.module);
        ModScope* is = build_scope(*im, &ic, false);
        in_progress_.erase(u.inst.module);
        if (!inst) record_substitutions(u, *im, s);
        if (u.name.empty()) {
          import_all(s, is, u.loc, u.local, true);
        } else {
          Symbol sym;
          sym.k = Symbol::K::Instance;
          sym.name = u.name;
          sym.loc = u.name_loc.valid() ? u.name_loc : u.loc;
          sym.local = u.local;
          sym.inst = is;
          sym.origin = &u;
          sym.inst_params = static_cast<int>(u.params.size());
          add_symbol(s, sym);
        }
        return;
      }
      case UnitKind::Assume: {
        if (!u.name.empty()) s->facts.insert(u.name);
        if (!u.body) return;
        Def* d = new_def(u.name.empty() ? "ASSUME" : u.name, s->module, u.loc);
        compile_def(d, statement_unit(u), s, inst);
        if (!u.name.empty()) {
          Symbol sym;
          sym.k = Symbol::K::Def;
          sym.name = u.name;
          sym.loc = u.loc;
          sym.def = d;
          add_symbol(s, sym);
        }
        if (!inst) out_.assumptions.push_back({d->body, u.body->loc});
        return;
      }
      case UnitKind::Submodule:
        // A nested module sees the enclosing module's symbols declared before it.
        if (u.nested) {
          nested_ctx_[u.nested->name] = s->syms;
          nested_facts_[u.nested->name] = s->facts;
        }
        return;
      case UnitKind::Theorem:
        theorem(u, s, inst);
        check_proof(u, *s, loader_, m.name);  // the theorem's name is visible in its proof
        return;
      case UnitKind::UseHide:
        check_use_hide(*u.use, *s, loader_, m.name);
        return;
    }
  }

  void theorem(const ast::Unit& u, ModScope* s, InstCtx* inst) {
    if (!u.name.empty()) s->facts.insert(u.name);
    // A named theorem defines its statement (e.g. `ASSUME T1` after `THEOREM T1 == ...`).
    if (u.name.empty() || !u.body) return;
    Def* d = new_def(u.name, s->module, u.loc);
    try {
      compile_def(d, statement_unit(u), s, inst);
    } catch (const Error&) {
      return;  // statements using proof-only constructs are not evaluable; skip
    }
    Symbol sym;
    sym.k = Symbol::K::Def;
    sym.name = u.name;
    sym.loc = u.loc;
    sym.def = d;
    add_symbol(s, sym);
  }

  /// An ASSUME or THEOREM statement as a definition without parameters (kept: its AST is
  /// the origin of the definition and the source of subexpression references).
  const ast::Unit& statement_unit(const ast::Unit& u) {
    auto fake = std::make_shared<ast::Unit>(ast::UnitKind::OpDef, u.loc);
    fake->body = u.body;
    fake->name = u.name;
    synth_units_.push_back(fake);
    return *fake;
  }

  /// Whether module m or a module it extends declares a VARIABLE (SANY's non-constant module).
  bool declares_variables(const ast::Module& m, int depth = 0) {
    for (const auto& up : m.units)
      if (up->kind == ast::UnitKind::Variables) return true;
    if (depth > 32) return false;
    for (size_t i = 0; i < m.extends.size(); ++i)
      if (declares_variables(*loader_.load(m.extends[i], m.loc), depth + 1)) return true;
    return false;
  }

  /// Compiles each substitution of INSTANCE u (of module im, written in scope s) for the
  /// level check. One that does not compile here is left to its uses.
  void record_substitutions(const ast::Unit& u, const ast::Module& im, ModScope* s) {
    bool constant_module = !declares_variables(im);
    for (const auto& w : u.inst.with) {
      InstanceSubst is;
      is.loc = u.loc;
      is.module = im.name;
      is.param = w.name;
      is.constant_module = constant_module;
      bool found = false;
      for (const auto& up : im.units)
        if (up->kind == ast::UnitKind::Constants || up->kind == ast::UnitKind::Variables)
          for (const auto& p : up->params)
            if (p.name == w.name) {
              found = true;
              is.variable = up->kind == ast::UnitKind::Variables;
              is.arity = p.arity;
            }
      if (!found || !w.value) continue;
      Fn fn;
      fn.mod = s;
      int size = 0;
      fn.frame_sizes.push_back(&size);
      LocalScope params;
      for (const auto& p : u.params) {
        LocalSym ls;
        ls.slot = fn.alloc();
        params.names[p.name] = ls;
      }
      fn.locals = &params;
      try {
        is.value = is.arity > 0 ? closure_arg(*w.value, fn, is.arity) : expr(*w.value, fn);
      } catch (const Error&) {
        continue;
      }
      is.frame_size = size;
      out_.instance_substs.push_back(std::move(is));
    }
  }

  void apply_def_override(Def* d, ModScope* s, bool) {
    auto ov = consts_.overrides.find(d->name);
    if (ov == consts_.overrides.end() || ov->second == d->name) return;
    (void)s;
    overrides_.push_back({d, ov->second, d->loc});
  }

  void finish_overrides() {
    // TLC (SpecProcessor.processConstantDefns): `Op <- [M] Other` must name a definition
    // of a module M of the spec; a constant of M, or a name M lacks, is a cfg error.
    for (const auto& [key, target] : consts_.module_overrides)
      if (!module_overridden_.count(key))
        throw Error(Loc{}, "In the configuration file, the identifier " + key.second +
                               " does not appear in the specification.", exit_code::config);
    apply_cfg_overrides(out_, consts_, overrides_);
  }

  // ---- definitions -----------------------------------------------------------------------

  void compile_def(Def* d, const ast::Unit& u, ModScope* s, InstCtx* inst) {
    (void)inst;
    d->origin = &u;
    sources_[d] = DefSource{&u, s};
    d->module = s->module;
    d->body_loc = u.body ? u.body->loc : u.loc;
    // `CONSTANT Def = value` in the cfg replaces a zero-argument definition by a value
    // (TLC: "treat NoVal as an uninterpreted constant").
    auto cv = consts_.values.find(u.name);
    bool plain = cv != consts_.values.end() && (!inst || !inst->named || via_extends_);
    auto mv = consts_.module_values.find({s->module, u.name});  // `Def = [M] value`
    if (mv != consts_.module_values.end()) plain = true;
    if (plain && u.params.empty() && s->inst_param_names.empty()) {
      const Value& val = mv != consts_.module_values.end() ? mv->second : cv->second;
      Node* n = lit(val, u.loc);
      n->text = u.name;
      d->body = n;
      d->arity = 0;
      d->frame_size = 0;
      d->level = Level::Constant;
      d->resolved = true;
      return;
    }
    if (bind_native(d, u, s->module)) return;
    Fn fn;
    fn.mod = s;
    int size = 0;
    if (inst && inst->let_nest >= 0) {
      // A definition of an instance inside a LET: its frame's parent is the LET's frame.
      fn.frame_sizes = let_ctxs_[static_cast<size_t>(inst->let_nest)].frame_sizes;
      d->nested = true;
      let_depth_[d] = fn.depth();
    }
    fn.frame_sizes.push_back(&size);
    fn.self = d;
    LocalScope params;
    for (size_t i = 0; i < s->inst_param_names.size(); ++i) {
      LocalSym ls;
      ls.arity = s->inst_param_arity[i];
      ls.k = ls.arity > 0 ? LocalSym::K::OpParam : LocalSym::K::Var;
      ls.slot = fn.alloc();
      params.names[s->inst_param_names[i]] = ls;
    }
    d->param_arity = s->inst_param_arity;
    d->inst_params = static_cast<int>(s->inst_param_names.size());
    declare_params(u.params, fn, params, d);
    d->arity = static_cast<int>(d->param_arity.size());
    fn.locals = &params;
    d->resolving = true;
    if (u.kind == ast::UnitKind::FcnDef) {
      d->is_function = true;
      Node* fc = node(Op::FcnCons, u.loc);
      LocalScope inner;
      inner.outer = fn.locals;
      binders(u.bounds, fn, inner, fc->binders);
      fn.locals = &inner;
      fc->kids.push_back(expr(*u.body, fn));
      fn.locals = &params;
      fc->level = level_of(fc);
      d->body = fc;
    } else {
      if (!u.body) fail(u.loc, "definition of " + u.name + " has no body");
      d->body = expr(*u.body, fn);
    }
    d->resolving = false;
    d->resolved = true;
    d->frame_size = size;
    d->level = d->body->level;
    analyse_params(d);
  }

  // ---- expressions -----------------------------------------------------------------------

  Level level_of(const Node* n) {
    Level l = Level::Constant;
    for (const Node* k : n->kids) l = max_level(l, k->level);
    for (const auto& b : n->binders)
      if (b.set) l = max_level(l, b.set->level);
    return l;
  }

  void binders(const std::vector<ast::Bound>& bs, Fn& fn, LocalScope& scope,
               std::vector<Binder>& out) {
    // Sets are resolved in the scope outside the binders (TLA+: `\E x \in S, y \in T(x)`
    // is not allowed to refer to x in T).
    for (const auto& b : bs) {
      Binder bi;
      bi.tuple = b.tuple;
      bi.names = b.names;
      if (b.set) bi.set = expr(*b.set, fn);
      for (const auto& n : b.names) {
        LocalSym ls;
        ls.depth = fn.depth();
        ls.slot = fn.alloc();
        scope.names[n] = ls;
        bi.slots.push_back(ls.slot);
      }
      out.push_back(std::move(bi));
    }
  }

  const Node* expr(const Expr& e, Fn& fn) {
    Node* n = expr_inner(e, fn);
    return n;
  }

  Node* lit(Value v, Loc loc) {
    Node* n = node(Op::Lit, loc);
    n->lit = std::move(v);
    return n;
  }

  Node* core_builtin(const std::string& name, Loc loc, std::vector<const Node*> kids) {
    const Builtin* b = find_builtin("", name);
    if (!b) fail(loc, "unknown operator " + name);
    Node* n = builtin_node(b, loc);
    n->kids = std::move(kids);
    n->text = name;
    n->level = level_of(n);
    return n;
  }

  /// Resolves an operator reference passed where a higher-order parameter is expected.
  Node* closure_arg(const Expr& a, Fn& fn, int arity) {
    if (a.kind == Ex::Lambda) return lambda_closure(a, "LAMBDA", fn, arity);
    if (auto h = selector_head(a, fn)) return selector_closure(a, *h, fn, arity);
    std::string name;
    if (a.kind == Ex::Name && a.path.size() == 1 && a.path[0].args.empty()) name = a.path[0].name;
    else if (a.kind == Ex::OpSym && a.kids.empty()) name = a.sval;
    if (!name.empty()) {
      if (const LocalSym* ls = fn.locals ? fn.locals->find(name) : nullptr) {
        if (ls->k == LocalSym::K::LetDef)
          return closure(a.loc, name, ls->def, nullptr, fn.depth() - ls->depth, ls->def->arity, arity);
        if (ls->k == LocalSym::K::OpParam) {
          Node* n = node(Op::Local, a.loc);
          n->up = fn.depth() - ls->depth;
          n->slot = ls->slot;
          return n;
        }
      }
      auto it = fn.mod->syms.find(name);
      if (it != fn.mod->syms.end() && it->second.k == Symbol::K::Def)
        return closure(a.loc, name, it->second.def, nullptr, def_up(it->second.def, fn), it->second.arity, arity);
      const Builtin* b = it != fn.mod->syms.end() && it->second.k == Symbol::K::Builtin
                             ? it->second.builtin
                             : find_builtin("", name);
      if (b) return closure(a.loc, name, nullptr, b, 0, b->arity, arity);
    }
    if (a.kind == Ex::OpSym && a.kids.empty()) return lambda_closure(symbol_lambda(a), name, fn, arity);
    fail(a.loc, "expected an operator as argument");
  }

  /// The operator value of `d` (or `b`), an argument of `own` arguments for a parameter
  /// of `want`: SANY requires them equal (an argument for Op(_, _) takes two).
  Node* closure(Loc loc, const std::string& name, Def* d, const Builtin* b, int up, int own, int want) {
    if (own != want)
      fail(loc, "operator '" + name + "' takes " + std::to_string(own) +
                    " argument(s), but the parameter expects " + std::to_string(want));
    Node* n = node(Op::Closure, loc);
    n->def = d;
    n->builtin = b;
    n->up = up;
    return n;
  }

  Node* lambda_closure(const Expr& lam, const std::string& name, Fn& fn, int arity) {
    Def* d = new_def("LAMBDA", fn.mod->module, lam.loc);
    compile_local_def(d, lam.params, lam.kids[0], nullptr, fn);
    return closure(lam.loc, name, d, nullptr, 0, static_cast<int>(lam.params.size()), arity);
  }

  /// A built-in operator symbol passed as an argument (`Op(=>)`, `Op([])`, `Op(')`): as
  /// SANY, the operator itself; here the LAMBDA applying it to its parameters.
  const Expr& symbol_lambda(const Expr& a) {
    const int own = a.fix == ast::Fix::Infix ? 2 : 1;
    Ex kind = a.sval == "/\\" ? Ex::And : a.sval == "\\/" ? Ex::Or : Ex::OpSym;
    auto body = std::make_shared<Expr>(kind, a.loc);
    body->fix = a.fix;
    body->sval = a.sval;
    auto lam = std::make_shared<Expr>(Ex::Lambda, a.loc);
    for (int i = 0; i < own; ++i) {
      // A parameter name no identifier can spell, so it shadows nothing.
      const std::string p = " " + std::to_string(i);
      lam->params.push_back(ast::Param{p, 0, a.loc});
      auto ref = std::make_shared<Expr>(Ex::Name, a.loc);
      ref->path.push_back(ast::Segment{p, {}, a.loc});
      body->kids.push_back(ref);
    }
    lam->kids.push_back(body);
    synthesized_.push_back(lam);
    return *lam;
  }

  /// Declares the parameters `ps` of `d` in `scope`, in slots of fn's current frame.
  static void declare_params(const std::vector<ast::Param>& ps, Fn& fn, LocalScope& scope, Def* d) {
    for (const auto& p : ps) {
      LocalSym ls;
      ls.k = p.arity > 0 ? LocalSym::K::OpParam : LocalSym::K::Var;
      ls.arity = p.arity;
      ls.depth = fn.depth();
      ls.slot = fn.alloc();
      scope.names[p.name] = ls;
      d->param_arity.push_back(p.arity);
    }
  }

  /// Compiles a LET definition or LAMBDA: its own frame, parent = the current frame.
  void compile_local_def(Def* d, const std::vector<ast::Param>& ps, const ast::ExprPtr& body,
                         const std::vector<ast::Bound>* fbounds, Fn& fn) {
    int size = 0;
    d->nested = true;
    fn.frame_sizes.push_back(&size);
    LocalScope params;
    params.outer = fn.locals;
    declare_params(ps, fn, params, d);
    d->arity = static_cast<int>(ps.size());
    const LocalScope* saved = fn.locals;
    fn.locals = &params;
    if (fbounds) {
      d->is_function = true;
      Node* fc = node(Op::FcnCons, body->loc);
      LocalScope inner;
      inner.outer = fn.locals;
      binders(*fbounds, fn, inner, fc->binders);
      fn.locals = &inner;
      fc->kids.push_back(expr(*body, fn));
      fc->level = level_of(fc);
      d->body = fc;
    } else {
      d->body = expr(*body, fn);
    }
    fn.locals = saved;
    fn.frame_sizes.pop_back();
    d->frame_size = size;
    d->level = d->body->level;
    d->resolved = true;
    d->body_loc = body->loc;
    analyse_params(d);
  }

  std::vector<const Node*> args_for(const std::vector<ast::ExprPtr>& args,
                                    const std::vector<int>& param_arity, size_t offset, Fn& fn) {
    std::vector<const Node*> out;
    for (size_t i = 0; i < args.size(); ++i) {
      int ar = offset + i < param_arity.size() ? param_arity[offset + i] : 0;
      out.push_back(ar > 0 ? closure_arg(*args[i], fn, ar) : expr(*args[i], fn));
    }
    return out;
  }

  Node* call_def(Def* d, std::vector<const Node*> args, Loc loc, const std::string& name, int up) {
    if (static_cast<int>(args.size()) != d->arity)
      fail(loc, "operator '" + name + "' expects " + std::to_string(d->arity) +
                    " argument(s), but is given " + std::to_string(args.size()));
    Node* n = node(Op::Call, loc);
    n->def = d;
    n->up = up;
    n->kids = std::move(args);
    n->text = name;
    n->level = Level::Constant;
    for (size_t i = 0; i < n->kids.size(); ++i)
      if (d->resolving || !d->level_blocked(i)) n->level = max_level(n->level, n->kids[i]->level);
    if (!d->resolving) n->level = max_level(n->level, d->level);
    return n;
  }

  /// The static links from fn's frame to the parent frame of d (nested in a LET's frame
  /// when it belongs to an instance inside the LET).
  int def_up(const Def* d, const Fn& fn) const {
    auto it = let_depth_.find(d);
    return it == let_depth_.end() ? 0 : fn.depth() - it->second;
  }

  /// Inside a parameterised instance `I(p) == INSTANCE M`, a call between M's own
  /// definitions passes p along: it is the first slots of the base frame.
  std::vector<const Node*> inst_param_refs(Fn& fn, Loc loc, int n) {
    if (static_cast<int>(fn.mod->inst_param_names.size()) < n)
      fail(loc, "internal error: instance parameters are not in scope");
    std::vector<const Node*> out;
    for (int i = 0; i < n; ++i) {
      Node* l = node(Op::Local, loc);
      l->up = fn.depth();
      l->slot = i;
      l->text = fn.mod->inst_param_names[static_cast<size_t>(i)];
      out.push_back(l);
    }
    return out;
  }

  // ---- subexpression references (subexpr.hpp) ---------------------------------------------

  /// The definition a subexpression reference `[I!]...Def!sel...` selects from: path[seg].
  struct SelHead {
    Def* def;
    size_t seg;
  };
  std::optional<SelHead> selector_head(const Expr& e, const Fn& fn) {
    if (e.kind != Ex::Name || e.path.size() < 2) return std::nullopt;
    if (fn.locals && fn.locals->find(e.path[0].name)) return std::nullopt;
    const ModScope* scope = fn.mod;
    for (size_t i = 0; i + 1 < e.path.size(); ++i) {
      auto it = scope->syms.find(e.path[i].name);
      if (it == scope->syms.end()) return std::nullopt;
      if (it->second.k == Symbol::K::Instance) {
        scope = it->second.inst;
        continue;
      }
      if (it->second.k != Symbol::K::Def) return std::nullopt;
      return SelHead{it->second.def, i};
    }
    return std::nullopt;
  }

  static std::string path_text(const Expr& e) {
    std::string t;
    for (const auto& seg : e.path) t += (t.empty() ? "" : "!") + (seg.name.empty() ? "(...)" : seg.name);
    return t;
  }

  /// The selected expression as an operator (SANY's LAMBDA of the selection), compiled in
  /// the scope of the definition it was selected from; `sel` receives the arguments
  /// written along the path.
  Def* selector_def(const Expr& e, const SelHead& h, bool as_op, Selection& sel) {
    if (h.def->resolving)
      fail(e.path[h.seg].loc, "Subexpression of  `" + e.path[h.seg].name + "' used inside the operator's definition.");
    auto src = sources_.find(h.def);
    if (src == sources_.end() || !src->second.unit->body)
      fail(e.path[h.seg].loc, "Cannot take subexpression of `" + e.path[h.seg].name + "'.");
    const ast::Unit& u = *src->second.unit;
    ast::ExprPtr body = u.body;
    if (u.kind == ast::UnitKind::FcnDef) {  // f[x \in S] == e is f == [x \in S |-> e]
      auto fc = std::make_shared<Expr>(Ex::FcnCons, u.loc);
      fc->bounds = u.bounds;
      fc->kids = {u.body};
      body = fc;
    }
    sel = select_subexpr(u.params, body, e.path[h.seg].args, e.path, h.seg + 1, as_op);
    auto unit = std::make_shared<ast::Unit>(ast::UnitKind::OpDef, e.loc);
    unit->name = path_text(e);
    unit->params = sel.params;
    unit->body = sel.body;
    synth_units_.push_back(unit);
    Def* d = new_def(unit->name, src->second.scope->module, e.loc);
    compile_def(d, *unit, src->second.scope, nullptr);
    return d;
  }

  /// The arguments of the instances on the path before the selected definition (or, inside
  /// a parameterised instance, its parameters passed along).
  std::vector<const Node*> selector_inst_args(const Expr& e, const SelHead& h, Fn& fn) {
    if (h.seg == 0) return h.def->inst_params > 0 ? inst_param_refs(fn, e.loc, h.def->inst_params)
                                                  : std::vector<const Node*>{};
    std::vector<const Node*> out;
    const ModScope* scope = fn.mod;
    for (size_t i = 0; i < h.seg; ++i) {
      const auto& seg = e.path[i];
      const Symbol& sym = scope->syms.at(seg.name);
      if (static_cast<int>(seg.args.size()) != sym.inst_params)
        fail(seg.loc, "instance '" + seg.name + "' expects " + std::to_string(sym.inst_params) +
                          " argument(s)");
      auto ia = instance_args(seg, sym, fn, i == 0);
      out.insert(out.end(), ia.begin(), ia.end());
      scope = sym.inst;
    }
    return out;
  }

  /// The arguments `a` of `I(a)!...`, I an instance with (possibly operator) parameters.
  /// An instance declared inside a parameterised instance also takes that one's parameters
  /// first (set_inst_params): on the first segment of a path they are the parameters of
  /// the scope written in, passed along (`InChan!Init` inside `Inner(q) == INSTANCE M`);
  /// on a later one, the segments before supplied them (`I(55)!Inst!Foo`).
  std::vector<const Node*> instance_args(const ast::Segment& seg, const Symbol& inst, Fn& fn,
                                         bool first) {
    size_t own = seg.args.size();
    size_t offset = inst.inst->inst_param_arity.size() - std::min(own, inst.inst->inst_param_arity.size());
    std::vector<const Node*> out;
    if (first && offset > 0) out = inst_param_refs(fn, seg.loc, static_cast<int>(offset));
    auto more = args_for(seg.args, inst.inst->inst_param_arity, offset, fn);
    out.insert(out.end(), more.begin(), more.end());
    return out;
  }

  /// A subexpression reference used as an expression.
  Node* selector_ref(const Expr& e, const SelHead& h, Fn& fn) {
    Selection sel;
    Def* d = selector_def(e, h, false, sel);
    std::vector<const Node*> args = selector_inst_args(e, h, fn);
    auto more = args_for(sel.args, d->param_arity, args.size(), fn);
    args.insert(args.end(), more.begin(), more.end());
    return call_def(d, std::move(args), e.loc, d->name, 0);
  }

  /// A subexpression reference used as an operator argument of the given arity.
  Node* selector_closure(const Expr& a, const SelHead& h, Fn& fn, int arity) {
    Selection sel;
    Def* d = selector_def(a, h, true, sel);
    int k = d->arity - d->inst_params;
    if (arity > 0 && k != arity)
      fail(a.loc, "Expected arity " + std::to_string(arity) + " but found operator of arity " +
                      std::to_string(k) + ".");
    Node* n = node(Op::Closure, a.loc);
    if (d->inst_params == 0) {
      n->def = d;
      return n;
    }
    // The instance arguments are fixed here: LAMBDA p1..pk : d(inst args, p1..pk).
    Def* w = new_def("LAMBDA", d->module, a.loc);
    int size = k;
    w->nested = true;
    fn.frame_sizes.push_back(&size);
    std::vector<const Node*> args = selector_inst_args(a, h, fn);
    for (int i = 0; i < k; ++i) {
      Node* p = node(Op::Local, a.loc);
      p->slot = i;
      args.push_back(p);
    }
    w->body = call_def(d, std::move(args), a.loc, d->name, 0);
    fn.frame_sizes.pop_back();
    w->arity = k;
    w->param_arity.assign(static_cast<size_t>(k), 0);
    w->frame_size = size;
    w->level = w->body->level;
    w->resolved = true;
    n->def = w;
    return n;
  }

  Node* name_ref(const Expr& e, Fn& fn) {
    // Instance-qualified: M!N!Op(args)
    ModScope* scope = fn.mod;
    std::vector<const Node*> inst_args;
    if (auto h = selector_head(e, fn)) return selector_ref(e, *h, fn);
    for (size_t i = 0; i + 1 < e.path.size(); ++i) {
      const auto& seg = e.path[i];
      auto it = scope->syms.find(seg.name);
      if (it == scope->syms.end() || it->second.k != Symbol::K::Instance)
        fail(seg.loc, "unknown module instance '" + seg.name + "'");
      if (static_cast<int>(seg.args.size()) != it->second.inst_params)
        fail(seg.loc, "instance '" + seg.name + "' expects " +
                          std::to_string(it->second.inst_params) + " argument(s)");
      auto ia = instance_args(seg, it->second, fn, i == 0);
      inst_args.insert(inst_args.end(), ia.begin(), ia.end());
      scope = it->second.inst;
    }
    const auto& last = e.path.back();
    const std::string& name = last.name;
    bool qualified = e.path.size() > 1;
    if (!qualified && fn.locals) {
      if (const LocalSym* ls = fn.locals->find(name)) {
        int up = fn.depth() - ls->depth;
        if (ls->k == LocalSym::K::Var) {
          if (!last.args.empty()) fail(last.loc, "'" + name + "' is not an operator");
          Node* n = node(Op::Local, e.loc);
          n->up = up;
          n->slot = ls->slot;
          n->text = name;
          return n;
        }
        if (ls->k == LocalSym::K::OpParam) {
          if (static_cast<int>(last.args.size()) != ls->arity)
            fail(last.loc, "operator parameter '" + name + "' expects " +
                               std::to_string(ls->arity) + " argument(s)");
          Node* n = node(Op::CallParam, e.loc);
          n->up = up;
          n->slot = ls->slot;
          for (const auto& a : last.args) n->kids.push_back(expr(*a, fn));
          n->text = name;
          n->level = level_of(n);
          return n;
        }
        // LET definition
        std::vector<const Node*> args = args_for(last.args, ls->def->param_arity, 0, fn);
        return call_def(ls->def, std::move(args), e.loc, name, up);
      }
    }
    auto it = scope->syms.find(name);
    if (it == scope->syms.end()) {
      if (!qualified) {
        if (name == "TRUE") return lit(Value::boolean(true), e.loc);
        if (name == "FALSE") return lit(Value::boolean(false), e.loc);
        if (name == "BOOLEAN") return lit(make_bool_set(), e.loc);
        if (name == "STRING") return lit(make_lazy_set(LazyKind::String, {}), e.loc);
        if (const Builtin* b = find_builtin("", name)) {
          std::vector<const Node*> args;
          for (const auto& a : last.args) args.push_back(expr(*a, fn));
          if (static_cast<int>(args.size()) != b->arity)
            fail(e.loc, "operator '" + name + "' expects " + std::to_string(b->arity) + " argument(s)");
          return core_builtin(name, e.loc, std::move(args));
        }
      }
      fail(e.path.size() > 1 && last.loc.valid() ? last.loc : e.loc, "unknown operator '" + name + "'");
    }
    const Symbol& sym = it->second;
    switch (sym.k) {
      case Symbol::K::Var: {
        if (!last.args.empty()) fail(last.loc, "variable '" + name + "' is not an operator");
        Node* n = node(Op::StateVar, e.loc);
        n->slot = sym.slot;
        n->level = Level::State;
        n->text = name;
        return n;
      }
      case Symbol::K::Const: {
        if (!last.args.empty()) fail(last.loc, "constant '" + name + "' is not an operator");
        Node* n = node(Op::Lit, e.loc);
        auto cv = consts_.values.find(name);
        if (cv != consts_.values.end()) n->lit = cv->second;
        n->text = name;
        return n;
      }
      case Symbol::K::Def: {
        size_t offset = 0;
        std::vector<const Node*> args = inst_args;
        if (!qualified && sym.def->inst_params > 0) args = inst_param_refs(fn, e.loc, sym.def->inst_params);
        offset = args.size();
        auto more = args_for(last.args, sym.def->param_arity, offset, fn);
        args.insert(args.end(), more.begin(), more.end());
        if (sym.def == fn.self && fn.self->is_function) fn.self->recursive = true;
        // A variant compiled for an ENABLED of its own instance sits where sym.def does.
        return call_def(cut_variant(sym.def), std::move(args), e.loc, name, def_up(sym.def, fn));
      }
      case Symbol::K::Builtin: {
        std::vector<const Node*> args;
        for (const auto& a : last.args) args.push_back(expr(*a, fn));
        Node* n = builtin_node(sym.builtin, e.loc);
        n->kids = std::move(args);
        n->level = level_of(n);
        return n;
      }
      case Symbol::K::Subst: {
        // Resolve the substituted expression where the INSTANCE was written; the
        // parameters of a parameterised instance are the first slots of the base frame.
        Fn sub;
        sub.mod = sym.subst_scope;
        sub.frame_sizes = fn.frame_sizes;
        LocalScope ps;
        for (size_t i = 0; i < fn.mod->inst_param_names.size(); ++i) {
          LocalSym ls;
          ls.arity = fn.mod->inst_param_arity[i];
          ls.k = ls.arity > 0 ? LocalSym::K::OpParam : LocalSym::K::Var;
          ls.depth = 0;
          ls.slot = static_cast<int>(i);
          ps.names[fn.mod->inst_param_names[i]] = ls;
        }
        if (sym.subst_let >= 0) ps.outer = let_ctxs_[static_cast<size_t>(sym.subst_let)].locals;
        sub.locals = &ps;
        sub.self = nullptr;
        if (!last.args.empty()) {
          // An operator constant substituted by an operator: the arguments are resolved
          // here, the operator where the INSTANCE was written.
          std::vector<const Node*> args;
          for (const auto& a : last.args) args.push_back(expr(*a, fn));
          const Expr& t = *sym.subst;
          if (t.kind == Ex::Lambda) {
            Def* d = new_def("LAMBDA", sym.subst_scope->module, t.loc);
            Fn lf;
            lf.mod = sym.subst_scope;
            int size = 0;
            lf.frame_sizes.push_back(&size);
            LocalScope ps;
            declare_params(t.params, lf, ps, d);
            lf.locals = &ps;
            d->arity = static_cast<int>(t.params.size());
            d->body = expr(*t.kids[0], lf);
            d->frame_size = size;
            d->level = d->body->level;
            d->resolved = true;
            return call_def(d, std::move(args), e.loc, name, 0);
          }
          if (auto h = selector_head(t, sub)) {
            Selection sel;
            Def* d = selector_def(t, *h, true, sel);
            std::vector<const Node*> all = selector_inst_args(t, *h, sub);
            all.insert(all.end(), args.begin(), args.end());
            return call_def(d, std::move(all), e.loc, d->name, 0);
          }
          std::string target;
          if (t.kind == Ex::Name && t.path.size() == 1 && t.path[0].args.empty()) target = t.path[0].name;
          else if (t.kind == Ex::OpSym && t.kids.empty()) target = t.sval;
          if (!target.empty()) {
            auto it2 = sym.subst_scope->syms.find(target);
            if (it2 != sym.subst_scope->syms.end() && it2->second.k == Symbol::K::Def) {
              Def* d = it2->second.def;
              if (d->inst_params > 0) {  // a definition of a parameterised instance
                auto pre = inst_param_refs(sub, e.loc, d->inst_params);
                args.insert(args.begin(), pre.begin(), pre.end());
              }
              return call_def(d, std::move(args), e.loc, target, def_up(d, sub));
            }
            const Builtin* b = it2 != sym.subst_scope->syms.end() && it2->second.k == Symbol::K::Builtin
                                   ? it2->second.builtin : find_builtin("", target);
            if (b) {
              Node* n = builtin_node(b, e.loc);
              n->kids = std::move(args);
              n->text = target;
              n->level = level_of(n);
              return n;
            }
          }
          fail(e.loc, "cannot apply the operator substituted for '" + name + "'");
        }
        Node* subst = const_cast<Node*>(expr(*sym.subst, sub));
        bool cut = cut_inst_ && priming_ > 0 && scope_inst_.count(fn.mod) && scope_inst_[fn.mod] == cut_inst_ &&
                   var_substs_.count({fn.mod, name});
        if (cut && !(subst->op == Op::StateVar && subst->text == name)) return ghost_var(name, subst, e.loc);
        return subst;
      }
      case Symbol::K::Instance:
        fail(e.loc, "'" + name + "' is a module instance, not an operator");
    }
    fail(e.loc, "unknown operator '" + name + "'");
  }

  Node* opsym(const Expr& e, Fn& fn) {
    const std::string& op = e.sval;
    // A symbol's arity is its fix (an infix symbol is defined with two parameters);
    // the prefix form `+(a, b)` can give it any number of arguments.
    const size_t arity = e.fix == ast::Fix::Infix ? 2 : 1;
    if (e.kids.size() != arity)
      fail(e.loc, "operator '" + op + "' expects " + std::to_string(arity) +
                      " argument(s), but is given " + std::to_string(e.kids.size()));
    auto kid = [&](size_t i) { return expr(*e.kids.at(i), fn); };
    if (op == "~") {
      Node* n = node(Op::Not, e.loc);
      n->kids = {kid(0)};
      n->level = level_of(n);
      return n;
    }
    if (op == "=>" || op == "<=>") {
      Node* n = node(op == "=>" ? Op::Implies : Op::Equiv, e.loc);
      n->kids = {kid(0), kid(1)};
      n->level = level_of(n);
      return n;
    }
    if (op == "'") {
      const Node* k = primed([&] { return kid(0); });
      if (k->op == Op::GhostVar && !k->primed) {
        Node* g = node(Op::GhostVar, e.loc);
        g->slot = k->slot;
        g->kids = k->kids;
        g->primed = true;
        g->text = k->text;
        g->level = Level::Action;
        ghosts_.push_back(g);
        return g;
      }
      if (k->op == Op::StateVar && !k->primed) {
        Node* n = node(Op::StateVar, e.loc);
        n->slot = k->slot;
        n->primed = true;
        n->text = k->text;
        n->level = Level::Action;
        return n;
      }
      Node* n = node(Op::Prime, e.loc);
      n->kids = {k};
      n->level = Level::Action;
      return n;
    }
    struct Simple { const char* sym; Op op; Level min; };
    static const Simple simple[] = {
        {"UNCHANGED", Op::Unchanged, Level::Action}, {"ENABLED", Op::Enabled, Level::State},
        {"[]", Op::Always, Level::Temporal},         {"<>", Op::Eventually, Level::Temporal},
        {"~>", Op::LeadsTo, Level::Temporal},        {"-+->", Op::TemporalOther, Level::Temporal},
        {"\\cdot", Op::Compose, Level::Action},
    };
    for (const auto& s : simple) {
      if (op == s.sym) {
        Node* n = node(s.op, e.loc);
        InstCtx* saved_cut = cut_inst_;
        int saved_priming = priming_;
        if (s.op == Op::Enabled && scope_inst_.count(fn.mod)) {
          cut_inst_ = scope_inst_[fn.mod];
          priming_ = 0;  // ENABLED's own primes start afresh
        }
        if (s.op == Op::Unchanged) ++priming_;
        for (size_t i = 0; i < e.kids.size(); ++i) n->kids.push_back(kid(i));
        cut_inst_ = saved_cut;
        priming_ = saved_priming;
        n->level = max_level(level_of(n), s.min);
        if (s.op == Op::Enabled) n->level = Level::State;
        n->text = op;
        return n;
      }
    }
    // Every other symbol is resolved as a name applied to its operands: a parameter
    // (`_+_`), a LET or module definition, a substitution of an INSTANCE (`+ <- Plus`),
    // or an operator of the language (`\\in`, `=`).
    auto call = std::make_shared<Expr>(Ex::Name, e.loc);
    call->path.push_back(ast::Segment{op, e.kids, e.loc});
    synthesized_.push_back(call);
    return name_ref(*call, fn);
  }

  Node* expr_inner(const Expr& e, Fn& fn) {
    switch (e.kind) {
      case Ex::Num: {
        // TLC's integers are Java ints; it rejects a larger literal before checking (exit 255).
        if (!e.sval.empty() || e.ival > INT32_MAX)
          throw Error(e.loc, "TLC can't handle a number this big: " + (e.sval.empty() ? std::to_string(e.ival) : e.sval),
                      exit_code::other);
        return lit(Value::integer(e.ival), e.loc);
      }
      case Ex::Decimal:  // SANY parses it; TLC refuses it in any definition (exit 151)
        throw Error(e.loc, "TLC can't handle real numbers: " + e.sval, exit_code::config);
      case Ex::Str: return lit(Value::string(e.sval), e.loc);
      case Ex::Name: return name_ref(e, fn);
      case Ex::OpSym: return opsym(e, fn);
      case Ex::FcnApp: {
        Node* n = node(Op::FcnApp, e.loc);
        n->kids.push_back(expr(*e.kids[0], fn));
        if (e.kids.size() == 2) {
          n->kids.push_back(expr(*e.kids[1], fn));
        } else {
          Node* t = node(Op::Tuple, e.loc);
          for (size_t i = 1; i < e.kids.size(); ++i) t->kids.push_back(expr(*e.kids[i], fn));
          t->level = level_of(t);
          n->kids.push_back(t);
        }
        n->level = level_of(n);
        return n;
      }
      case Ex::Dot: {
        Node* n = node(Op::Dot, e.loc);
        n->kids.push_back(expr(*e.kids[0], fn));
        n->fields.push_back(intern(e.sval));
        n->level = level_of(n);
        return n;
      }
      case Ex::Tuple:
      case Ex::SetEnum:
      case Ex::CartProd:
      case Ex::FcnSet:
      case Ex::And:
      case Ex::Or:
      case Ex::If: {
        Op op = e.kind == Ex::Tuple     ? Op::Tuple
                : e.kind == Ex::SetEnum ? Op::SetEnum
                : e.kind == Ex::CartProd ? Op::CartProd
                : e.kind == Ex::FcnSet  ? Op::FcnSet
                : e.kind == Ex::And     ? Op::And
                : e.kind == Ex::Or      ? Op::Or
                                        : Op::If;
        Node* n = node(op, e.loc);
        for (const auto& k : e.kids) n->kids.push_back(expr(*k, fn));
        n->level = level_of(n);
        return n;
      }
      case Ex::Case: {
        Node* n = node(Op::Case, e.loc);
        for (const auto& k : e.kids) n->kids.push_back(expr(*k, fn));
        n->has_other = e.has_other;
        n->level = level_of(n);
        return n;
      }
      case Ex::RcdCons:
      case Ex::RcdSet: {
        Node* n = node(e.kind == Ex::RcdCons ? Op::RcdCons : Op::RcdSet, e.loc);
        for (size_t i = 0; i < e.fields.size(); ++i) {
          // SANY (Generator, RECORD_CONSTRUCTOR_FIELD_REDEFINITION): a field named twice
          // is an error at its second occurrence.
          for (size_t j = 0; j < i; ++j)
            if (e.fields[j] == e.fields[i])
              fail(i < e.field_locs.size() ? e.field_locs[i] : e.loc, "Non-unique fields in constructor.");
          n->fields.push_back(intern(e.fields[i]));
          n->kids.push_back(expr(*e.kids[i], fn));
        }
        n->level = level_of(n);
        return n;
      }
      case Ex::SetFilter:
      case Ex::SetMap:
      case Ex::FcnCons:
      case Ex::Forall:
      case Ex::Exists:
      case Ex::Choose: {
        Op op = e.kind == Ex::SetFilter ? Op::SetFilter
                : e.kind == Ex::SetMap  ? Op::SetMap
                : e.kind == Ex::FcnCons ? Op::FcnCons
                : e.kind == Ex::Forall  ? Op::Forall
                : e.kind == Ex::Exists  ? Op::Exists
                                        : Op::Choose;
        Node* n = node(op, e.loc);
        LocalScope inner;
        inner.outer = fn.locals;
        binders(e.bounds, fn, inner, n->binders);
        const LocalScope* saved = fn.locals;
        fn.locals = &inner;
        n->kids.push_back(expr(*e.kids[0], fn));
        fn.locals = saved;
        n->level = level_of(n);
        return n;
      }
      case Ex::TForall:
      case Ex::TExists: {
        Node* n = node(Op::TemporalOther, e.loc);
        n->level = Level::Temporal;
        n->text = "\\AA/\\EE";
        return n;
      }
      case Ex::Except: {
        Node* n = node(Op::Except, e.loc);
        n->kids.push_back(expr(*e.kids[0], fn));
        LocalScope at;
        at.outer = fn.locals;
        LocalSym ls;
        ls.depth = fn.depth();
        ls.slot = fn.alloc();
        at.names["@"] = ls;
        n->except_at_slot = ls.slot;
        for (const auto& spec : e.excepts) {
          std::vector<bool> shape;
          for (const auto& step : spec.path) {
            shape.push_back(step.is_field);
            if (step.is_field) {
              n->kids.push_back(lit(Value::string(step.field), step.loc));
            } else if (step.args.size() == 1) {
              n->kids.push_back(expr(*step.args[0], fn));
            } else {
              Node* t = node(Op::Tuple, step.loc);
              for (const auto& a : step.args) t->kids.push_back(expr(*a, fn));
              t->level = level_of(t);
              n->kids.push_back(t);
            }
          }
          const LocalScope* saved = fn.locals;
          fn.locals = &at;
          n->kids.push_back(expr(*spec.value, fn));
          fn.locals = saved;
          n->except_shape.push_back(std::move(shape));
        }
        n->level = level_of(n);
        return n;
      }
      case Ex::At: {
        const LocalSym* ls = fn.locals ? fn.locals->find("@") : nullptr;
        if (!ls) fail(e.loc, "@ used outside an EXCEPT");
        Node* n = node(Op::Local, e.loc);
        n->up = fn.depth() - ls->depth;
        n->slot = ls->slot;
        return n;
      }
      case Ex::Let: {
        LocalScope scope;
        scope.outer = fn.locals;
        const LocalScope* saved = fn.locals;
        fn.locals = &scope;
        std::vector<std::pair<std::string, Symbol>> let_instances;
        std::vector<int> let_cache_slots;
        // RECURSIVE declarations inside LET: create defs first.
        for (const auto& up : e.defs) {
          const ast::Unit& u = *up;
          if (u.kind == ast::UnitKind::Recursive) {
            for (const auto& p : u.params) {
              Def* d = new_def(p.name, fn.mod->module, p.loc);
              d->arity = p.arity;
              d->recursive = true;
              LocalSym ls;
              ls.k = LocalSym::K::LetDef;
              ls.depth = fn.depth();
              ls.def = d;
              scope.names[p.name] = ls;
            }
          }
        }
        for (const auto& up : e.defs) {
          const ast::Unit& u = *up;
          if (u.kind == ast::UnitKind::Recursive) continue;
          if (u.kind == ast::UnitKind::Instance && !u.name.empty()) {
            // `LET M == INSTANCE ...`: visible as M!Op inside the LET body.
            InstCtx ic;
            ic.outer = fn.mod;
            ic.enclosing = fn.mod;
            ic.named = true;
            ic.let_nest = static_cast<int>(let_ctxs_.size());
            ic.let_names = true;
            let_ctxs_.push_back(LetCtx{fn.locals, fn.frame_sizes});
            for (const auto& w : u.inst.with) ic.with[w.name] = w.value;
            ast::ModulePtr im = loader_.load(u.inst.module, u.loc);
            ModScope* is = build_scope(*im, &ic, false);
            Symbol sym;
            sym.k = Symbol::K::Instance;
            sym.name = u.name;
            sym.loc = u.loc;
            sym.inst = is;
            sym.origin = &u;
            let_instances.emplace_back(u.name, fn.mod->syms.count(u.name) ? fn.mod->syms[u.name] : Symbol{});
            fn.mod->syms[u.name] = sym;
            continue;
          }
          if (u.kind != ast::UnitKind::OpDef && u.kind != ast::UnitKind::FcnDef)
            fail(u.loc, "only operator and function definitions are supported inside LET");
          Def* d = nullptr;
          auto it = scope.names.find(u.name);
          if (it != scope.names.end() && it->second.k == LocalSym::K::LetDef &&
              it->second.def->recursive && !it->second.def->resolved) {
            d = it->second.def;
            d->param_arity.clear();
          } else {
            d = new_def(u.name, fn.mod->module, u.loc);
            LocalSym ls;
            ls.k = LocalSym::K::LetDef;
            ls.depth = fn.depth();
            ls.def = d;
            if (u.kind == ast::UnitKind::FcnDef) scope.names[u.name] = ls;  // self-reference
            else if (it != scope.names.end()) fail(u.loc, "multiply-defined symbol '" + u.name + "'");
            if (u.kind != ast::UnitKind::FcnDef) {
              compile_local_def(d, u.params, u.body, nullptr, fn);
              if (u.params.empty()) {
                // A zero-argument LET definition is evaluated at most once per entry
                // into the LET (as TLC's lazy LET values): its value is cached in a
                // slot of the enclosing frame, cleared when the LET is entered.
                d->let_cache_slot = fn.alloc();
                let_cache_slots.push_back(d->let_cache_slot);
              }
              scope.names[u.name] = ls;
              continue;
            }
          }
          compile_local_def(d, u.params, u.body, u.kind == ast::UnitKind::FcnDef ? &u.bounds : nullptr, fn);
          if (u.kind == ast::UnitKind::FcnDef) d->recursive = true;
        }
        Node* n = node(Op::Let, e.loc);
        n->let_slots = let_cache_slots;
        n->kids.push_back(expr(*e.kids[0], fn));
        fn.locals = saved;
        for (auto& [nm, old] : let_instances) {
          if (old.name.empty()) fn.mod->syms.erase(nm);
          else fn.mod->syms[nm] = old;
        }
        n->level = level_of(n);
        return n;
      }
      case Ex::Lambda: fail(e.loc, "LAMBDA is only allowed as an operator argument");
      case Ex::BoxAction:
      case Ex::AngleAction: {
        Node* n = node(e.kind == Ex::BoxAction ? Op::BoxAction : Op::AngleAction, e.loc);
        n->kids = {expr(*e.kids[0], fn), primed([&] { return expr(*e.kids[1], fn); })};
        n->level = Level::Action;  // [A]_v and <<A>>_v are actions; [][A]_v is temporal
        return n;
      }
      case Ex::WF:
      case Ex::SF: {
        Node* n = node(e.kind == Ex::WF ? Op::WF : Op::SF, e.loc);
        n->kids = {expr(*e.kids[0], fn), expr(*e.kids[1], fn)};
        n->level = Level::Temporal;
        return n;
      }
      case Ex::Label: {
        return const_cast<Node*>(expr(*e.kids[0], fn));
      }
    }
    fail(e.loc, "unsupported expression");
  }
};

}  // namespace

namespace {
/// TLC's `\div` is Naturals.Divide unless the spec loads Integers anywhere (whose Divide
/// replaces it): binds every use to the one the whole spec gets, once all is loaded.
void bind_integer_division(ResolvedSpec& spec, bool integers_loaded) {
  const Builtin* nat = find_builtin("Naturals", "\\div");
  const Builtin* chosen = integer_division(integers_loaded);
  for (auto& d : spec.defs)
    if (d->native == nat) d->native = chosen;
}
}  // namespace

std::unique_ptr<ResolvedSpec> resolve(const ast::ModulePtr& root, ModuleLoader& loader,
                                      const ConstantBindings& constants) {
  auto spec = std::make_unique<ResolvedSpec>();
  Resolver r(loader, constants, *spec);
  r.run(root);
  bind_integer_division(*spec, loader.loaded("Integers"));
  return spec;
}

}  // namespace cairn
