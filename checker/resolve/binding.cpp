#include "checker/resolve/binding.hpp"

#include <algorithm>

#include "checker/eval/natives/builtins.hpp"

namespace cairn {

void apply_cfg_overrides(ResolvedSpec& out, const ConstantBindings& consts,
                         const std::vector<PendingOverride>& overrides) {
  for (const auto& po : overrides) {
    auto it = out.root->syms.find(po.target);
    if (it == out.root->syms.end())
      throw Error(po.loc, "the configuration substitutes '" + po.target + "' for '" +
                              po.placeholder->name + "', but '" + po.target + "' is not defined",
                  exit_code::config);
    Def* d = po.placeholder;
    const Symbol& t = it->second;
    Node* call = nullptr;
    if (t.k == Symbol::K::Def) {
      call = out.new_node(Op::Call, po.loc);
      call->def = t.def;
    } else if (t.k == Symbol::K::Builtin) {
      call = out.new_builtin_node(t.builtin, po.loc);
    } else if (t.k == Symbol::K::Const || t.k == Symbol::K::Var) {
      call = out.new_node(t.k == Symbol::K::Var ? Op::StateVar : Op::Lit, po.loc);
      call->slot = t.slot;
      if (t.k == Symbol::K::Const) {
        auto cv = consts.values.find(t.name);
        if (cv != consts.values.end()) call->lit = cv->second;
        call->text = t.name;
      }
    } else {
      throw Error(po.loc, "cannot substitute '" + po.target + "' for '" + d->name + "'",
                  exit_code::config);
    }
    d->frame_size = std::max(d->frame_size, d->arity);
    for (int i = 0; i < d->arity; ++i) {
      Node* a = out.new_node(Op::Local, po.loc);
      a->slot = i;
      call->kids.push_back(a);
    }
    call->text = po.target;
    d->body = call;
    d->native = nullptr;
    d->level = t.k == Symbol::K::Def ? t.def->level : Level::Constant;
    d->resolved = true;
  }
}

bool bind_native(Def* d, const ast::Unit& u, const std::string& module) {
  const Builtin* b = find_builtin(module, u.name);
  if (!b || (b->arity != static_cast<int>(u.params.size()) && u.kind != ast::UnitKind::FcnDef)) return false;
  d->native = b;
  d->arity = b->arity;
  d->param_arity.clear();
  for (int i = 0; i < b->arity; ++i)
    d->param_arity.push_back(static_cast<size_t>(i) < u.params.size() ? u.params[static_cast<size_t>(i)].arity : 0);
  d->frame_size = b->arity;
  d->level = b->level;
  d->resolved = true;
  return true;
}

}  // namespace cairn
