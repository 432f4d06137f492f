// TLC orders strings and model values by the order in which they were first interned
// (../shared/notes/tlc-semantics.md §1.2): cfg values first (the cfg is parsed before
// anything else), then every identifier of the root module in textual order (record
// field names included), then the identifiers of the other modules in the order they
// are parsed, then string literals module by module in dependency order (standard
// modules first, the root last). CHOOSE, the printing order of sets and records, and
// SYMMETRY representatives depend on it, so cairn interns in the same order before it
// resolves anything.
#include "checker/value/intern_order.hpp"

#include <functional>
#include <set>

#include "checker/value/value.hpp"

namespace cairn {

namespace {

using ast::Expr;
using ast::Unit;

struct Walker {
  Interner& table;
  std::vector<std::string>* strings = nullptr;  // string literals, collected for later

  void id(const std::string& s) {
    if (!s.empty()) table.intern(s);
  }

  void bounds(const std::vector<ast::Bound>& bs) {
    for (const auto& b : bs) {
      for (const auto& n : b.names) id(n);
      if (b.set) expr(*b.set);
    }
  }

  void unit(const Unit& u) {
    id(u.name);
    for (const auto& p : u.params) id(p.name);
    bounds(u.bounds);
    if (u.kind == ast::UnitKind::Instance) {
      id(u.inst.module);
      for (const auto& w : u.inst.with) {
        id(w.name);
        if (w.value) expr(*w.value);
      }
    }
    if (u.body) expr(*u.body);
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ast::Ex::Str:
        if (strings) strings->push_back(e.sval);
        return;
      case ast::Ex::Name:
        for (const auto& seg : e.path) {
          id(seg.name);
          for (const auto& a : seg.args) expr(*a);
        }
        return;
      case ast::Ex::Dot:
        expr(*e.kids[0]);
        id(e.sval);
        return;
      case ast::Ex::RcdCons:
      case ast::Ex::RcdSet:
        for (size_t i = 0; i < e.fields.size(); ++i) {
          id(e.fields[i]);
          if (i < e.kids.size()) expr(*e.kids[i]);
        }
        return;
      case ast::Ex::Except:
        expr(*e.kids[0]);
        for (const auto& spec : e.excepts) {
          for (const auto& step : spec.path) {
            if (step.is_field) id(step.field);
            for (const auto& a : step.args) expr(*a);
          }
          if (spec.value) expr(*spec.value);
        }
        return;
      case ast::Ex::SetMap:
      case ast::Ex::FcnCons:
        // Written `{e : x \in S}` / `[x \in S |-> e]`: binders come after the expression
        // only for SetMap; the difference does not matter for identifiers already seen.
        if (e.kind == ast::Ex::SetMap) {
          for (const auto& k : e.kids) expr(*k);
          bounds(e.bounds);
        } else {
          bounds(e.bounds);
          for (const auto& k : e.kids) expr(*k);
        }
        return;
      case ast::Ex::Let:
        for (const auto& d : e.defs) unit(*d);
        for (const auto& k : e.kids) expr(*k);
        return;
      case ast::Ex::Lambda:
      case ast::Ex::Label:
        if (e.kind == ast::Ex::Label) id(e.sval);
        for (const auto& p : e.params) id(p.name);
        for (const auto& k : e.kids) expr(*k);
        return;
      default:
        bounds(e.bounds);
        for (const auto& k : e.kids) expr(*k);
        return;
    }
  }

  void module(const ast::Module& m) {
    id(m.name);
    for (const auto& x : m.extends) id(x);
    for (const auto& u : m.units) {
      if (u->kind == ast::UnitKind::Submodule && u->nested) module(*u->nested);
      else unit(*u);
    }
  }
};

std::vector<std::string> module_deps(const ast::Module& m) {
  std::vector<std::string> out(m.extends.begin(), m.extends.end());
  std::function<void(const ast::Module&)> scan_units = [&](const ast::Module& mod) {
    for (const auto& u : mod.units) {
      if (u->kind == ast::UnitKind::Instance) out.push_back(u->inst.module);
      if (u->kind == ast::UnitKind::Submodule && u->nested) scan_units(*u->nested);
    }
  };
  scan_units(m);
  return out;
}

}  // namespace

void intern_in_tlc_order(const ast::ModulePtr& root, ModuleLoader& loader, Interner& table) {
  // Parse phase: identifiers, root first, then the other modules as they are reached.
  std::vector<ast::ModulePtr> order{root};
  std::set<std::string> seen{root->name};
  for (size_t i = 0; i < order.size(); ++i) {
    for (const auto& dep : module_deps(*order[i])) {
      if (seen.count(dep)) continue;
      seen.insert(dep);
      try {
        order.push_back(loader.load(dep, Loc{}));
      } catch (const Error&) {
        // Missing modules are reported (with their location) by resolution.
      }
    }
  }
  Walker ids{table};
  for (const auto& m : order) ids.module(*m);
  // Semantic phase: string literals, dependencies before dependents (root last).
  std::set<std::string> done;
  std::function<void(const ast::ModulePtr&)> visit = [&](const ast::ModulePtr& m) {
    if (done.count(m->name)) return;
    done.insert(m->name);
    for (const auto& dep : module_deps(*m))
      for (const auto& o : order)
        if (o->name == dep) visit(o);
    std::vector<std::string> strings;
    Walker w{table, &strings};
    // Walk without interning identifiers again (they are all interned already).
    w.module(*m);
    for (const auto& s : strings) table.intern(s);
  };
  visit(root);
}

}  // namespace cairn
