// Module scopes: the top-level names of each module, its EXTENDS, declarations and units.
#include "checker/resolve/resolver.hpp"

namespace cairn::resolver {

Def* Resolver::new_def(const std::string& name, const std::string& module, Loc loc) {
  out_.defs.push_back(std::make_unique<Def>());
  Def* d = out_.defs.back().get();
  d->cache = out_.caches.cell();
  d->name = name;
  d->module = module;
  d->loc = loc;
  return d;
}

ModScope* Resolver::plain_scope(const std::string& name, Loc at) {
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

void Resolver::add_symbol(ModScope* s, const Symbol& sym) {
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

void Resolver::import_all(ModScope* into, const ModScope* from, Loc at, bool as_local, bool from_instance) {
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

void Resolver::set_inst_params(ModScope* s, const InstCtx& inst) {
  if (inst.enclosing)
    for (size_t i = 0; i < inst.enclosing->inst_param_names.size(); ++i) {
      s->inst_param_names.push_back("$" + inst.enclosing->inst_param_names[i]);
      s->inst_param_arity.push_back(inst.enclosing->inst_param_arity[i]);
    }
  s->inst_param_names.insert(s->inst_param_names.end(), inst.params.begin(), inst.params.end());
  s->inst_param_arity.insert(s->inst_param_arity.end(), inst.param_arity.begin(), inst.param_arity.end());
}

ModScope* Resolver::build_scope(const ast::Module& m, InstCtx* inst, bool is_root, bool via_extends) {
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

void Resolver::declare_param(const ast::Param& p, ModScope* s, InstCtx* inst, bool is_var, bool is_root) {
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

void Resolver::unit(const ast::Unit& u, ModScope* s, InstCtx* inst, bool is_root, const ast::Module& m) {
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

void Resolver::theorem(const ast::Unit& u, ModScope* s, InstCtx* inst) {
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

const ast::Unit& Resolver::statement_unit(const ast::Unit& u) {
  auto fake = std::make_shared<ast::Unit>(ast::UnitKind::OpDef, u.loc);
  fake->body = u.body;
  fake->name = u.name;
  synth_units_.push_back(fake);
  return *fake;
}

bool Resolver::declares_variables(const ast::Module& m, int depth) {
  for (const auto& up : m.units)
    if (up->kind == ast::UnitKind::Variables) return true;
  if (depth > 32) return false;
  for (size_t i = 0; i < m.extends.size(); ++i)
    if (declares_variables(*loader_.load(m.extends[i], m.loc), depth + 1)) return true;
  return false;
}

void Resolver::compile_def(Def* d, const ast::Unit& u, ModScope* s, InstCtx* inst) {
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
    d->literal_body = u.body->kind == ast::Ex::Num || u.body->kind == ast::Ex::Str;
  }
  d->strict_args = s->module == "SequencesExt" && (u.name == "ReplaceFirstSubSeq" || u.name == "ReplaceAllSubSeqs");
  d->resolving = false;
  d->resolved = true;
  d->frame_size = size;
  d->level = d->body->level;
  analyse_params(d);
}

}  // namespace cairn::resolver
