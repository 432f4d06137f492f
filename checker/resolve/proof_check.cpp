#include "checker/resolve/proof_check.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "checker/eval/natives/builtins.hpp"

namespace cairn {
namespace {

using ast::ProofItem;
using ast::ProofRef;

[[noreturn]] void fail(Loc loc, const std::string& msg) { throw Error(loc, msg, exit_code::parse); }

// What the name of a fact or DEF entry denotes (SANY's node kinds, as far as they matter).
enum class Kind {
  Unknown,
  Fact,      // THEOREM or ASSUME name, or a proof step asserting a fact
  Def,       // operator or function definition (also DEFINE in a proof)
  Instance,  // M == INSTANCE ...
  Other,     // CONSTANT, VARIABLE, built-in, NEW / PICK / TAKE name
  Opaque,    // possibly a name imported by an INSTANCE step: not checked
};

struct Found {
  Kind kind = Kind::Unknown;
  size_t used = 0;  // path segments naming the symbol; the rest is a subexpression path
  ProofItem::K step = ProofItem::K::Fact;  // for a step name
  int arity = 0;              // of the symbol (-1: unknown, e.g. a NEW operator)
  size_t arity_at = 0;        // the segment naming it
  bool expr_statement = false;  // a THEOREM/ASSUME whose statement is an expression
};

// A name declared inside a proof. `depth` is 2 * level for what the following steps of
// the proof at that level see, 2 * level + 1 for what only the step's own proof sees.
struct Local {
  std::string name;
  Kind kind;
  ProofItem::K step;
  int depth;
};

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// SANY's selectorItemToString: `!3` is "argument selector 3".
std::string selector_text(const std::string& s) { return all_digits(s) ? "argument selector " + s : s; }

// The name M!N!Op of path[0..last] (SANY's curName).
std::string joined(const std::vector<ast::Segment>& path, size_t last) {
  std::string n;
  for (size_t i = 0; i <= last && i < path.size(); ++i) n += (i ? "!" : "") + path[i].name;
  return n;
}

bool is_step_name(const std::string& s) { return !s.empty() && s[0] == '<'; }

// SANY's parser names the step <01>2 <1>2 (references are not rewritten).
std::string canonical_step(const std::string& s) {
  size_t i = 1;
  while (i + 1 < s.size() && s[i] == '0' && std::isdigit(static_cast<unsigned char>(s[i + 1]))) ++i;
  return "<" + s.substr(i);
}

bool has_args(const ast::Expr& e) {
  return std::any_of(e.path.begin(), e.path.end(), [](const ast::Segment& s) { return !s.args.empty(); });
}

// HIDE accepts only names of theorems, assumptions and steps as expression facts
// (factCheck: any OpApplNode whose operator is not one); numbers, strings and LET are
// not OpApplNodes.
bool opappl_expression(const ast::Expr& e) {
  using ast::Ex;
  return e.kind != Ex::Num && e.kind != Ex::Decimal && e.kind != Ex::Str && e.kind != Ex::Let &&
         e.kind != Ex::Label && e.kind != Ex::Name;
}

const char* const kHideMsg =
    "The only expression allowed as a fact in a HIDE is the name of a theorem, assumption, or step.";
const char* const kDefMsg = "DEF clause entry should describe a defined operator.";

class Checker {
 public:
  Checker(const ModScope& scope, const ModuleLoader& loader, const std::string& module)
      : mod_(scope), loader_(loader), module_(module) {}

  void use_hide(const ast::UseHide& u) {
    for (const auto& f : u.facts) fact(f);
    for (const auto& d : u.defs) def_entry(d);
    if (u.hide)
      for (const auto& f : u.facts) hide_check(f);
  }

