// Expressions: each AST form compiled to IR nodes.
#include "checker/resolve/resolver.hpp"

#include <set>

namespace cairn::resolver {

Level Resolver::level_of(const Node* n) {
  Level l = Level::Constant;
  for (const Node* k : n->kids) l = max_level(l, k->level);
  for (const auto& b : n->binders)
    if (b.set) l = max_level(l, b.set->level);
  return l;
}

namespace {

/// Whether a GhostVar is reachable from n (through the bodies of the definitions it calls).
bool reaches_ghost(const Node* n, std::set<const Def*>& seen) {
  if (!n) return false;
  if (n->op == Op::GhostVar) return true;
  for (const Node* k : n->kids)
    if (reaches_ghost(k, seen)) return true;
  for (const Binder& b : n->binders)
    if (reaches_ghost(b.set, seen)) return true;
  if (n->def && n->def->body && seen.insert(n->def).second && reaches_ghost(n->def->body, seen)) return true;
  return false;
}

}  // namespace

const Node* Resolver::expr(const Expr& e, Fn& fn) {
  Node* n = expr_inner(e, fn);
  return n;
}

Node* Resolver::lit(Value v, Loc loc) {
  Node* n = node(Op::Lit, loc);
  n->lit = std::move(v);
  return n;
}

Node* Resolver::core_builtin(const std::string& name, Loc loc, std::vector<const Node*> kids) {
  const Builtin* b = find_builtin("", name);
  if (!b) fail(loc, "unknown operator " + name);
  Node* n = builtin_node(b, loc);
  n->kids = std::move(kids);
  n->text = name;
  n->level = level_of(n);
  return n;
}

Node* Resolver::closure_arg(const Expr& a, Fn& fn, int arity) {
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
  if (a.kind == Ex::OpSym && a.kids.empty()) {
    Node* n = lambda_closure(symbol_lambda(a), name, fn, arity);
    n->def->symbol_op = true;
    n->def->literal_body = false;
    return n;
  }
  fail(a.loc, "expected an operator as argument");
}

Node* Resolver::closure(Loc loc, const std::string& name, Def* d, const Builtin* b, int up, int own,
                        int want) {
  if (own != want)
    fail(loc, "operator '" + name + "' takes " + std::to_string(own) +
                  " argument(s), but the parameter expects " + std::to_string(want));
  Node* n = node(Op::Closure, loc);
  n->def = d;
  n->builtin = b;
  n->up = up;
  return n;
}

Node* Resolver::lambda_closure(const Expr& lam, const std::string& name, Fn& fn, int arity) {
  Def* d = new_def("LAMBDA", fn.mod->module, lam.loc);
  compile_local_def(d, lam.params, lam.kids[0], nullptr, fn);
  return closure(lam.loc, name, d, nullptr, 0, static_cast<int>(lam.params.size()), arity);
}

const Expr& Resolver::symbol_lambda(const Expr& a) {
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

Node* Resolver::name_ref(const Expr& e, Fn& fn) {
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

Node* Resolver::opsym(const Expr& e, Fn& fn) {
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

Node* Resolver::expr_inner(const Expr& e, Fn& fn) {
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
    case Ex::Str: return lit(strings_.str(e.sval), e.loc);
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
      n->fields.push_back(strings_.str(e.sval));
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
        n->fields.push_back(strings_.str(e.fields[i]));
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
            n->kids.push_back(lit(strings_.str(step.field), step.loc));
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
      if (scope_inst_.count(fn.mod)) {
        // WF_v(A) written in an instantiated module: TLC decides its ENABLED <<A>>_v as an
        // ENABLED written there (LNStateEnabled.eval: Tool.enabled in a branched context),
        // so a primed variable the instance substitutes by an expression is the instance's
        // own variable (a GhostVar), free to take any value. Kept as a third kid when that
        // makes a difference; <<A>>_v on a step stays the plain kids' (LNAction.eval).
        InstCtx* saved_cut = cut_inst_;
        int saved_priming = priming_;
        cut_inst_ = scope_inst_[fn.mod];
        priming_ = 0;
        Node* aa = node(Op::AngleAction, e.loc);
        aa->kids = {expr(*e.kids[1], fn), primed([&] { return expr(*e.kids[0], fn); })};
        aa->level = Level::Action;
        cut_inst_ = saved_cut;
        priming_ = saved_priming;
        std::set<const Def*> seen;
        if (reaches_ghost(aa, seen)) {
          Node* en = node(Op::Enabled, e.loc);
          en->kids = {aa};
          en->level = Level::State;
          en->text = "ENABLED";
          n->kids.push_back(en);
        }
      }
      return n;
    }
    case Ex::Label: {
      return const_cast<Node*>(expr(*e.kids[0], fn));
    }
  }
  fail(e.loc, "unsupported expression");
}

}  // namespace cairn::resolver
