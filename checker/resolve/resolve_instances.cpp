// INSTANCE substitutions, cfg overrides, ENABLED inside instances, and selectors (I!Op, Name!1).
#include "checker/resolve/resolver.hpp"

namespace cairn::resolver {

Node* Resolver::ghost_var(const std::string& name, const Node* sub, Loc loc) {
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

Def* Resolver::cut_variant(Def* d) {
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

void Resolver::record_substitutions(const ast::Unit& u, const ast::Module& im, ModScope* s) {
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

void Resolver::apply_def_override(Def* d, ModScope* s, bool) {
  auto ov = consts_.overrides.find(d->name);
  if (ov == consts_.overrides.end() || ov->second == d->name) return;
  (void)s;
  overrides_.push_back({d, ov->second, d->loc});
}

void Resolver::finish_overrides() {
  // TLC (SpecProcessor.processConstantDefns): `Op <- [M] Other` must name a definition
  // of a module M of the spec; a constant of M, or a name M lacks, is a cfg error.
  for (const auto& [key, target] : consts_.module_overrides)
    if (!module_overridden_.count(key))
      throw Error(Loc{}, "In the configuration file, the identifier " + key.second +
                             " does not appear in the specification.", exit_code::config);
  apply_cfg_overrides(out_, consts_, overrides_);
}

std::vector<const Node*> Resolver::inst_param_refs(Fn& fn, Loc loc, int n) {
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

auto Resolver::selector_head(const Expr& e, const Fn& fn) -> std::optional<SelHead> {
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

std::string Resolver::path_text(const Expr& e) {
  std::string t;
  for (const auto& seg : e.path) t += (t.empty() ? "" : "!") + (seg.name.empty() ? "(...)" : seg.name);
  return t;
}

Def* Resolver::selector_def(const Expr& e, const SelHead& h, bool as_op, Selection& sel) {
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

std::vector<const Node*> Resolver::selector_inst_args(const Expr& e, const SelHead& h, Fn& fn) {
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

std::vector<const Node*> Resolver::instance_args(const ast::Segment& seg, const Symbol& inst,
                                                 Fn& fn, bool first) {
  size_t own = seg.args.size();
  size_t offset = inst.inst->inst_param_arity.size() - std::min(own, inst.inst->inst_param_arity.size());
  std::vector<const Node*> out;
  if (first && offset > 0) out = inst_param_refs(fn, seg.loc, static_cast<int>(offset));
  auto more = args_for(seg.args, inst.inst->inst_param_arity, offset, fn);
  out.insert(out.end(), more.begin(), more.end());
  return out;
}

Node* Resolver::selector_ref(const Expr& e, const SelHead& h, Fn& fn) {
  Selection sel;
  Def* d = selector_def(e, h, false, sel);
  std::vector<const Node*> args = selector_inst_args(e, h, fn);
  auto more = args_for(sel.args, d->param_arity, args.size(), fn);
  args.insert(args.end(), more.begin(), more.end());
  return call_def(d, std::move(args), e.loc, d->name, 0);
}

Node* Resolver::selector_closure(const Expr& a, const SelHead& h, Fn& fn, int arity) {
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

}  // namespace cairn::resolver
