#include "checker/resolve/resolve.hpp"
#include "checker/resolve/resolver.hpp"

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

namespace resolver {

void Resolver::run(const ast::ModulePtr& root) {
  out_.root_module = root->name;
  out_.root = build_scope(*root, nullptr, true);
  finish_overrides();
  for (Node* g : ghosts_) g->slot += static_cast<int>(out_.var_names.size());
  out_.ghost_vars = static_cast<int>(ghost_slots_.size());
}

}  // namespace resolver

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
                                      const ConstantBindings& constants, Interner& strings) {
  auto spec = std::make_unique<ResolvedSpec>();
  resolver::Resolver r(loader, constants, *spec, strings);
  r.run(root);
  bind_integer_division(*spec, loader.loaded("Integers"));
  return spec;
}

}  // namespace cairn