  void proof(const ast::Unit& thm) {
    for (const auto& n : thm.news) locals_.push_back({n, Kind::Other, ProofItem::K::Fact, 0});
    int level = 0;
    for (const auto& it : thm.proof) {
      if (it.k == ProofItem::K::By) {
        use_hide(*it.use);
        continue;
      }
      level = step_level(it.step, level);
      std::erase_if(locals_, [&](const Local& l) { return l.depth > 2 * level; });
      // A step asserting a fact is named before its proof; the others after them (SANY:
      // ThmOrAssumpDefNode vs the NumberedProofStep OpDefNode made after the step).
      bool fact_step = it.k == ProofItem::K::Fact;
      if (fact_step) name_step(it, level);
      if (it.use) use_hide(*it.use);
      if (!fact_step) name_step(it, level);
      for (const auto& n : it.scoped) locals_.push_back({n, Kind::Other, it.k, 2 * level + 1});
      for (const auto& n : it.binds) locals_.push_back({n, Kind::Other, it.k, 2 * level});
      for (const auto& n : it.defines) locals_.push_back({n, Kind::Def, it.k, 2 * level});
      if (it.k == ProofItem::K::Instance) locals_.push_back({"", Kind::Opaque, it.k, 2 * level});
    }
  }

 private:
  const ModScope& mod_;
  const ModuleLoader& loader_;
  const std::string& module_;
  std::vector<Local> locals_;

  // <3>x is at level 3; <+> one level deeper than the previous step, <*> at its level.
  static int step_level(const std::string& step, int prev) {
    size_t close = step.find('>');
    std::string n = step.substr(1, close == std::string::npos ? 0 : close - 1);
    if (n == "+") return prev + 1;
    if (n == "*") return std::max(prev, 1);
    if (!all_digits(n) || n.size() > 6) return std::max(prev, 1);
    return std::stoi(n);
  }

  void name_step(const ProofItem& it, int level) {
    size_t close = it.step.find('>');
    bool named = close != std::string::npos && close + 1 < it.step.size();
    if (named) locals_.push_back({canonical_step(it.step), Kind::Fact, it.k, 2 * level});
  }

  bool opaque() const {
    return std::any_of(locals_.begin(), locals_.end(), [](const Local& l) { return l.kind == Kind::Opaque; });
  }

  const Local* local(const std::string& name) const {
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it)
      if (it->kind != Kind::Opaque && it->name == name) return &*it;
    return nullptr;
  }

  // SANY's selectorToNode, FindingOpName: the longest prefix M!N!Op naming a symbol.
  Found lookup(const std::vector<ast::Segment>& path, bool as_fact) const {
    const std::string& head = path[0].name;
    if (const Local* l = local(head)) {
      // A path below a proof's own definition: perhaps M!Op of `M == INSTANCE ...`.
      if (path.size() > 1 && l->kind == Kind::Def) return {Kind::Opaque, path.size(), l->step, -1};
      return {l->kind, 1, l->step, -1};
    }
    if (is_step_name(path[0].name)) return {};
    const ModScope* scope = &mod_;
    for (size_t i = 0; i < path.size(); ++i) {
      const std::string& n = path[i].name;
      auto it = scope->syms.find(n);
      if (scope->facts.count(n)) {
        Found f{Kind::Fact, i + 1};
        f.arity_at = i;
        f.expr_statement = it != scope->syms.end();
        return f;
      }
      if (it == scope->syms.end()) {
        if (i > 0) return {};
        if (n == "TRUE" || n == "FALSE" || n == "BOOLEAN" || n == "STRING") return {Kind::Other, 1};
        const Builtin* b = find_builtin("", n);
        return b ? Found{Kind::Other, 1, ProofItem::K::Fact, b->arity} : Found{};
      }
      const Symbol& sym = it->second;
      Found f{Kind::Other, i + 1, ProofItem::K::Fact, sym.arity, i};
      if (sym.k == Symbol::K::Instance) {
        f.kind = Kind::Instance;
        f.arity = sym.inst_params;
        if (f.arity > 0 && as_fact) return f;  // its missing arguments are reported first
        if (i + 1 < path.size() && sym.inst) {
          scope = sym.inst;
          continue;
        }
        return f;
      }
      if (sym.k == Symbol::K::Def && !sym.declared) f.kind = Kind::Def;
      return f;
    }
    return {};
  }

  Found resolve(const ast::Expr& e, bool as_fact) const {
    Found f = lookup(e.path, as_fact);
    if (f.kind == Kind::Unknown && opaque()) f.kind = Kind::Opaque;
    if (f.kind == Kind::Unknown) {
      const ast::Segment& last = e.path.back();
      fail(last.loc.valid() ? last.loc : e.loc, "Unknown operator: `" + selector_text(last.name) + "'.");
    }
    return f;
  }

