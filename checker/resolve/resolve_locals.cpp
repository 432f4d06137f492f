// Names bound inside a definition (bound variables, parameters, LET) and their frame slots.
#include "checker/resolve/resolver.hpp"

namespace cairn::resolver {

void Resolver::binders(const std::vector<ast::Bound>& bs, Fn& fn, LocalScope& scope,
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

void Resolver::declare_params(const std::vector<ast::Param>& ps, Fn& fn, LocalScope& scope, Def* d) {
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

void Resolver::compile_local_def(Def* d, const std::vector<ast::Param>& ps,
                                 const ast::ExprPtr& body, const std::vector<ast::Bound>* fbounds,
                                 Fn& fn) {
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
    d->literal_body = body->kind == ast::Ex::Num || body->kind == ast::Ex::Str;
  }
  fn.locals = saved;
  fn.frame_sizes.pop_back();
  d->frame_size = size;
  d->level = d->body->level;
  d->resolved = true;
  d->body_loc = body->loc;
  analyse_params(d);
}

std::vector<const Node*> Resolver::args_for(const std::vector<ast::ExprPtr>& args,
                                            const std::vector<int>& param_arity, size_t offset,
                                            Fn& fn) {
  std::vector<const Node*> out;
  for (size_t i = 0; i < args.size(); ++i) {
    int ar = offset + i < param_arity.size() ? param_arity[offset + i] : 0;
    out.push_back(ar > 0 ? closure_arg(*args[i], fn, ar) : expr(*args[i], fn));
  }
  return out;
}

Node* Resolver::call_def(Def* d, std::vector<const Node*> args, Loc loc, const std::string& name, int up) {
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

int Resolver::def_up(const Def* d, const Fn& fn) const {
  auto it = let_depth_.find(d);
  return it == let_depth_.end() ? 0 : fn.depth() - it->second;
}

}  // namespace cairn::resolver
