#include "checker/resolve/sany_names.hpp"

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace cairn {
namespace {

using ast::Ex;
using ast::Expr;
using ast::UnitKind;

// SymbolNode kinds as far as addSymbol compares them.
enum class Kind { Const, Var, Def, Param, Bound, Instance, Thm };

struct Entry {
  Kind k = Kind::Def;
  int arity = 0;
  const void* origin = nullptr;  // the declaring AST node: the same node is one symbol
  std::string module;
  Loc loc;
  bool local = false;
  bool pending = false;  // declared RECURSIVE, not yet defined
};

using Ctx = std::vector<std::pair<std::string, Entry>>;  // in order of definition
using Exports = std::shared_ptr<const Ctx>;

// The built-in operators of SANY's global context (BuiltInOperators.java), as cairn's
// parser spells them.
bool builtin(const std::string& n) {
  static const std::unordered_set<std::string> b = {
      "TRUE", "FALSE", "BOOLEAN", "STRING", "=", "/=", ".", "'", "~", "/\\", "\\/", "<=>",
      "=>", "SUBSET", "UNION", "DOMAIN", "\\subseteq", "\\in", "\\notin", "\\", "\\cap",
      "\\cup", "\\X", "~>", "[]", "<>", "ENABLED", "UNCHANGED", "\\cdot", "-+->"};
  return b.count(n) > 0;
}

[[noreturn]] void fail(Loc loc, const std::string& msg) { throw Error(loc, msg, exit_code::parse); }

std::string where(const Entry& e) {
  if (!e.loc.valid()) return "module " + e.module;
  return "line " + std::to_string(e.loc.line) + ", col " + std::to_string(e.loc.col) + " of module " + e.module;
}

class Checker {
 public:
  explicit Checker(ModuleLoader& l) : loader_(l) {}

  Exports module(const ast::Module& m) {
    std::string saved = module_;
    module_ = m.name;
    Ctx own;
    stack_.push_back(&own);
    nested_.emplace_back();
    for (size_t i = 0; i < m.extends.size(); ++i) {
      Loc at = i < m.extends_locs.size() ? m.extends_locs[i] : m.loc;
      for (const auto& [n, e] : *find_module(m.extends[i], at)) merge(own, n, e);
    }
    for (const auto& u : m.units) unit(*u);
    check_pending(own);
    auto out = std::make_shared<Ctx>();
    for (const auto& [n, e] : own)
      if (!e.local) out->emplace_back(n, e);
    nested_.pop_back();
    stack_.pop_back();
    module_ = saved;
    return out;
  }

 private:
  ModuleLoader& loader_;
  std::string module_;
  std::vector<Ctx*> stack_;  // innermost last
  std::vector<std::map<std::string, Exports>> nested_;  // nested modules seen, per level
  std::map<std::string, Exports> external_;
  std::set<std::string> in_progress_;
  // Generator's LS stack: per definition body (and per label inside it), the names bound
  // since its start by quantifiers, CHOOSE, set builders, [x \in S |-> ..], LAMBDA; a
  // label there must list exactly them as its parameters.
  std::vector<std::vector<std::string>> label_scopes_{{}};
  bool labels_allowed_ = true;  // not in an unnamed ASSUME (no definition holds them)

  Exports find_module(const std::string& name, Loc at) {
    for (auto it = nested_.rbegin(); it != nested_.rend(); ++it) {
      auto f = it->find(name);
      if (f != it->end()) return f->second;
    }
    auto f = external_.find(name);
    if (f != external_.end()) return f->second;
    if (in_progress_.count(name)) return std::make_shared<Ctx>();  // cycle: resolve reports it
    in_progress_.insert(name);
    ast::ModulePtr m = loader_.load(name, at);
    std::vector<Ctx*> saved_stack;
    saved_stack.swap(stack_);  // an external module is checked on its own
    auto saved_nested = std::move(nested_);
    nested_.clear();
    Exports ex = module(*m);
    stack_.swap(saved_stack);
    nested_ = std::move(saved_nested);
    in_progress_.erase(name);
    external_[name] = ex;
    return ex;
  }

  Entry* find(const std::string& n) {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      for (auto& [name, e] : **it)
        if (name == n) return &e;
    return nullptr;
  }

  Entry entry(Kind k, int arity, const void* origin, Loc loc, bool local = false) {
    Entry e;
    e.k = k;
    e.arity = arity;
    e.origin = origin;
    e.module = module_;
    e.loc = loc;
    e.local = local;
    return e;
  }

  // Context.mergeExtendContext: names of extended modules unify unless one is declared
  // (CONSTANT/VARIABLE), the other defined (SANY's node classes differ).
  static int node_class(Kind k) { return k == Kind::Const || k == Kind::Var ? 0 : k == Kind::Thm ? 2 : 1; }
  void merge(Ctx& own, const std::string& n, Entry e) {
    e.local = false;
    for (const auto& [name, cur] : own)
      if (name == n) {
        if (cur.origin != e.origin && node_class(cur.k) != node_class(e.k))
          fail(e.loc, "The definition of '" + n + "' conflicts with its definition at " + where(cur) + ".");
        return;
      }
    own.emplace_back(n, e);
  }

  // SymbolTable.addSymbol.
  void add(const std::string& n, const Entry& e) {
    if (builtin(n)) fail(e.loc, "Symbol " + n + " is a built-in operator, and cannot be redefined.");
    Entry* cur = find(n);
    if (!cur) {
      stack_.back()->emplace_back(n, e);
      return;
    }
    if (cur->origin == e.origin) return;
    if (e.k == Kind::Param || e.k == Kind::Bound || cur->k != e.k || cur->arity != e.arity)
      fail(e.loc, "Multiply-defined symbol '" + n +
                      "': this definition or declaration conflicts with the one at " + where(*cur) + ".");
    // The same kind and arity from elsewhere: SANY warns and keeps the first.
  }

  // A definition (Generator.processOperator): an earlier visible name is an error unless
  // it is this level's RECURSIVE declaration.
  void define(const std::string& n, const Entry& e) {
    Entry* cur = find(n);
    if (cur && cur->pending && stack_.back()->size() > 0 && owns(*stack_.back(), cur)) {
      if (cur->arity != e.arity)
        fail(e.loc, "Definition of " + n + " has different arity than its RECURSIVE declaration.");
      cur->pending = false;
      return;
    }
    if (cur || builtin(n)) fail(e.loc, "Operator " + n + " already defined or declared.");
    add(n, e);
  }

  static bool owns(const Ctx& c, const Entry* e) {
    for (const auto& [n, x] : c)
      if (&x == e) return true;
    return false;
  }

  static void check_pending(const Ctx& c) {
    for (const auto& [n, e] : c)
      if (e.pending) fail(e.loc, "Symbol " + n + " declared in RECURSIVE statement but not defined.");
  }

  template <class F> void label_scope(std::vector<std::string> names, F f) {
    label_scopes_.push_back(std::move(names));
    f();
    label_scopes_.pop_back();
  }

  void check_label(const Expr& e) {
    if (!labels_allowed_) fail(e.loc, "Label not in definition or proof step.");
    std::set<std::string> given;
    for (const auto& p : e.params) given.insert(p.name);
    for (const auto& n : label_scopes_.back())
      if (!given.count(n)) fail(e.loc, "Label " + e.sval + " must contain formal parameter `" + n + "'.");
  }

  template <class F> void scoped(F f) {
    Ctx c;
    stack_.push_back(&c);
    f();
    stack_.pop_back();
  }

  void params(const std::vector<ast::Param>& ps) {
    for (const auto& p : ps) add(p.name, entry(Kind::Param, p.arity, &p, p.loc));
  }

  void recursive(const ast::Unit& u, bool local) {
    for (const auto& p : u.params) {
      Entry e = entry(Kind::Def, p.arity, &p, p.loc, local);
      define(p.name, e);
      find(p.name)->pending = true;
    }
  }

  void definition(const ast::Unit& u, bool local) {
    Loc at = u.loc;
    switch (u.kind) {
      case UnitKind::OpDef: {
        Entry e = entry(Kind::Def, static_cast<int>(u.params.size()), &u, at, local);
        Entry* cur = find(u.name);
        if (!(cur && cur->pending)) {
          if (cur || builtin(u.name)) fail(at, "Operator " + u.name + " already defined or declared.");
        }
        scoped([&] {
          params(u.params);
          label_scope({}, [&] {
            if (u.body) walk(*u.body);
          });
        });
        define(u.name, e);
        return;
      }
      case UnitKind::FcnDef:
        define(u.name, entry(Kind::Def, 0, &u, at, local));  // visible in its own body
        for (const auto& b : u.bounds)
          if (b.set) walk(*b.set);
        label_scope({}, [&] {
          scoped([&] {
            bind(u.bounds);
            if (u.body) walk(*u.body);
          });
        });
        return;
      case UnitKind::Instance:
        for (const auto& w : u.inst.with)
          if (w.value) walk(*w.value);
        if (!u.name.empty()) {
          scoped([&] { params(u.params); });
          define(u.name, entry(Kind::Instance, static_cast<int>(u.params.size()), &u, at, local));
          return;
        }
        for (const auto& [n, e] : *find_module(u.inst.module, u.inst.module_loc.valid() ? u.inst.module_loc : at)) {
          if (e.k == Kind::Const || e.k == Kind::Var) continue;  // substituted, not imported
          Entry copy = e;
          copy.local = local;
          add(n, copy);
        }
        return;
      case UnitKind::Recursive: recursive(u, local); return;
      default: return;
    }
  }

  void unit(const ast::Unit& u) {
    switch (u.kind) {
      case UnitKind::Constants:
      case UnitKind::Variables:
        for (const auto& p : u.params)
          add(p.name, entry(u.kind == UnitKind::Constants ? Kind::Const : Kind::Var, p.arity, &p, p.loc));
        return;
      case UnitKind::Assume:
      case UnitKind::Theorem:
        labels_allowed_ = !(u.kind == UnitKind::Assume && u.name.empty());
        label_scope({}, [&] {
          if (u.body) walk(*u.body);  // an ASSUME ... PROVE (no body) is not looked into
        });
        labels_allowed_ = true;
        if (!u.name.empty()) define(u.name, entry(Kind::Thm, 0, &u, u.loc));
        return;
      case UnitKind::Submodule:
        if (u.nested) {
          if (nested_.back().count(u.nested->name))
            fail(u.loc, "Multiply-defined module '" + u.nested->name + "'.");
          std::string saved = module_;
          Exports ex = module(*u.nested);
          module_ = saved;
          nested_.back()[u.nested->name] = ex;
        }
        return;
      case UnitKind::UseHide: return;
      default: definition(u, u.local); return;
    }
  }

  void bind(const std::vector<ast::Bound>& bs) {
    for (const auto& b : bs)
      for (size_t i = 0; i < b.names.size(); ++i) {
        Loc l = i < b.name_locs.size() ? b.name_locs[i] : b.loc;
        add(b.names[i], entry(Kind::Bound, 0, &b.names[i], l));
        label_scopes_.back().push_back(b.names[i]);
      }
  }

  /// f with the names it binds (bind, lambda parameters) dropped from the label scope after.
  template <class F> void binding(F f) {
    size_t n = label_scopes_.back().size();
    scoped(f);
    label_scopes_.back().resize(n);
  }

  void walk(const Expr& e) {
    switch (e.kind) {
      case Ex::SetFilter:
      case Ex::SetMap:
      case Ex::FcnCons:
      case Ex::Forall:
      case Ex::Exists:
      case Ex::Choose:
      case Ex::TForall:
      case Ex::TExists:
        for (const auto& b : e.bounds)
          if (b.set) walk(*b.set);
        binding([&] {
          bind(e.bounds);
          for (const auto& k : e.kids) walk(*k);
        });
        return;
      case Ex::Lambda:
        binding([&] {
          params(e.params);
          for (const auto& p : e.params) label_scopes_.back().push_back(p.name);
          for (const auto& k : e.kids) walk(*k);
        });
        return;
      case Ex::Label:
        check_label(e);
        label_scope({}, [&] {
          for (const auto& k : e.kids) walk(*k);
        });
        return;
      case Ex::Let: {
        Ctx c;
        stack_.push_back(&c);
        for (const auto& u : e.defs) definition(*u, false);
        for (const auto& k : e.kids) walk(*k);
        check_pending(c);
        stack_.pop_back();
        return;
      }
      case Ex::Name:
        for (const auto& s : e.path)
          for (const auto& a : s.args) walk(*a);
        return;
      case Ex::Except:
        for (const auto& k : e.kids) walk(*k);
        for (const auto& x : e.excepts) {
          for (const auto& st : x.path)
            for (const auto& a : st.args) walk(*a);
          if (x.value) walk(*x.value);
        }
        return;
      default:
        for (const auto& k : e.kids) walk(*k);
        return;
    }
  }
};

}  // namespace

void check_sany_names(const ast::Module& root, ModuleLoader& loader) {
  Checker c(loader);
  c.module(root);
}

}  // namespace cairn