  void module_ref(const ProofRef& r) const {
    if (r.name == module_ || loader_.loaded(r.name)) return;
    fail(r.loc, "Module `" + r.name + "' used without being extended or instantiated.");
  }

  Found step_ref(const std::string& name, Loc loc) const {
    const Local* l = local(name);
    if (!l) {
      if (opaque()) return {Kind::Opaque, 1};
      fail(loc, "Unknown operator: `" + name + "'.");
    }
    return {l->kind, 1, l->step};
  }

  bool plain_name(const ProofRef& r) const {
    return r.k == ProofRef::K::Expr && r.expr->kind == ast::Ex::Name && !has_args(*r.expr);
  }

  void fact(const ProofRef& r) const {
    if (r.k == ProofRef::K::Module) return module_ref(r);
    if (r.k == ProofRef::K::Step) {
      Found f = step_ref(r.name, r.loc);
      if (f.kind == Kind::Fact && f.step != ProofItem::K::Fact)
        fail(r.loc, "Step number of non-fact used as a fact");
      return;
    }
    if (!plain_name(r)) return;  // an expression: not resolved here
    Found f = resolve(*r.expr, true);
    // selectorToNode with expectedArity 0: the operator's arguments must be given.
    if (f.arity > 0 && f.kind != Kind::Opaque)
      fail(r.loc, "The operator " + joined(r.expr->path, f.arity_at) + " requires " +
                      std::to_string(f.arity) + " arguments.");
    if (f.kind == Kind::Fact && f.step != ProofItem::K::Fact) {
      if (r.expr->path.size() > 1)
        fail(r.expr->path[0].loc, "Cannot take subexpression of `" + r.expr->path[0].name + "'.");
      fail(r.loc, "Step number of non-fact used as a fact");
    }
  }

  void def_entry(const ProofRef& r) const {
    if (r.k == ProofRef::K::Module) return module_ref(r);
    if (r.k == ProofRef::K::OpSym) return;
    Found f;
    if (r.k == ProofRef::K::Step) {
      f = step_ref(r.name, r.loc);
    } else {
      if (r.expr->kind != ast::Ex::Name) fail(r.loc, kDefMsg);
      for (const auto& s : r.expr->path)
        if (!s.args.empty()) fail(s.loc, "Selector `" + s.name + "' should not have argument(s).");
      f = resolve(*r.expr, false);
      if (f.kind == Kind::Opaque) return;
      if (f.used < r.expr->path.size()) fail(r.loc, kDefMsg);  // a subexpression
    }
    if (f.kind == Kind::Fact && f.step != ProofItem::K::Fact) {
      if (f.step != ProofItem::K::Define) fail(r.loc, "DEF clause entry refers to a non-definition step.");
      return;
    }
    bool step = r.k == ProofRef::K::Step || is_step_name(r.expr->path[0].name);
    if (f.kind == Kind::Other || (f.kind == Kind::Fact && step)) fail(r.loc, kDefMsg);
  }

  // UseOrHideNode.factCheck (HIDE only).
  void hide_check(const ProofRef& r) const {
    if (r.k != ProofRef::K::Expr) return;
    const ast::Expr& e = *r.expr;
    if (e.kind != ast::Ex::Name) {
      if (opappl_expression(e)) fail(r.loc, kHideMsg);
      return;
    }
    Found f = lookup(e.path, true);
    if (f.used == e.path.size()) {
      if (f.kind == Kind::Def || f.kind == Kind::Other) fail(r.loc, kHideMsg);
      return;
    }
    // A subexpression of an expression (not of an ASSUME/PROVE, which may select one of
    // its NEW declarations): a $Nop or LAMBDA application, not a fact's name.
    if (f.kind == Kind::Def || (f.kind == Kind::Fact && f.expr_statement)) fail(r.loc, kHideMsg);
  }
};

}  // namespace

void check_use_hide(const ast::UseHide& use, const ModScope& scope, const ModuleLoader& loader,
                    const std::string& module) {
  Checker(scope, loader, module).use_hide(use);
}

void check_proof(const ast::Unit& thm, const ModScope& scope, const ModuleLoader& loader,
                 const std::string& module) {
  Checker(scope, loader, module).proof(thm);
}

}  // namespace cairn
