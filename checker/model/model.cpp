#include "checker/model/model.hpp"

#include "checker/resolve/fold.hpp"

#include "checker/eval/eval.hpp"
#include "checker/value/intern_order.hpp"
#include "checker/resolve/level_check.hpp"
#include "checker/resolve/sany_names.hpp"
#include "checker/eval/natives/builtins.hpp"
#include "checker/report/report.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <sstream>

namespace cairn {

Value cfg_value(const cfg::Value& v, Interner& strings) {
  switch (v.kind) {
    case cfg::Value::Kind::Int: return Value::integer(v.ival);
    case cfg::Value::Kind::Str: return strings.str(v.sval);
    case cfg::Value::Kind::Bool: return Value::boolean(v.bval);
    case cfg::Value::Kind::ModelValue: return strings.model(v.sval);
    case cfg::Value::Kind::Set: {
      std::vector<Value> el;
      for (const auto& e : v.elems) el.push_back(cfg_value(e, strings));
      return make_set(std::move(el));
    }
    case cfg::Value::Kind::Tuple: {
      std::vector<Value> el;
      for (const auto& e : v.elems) el.push_back(cfg_value(e, strings));
      return make_tuple(std::move(el));
    }
  }
  return Value();
}

namespace {

[[noreturn]] void cfg_error(Loc loc, const std::string& msg) {
  throw Error(loc, msg, exit_code::config);
}

std::vector<std::string> search_dirs(const ModelOptions& o) {
  std::vector<std::string> dirs;
  std::filesystem::path sp(o.spec_path);
  dirs.push_back(sp.has_parent_path() ? sp.parent_path().string() : ".");
  for (const auto& l : o.libs) dirs.push_back(l);
  if (const char* tp = std::getenv("TLA_PATH")) {
    std::stringstream ss(tp);
    std::string d;
    while (std::getline(ss, d, ':'))
      if (!d.empty()) dirs.push_back(d);
  }
  return dirs;
}

Node* make_call(ResolvedSpec& s, Def* d, Loc loc) {
  s.nodes.push_back(std::make_unique<Node>(Op::Call, loc));
  Node* n = s.nodes.back().get();
  n->def = d;
  n->level = d->level;
  n->text = d->name;
  return n;
}

/// The definition a cfg entry names: must exist and take no arguments.
Def* named_def(Model& m, const cfg::Named& n, const char* what) {
  const Symbol* sym = m.spec->find(n.name);
  if (!sym || sym->k != Symbol::K::Def)
    cfg_error(n.loc, std::string("The ") + what + " " + n.name + " specified in the configuration file is not defined in the specification");
  if (sym->def->arity != 0)
    cfg_error(n.loc, std::string("The ") + what + " " + n.name + " specified in the configuration file takes arguments");
  return sym->def;
}

/// TLC's estimate of an expression's level (SymbolNodeValueLookupProvider.getLevelBound),
/// which decides what it pre-evaluates: unlike SANY's level it counts every argument of an
/// operator (used or not) and every LET definition (referenced or not).
class LevelBound {
 public:
  explicit LevelBound(const ResolvedSpec& s) : s_(s) {}

  int of(const Node* n) {
    switch (n->op) {
      case Op::StateVar: case Op::GhostVar: case Op::Enabled: return 1;
      case Op::Prime: case Op::Unchanged: case Op::BoxAction: case Op::AngleAction: case Op::Compose: return 2;
      case Op::WF: case Op::SF: case Op::Always: case Op::Eventually: case Op::LeadsTo: case Op::TemporalOther:
        return 3;
      default: break;
    }
    int level = 0;
    for (const Node* k : n->kids) level = std::max(level, of(k));
    for (const Binder& b : n->binders)
      if (b.set) level = std::max(level, of(b.set));
    if (n->op == Op::Call && n->def) level = std::max(level, of(n->def));
    if (n->op == Op::Let && !n->kids.empty()) {
      // The LET's definitions lie between `LET` and the body (the IR keeps only the calls).
      const Loc &from = n->loc, &to = n->kids[0]->loc;
      auto before = [](const Loc& a, const Loc& b) { return a.line < b.line || (a.line == b.line && a.col < b.col); };
      for (const auto& d : s_.defs)
        if (d->nested && d->loc.file == from.file && !before(d->loc, from) && before(d->loc, to))
          level = std::max(level, of(d.get()));
    }
    return level;
  }

  int of(const Def* d) {
    if (!d->body || d->native || !seen_.insert(d).second) return 0;
    return of(d->body);
  }

 private:
  const ResolvedSpec& s_;
  std::set<const Def*> seen_;  // a definition counts once (and recursion ends)
};

/// The value of a zero-argument constant-level definition, or nothing. TLC evaluates each
/// such definition once at startup (SpecProcessor.processConstantDefns) and the cfg then
/// sees a value, not an operator; one that fails to evaluate stays an operator (TLC
/// swallows the error there) and fails again where it is used.
std::optional<Value> constant_value(Model& m, const Def* d, Loc at) {
  if (d->level != Level::Constant || !d->body || d->arity != 0 || LevelBound(*m.spec).of(d) != 0) return std::nullopt;
  if (d->body->op == Op::Lit) return d->body->lit;
  Ctx c;
  c.worker = m.worker();
  FrameHolder fh(1, nullptr);
  try {
    return eval(make_call(*m.spec, const_cast<Def*>(d), at), fh.get(), c);
  } catch (const Error&) {
    return std::nullopt;
  }
}

/// TLC_CONFIG_ID_HAS_VALUE: a cfg invariant, constraint or property that is a constant
/// must be TRUE (TLC then checks nothing for it).
void require_true_constant(Model& m, const Def* d, const cfg::Named& n, const char* what) {
  std::optional<Value> v = constant_value(m, d, n.loc);
  if (v && !(v->is_bool() && v->as_bool()))
    cfg_error(n.loc, std::string("The ") + what + " of " + n.name + " is equal to " + to_string(*v));
}

NamedDef named(Model& m, const cfg::Named& n, const char* what, Level max_level = Level::Temporal,
               int level_code = exit_code::parse) {
  Def* d = named_def(m, n, what);
  // Level checking as SANY/TLC do it: an invariant must be a state predicate (no primes,
  // no temporal operators: TLC_INVARIANT_VIOLATED_LEVEL, exit 76), a constraint or an
  // action constraint an action (TLC evaluates a constraint's primes as an error).
  if (d->level > max_level)
    throw Error(d->loc, std::string("The ") + what + " " + n.name + " is not a " +
                            (max_level == Level::State ? "state predicate" : "action") +
                            " (it contains " + (d->level == Level::Action ? "primed variables or actions" : "temporal operators") + ")",
                level_code);
  if (max_level <= Level::Action) require_true_constant(m, d, n, what);
  NamedDef nd;
  nd.name = n.name;
  nd.node = make_call(*m.spec, d, n.loc);
  nd.frame_size = 0;
  nd.loc = n.loc;
  return nd;
}

/// A conjunct of a formula. `n` is written in the frame of `owner`, or, when it lies in
/// the bodies of operators applied to arguments (e.g. `ISpec == IM(y)!Spec`), in the
/// frame of the innermost of those `calls` (outermost first).
struct Piece {
  const Node* n;
  Def* owner;
  std::vector<const Node*> calls;
};

/// Conjuncts of a formula, looking through definitions as TLC's SpecProcessor does:
/// zero-argument ones in their own frame, applied ones with their arguments.
void flatten(const Node* n, std::vector<Piece>& out, Def* owner, std::vector<const Node*>& calls) {
  if (n->op == Op::And) {
    for (const Node* k : n->kids) flatten(k, out, owner, calls);
    return;
  }
  if (n->op == Op::Call && n->def->body && !n->def->native && n->def->level == Level::Temporal) {
    if (n->kids.empty() && calls.empty()) {
      flatten(n->def->body, out, n->def, calls);
      return;
    }
    calls.push_back(n);
    flatten(n->def->body, out, owner, calls);
    calls.pop_back();
    return;
  }
  out.push_back({n, owner, calls});
}

/// A conjunct of a PROPERTY with TLC's name for it (SpecProcessor.processConfigProps):
/// the conjunct of a `/\\` is named by its location, the body of a definition by the
/// definition's name; state-level definitions are looked into too, so each conjunct of
/// an initial predicate is checked (and named) on its own.
struct NamedPiece {
  Piece piece;
  std::string name;
};

void flatten_property(const Node* n, std::vector<NamedPiece>& out, Def* owner, std::vector<const Node*>& calls,
                      const std::string& name) {
  if (n->op == Op::And) {
    for (const Node* k : n->kids) flatten_property(k, out, owner, calls, tlc_location(k->loc));
    return;
  }
  if (n->op == Op::Call && n->def->body && !n->def->native && !n->def->recursive &&
      (n->def->level == Level::Temporal || n->def->level <= Level::State)) {
    if (n->kids.empty() && calls.empty()) {
      flatten_property(n->def->body, out, n->def, calls, n->def->name);
      return;
    }
    calls.push_back(n);
    flatten_property(n->def->body, out, owner, calls, n->def->name);
    calls.pop_back();
    return;
  }
  out.push_back({{n, owner, calls}, name});
}

std::vector<Piece> conjuncts(const Def* d) {
  std::vector<Piece> out;
  std::vector<const Node*> calls;
  flatten(d->body, out, const_cast<Def*>(d), calls);
  return out;
}

/// Part `x` of piece p, as an expression in the frame of p.owner: each call it lies in
/// becomes a call of a definition with the same frame and `x` as its body.
const Node* in_owner_frame(ResolvedSpec& s, const Node* x, const Piece& p) {
  for (size_t i = p.calls.size(); i-- > 0;) {
    const Node* call = p.calls[i];
    const Def* d = call->def;
    s.defs.push_back(std::make_unique<Def>());
    Def* w = s.defs.back().get();
    w->cache = s.caches.cell();
    w->name = d->name;
    w->module = d->module;
    w->loc = d->loc;
    w->body_loc = x->loc;
    w->arity = d->arity;
    w->inst_params = d->inst_params;
    w->param_arity = d->param_arity;
    w->frame_size = d->frame_size;
    w->nested = d->nested;
    w->body = x;
    w->level = x->level;
    w->resolved = true;
    s.nodes.push_back(std::make_unique<Node>(Op::Call, x->loc));
    Node* c = s.nodes.back().get();
    c->def = w;
    c->up = call->up;
    c->kids = call->kids;
    c->text = call->text;
    c->level = std::max(x->level, call->level);
    x = c;
  }
  return x;
}

void read_specification(Model& m, const cfg::Named& spec_name) {
  Def* sd = named_def(m, spec_name, "specification");
  for (const Piece& p : conjuncts(sd)) {
    const Node* n = p.n;
    Def* owner = p.owner;
    if (n->level <= Level::State) {
      n = in_owner_frame(*m.spec, n, p);
      if (m.init) {
        // Several state-level conjuncts: the initial predicate is their conjunction.
        m.spec->nodes.push_back(std::make_unique<Node>(Op::And, n->loc));
        Node* a = m.spec->nodes.back().get();
        a->kids = {m.init, n};
        a->level = Level::State;
        if (m.init_owner != owner && m.init->op != Op::Call && n->op != Op::Call)
          cfg_error(spec_name.loc, "the initial predicate of " + spec_name.name + " is spread over several definitions");
        if (n->op != Op::Call) m.init_owner = owner;
        m.init = a;
        continue;
      }
      m.init = n;
      m.init_owner = owner;
      continue;
    }
    if (n->op == Op::Always && n->kids[0]->op == Op::BoxAction) {
      if (m.next) cfg_error(spec_name.loc, "the specification " + spec_name.name + " has more than one next-state relation");
      const Node* next = n->kids[0]->kids[0];
      if (next->op == Op::Call) m.next_name = next->def->name;
      m.next = in_owner_frame(*m.spec, next, p);
      m.actions = split_actions(m.next, owner, m.next_name, m.worker());
      continue;
    }
    if (n->op == Op::WF || n->op == Op::SF || n->level == Level::Temporal) {
      m.fairness.push_back(in_owner_frame(*m.spec, n, p));
      continue;
    }
    cfg_error(spec_name.loc, "cannot understand the conjunct at line " + std::to_string(n->loc.line) +
                                 " of the specification " + spec_name.name);
  }
  if (!m.init) cfg_error(spec_name.loc, "the specification " + spec_name.name + " has no initial predicate");
}

void read_property(Model& m, const cfg::Named& p) {
  Def* d = named_def(m, p, "property");
  require_true_constant(m, d, p, "property");
  std::vector<NamedPiece> pieces;
  std::vector<const Node*> calls;
  flatten_property(d->body, pieces, d, calls, p.name);
  for (const auto& [piece_, name] : pieces) {
    const auto& piece = piece_;  // a structured binding cannot be captured (clang 14)
    const Node* n = piece.n;
    Def* owner = piece.owner;
    auto local = [&](const Node* x) { return in_owner_frame(*m.spec, x, piece); };
    NamedDef nd;
    nd.name = p.name;
    nd.frame_size = owner->frame_size;
    nd.loc = p.loc;
    if (n->level <= Level::State) {
      // TLC's implied init: checked on the initial states only, named by its conjunct.
      nd.name = name;
      nd.node = local(n);
      m.implied_inits.push_back(nd);
    } else if (n->op == Op::Always && n->kids[0]->level <= Level::State) {
      const Node* inv = n->kids[0];
      nd.name = inv->op == Op::Call && inv->kids.empty() ? inv->def->name : name;
      nd.node = local(inv);  // []P with P a state predicate: an invariant
      m.invariants.push_back(nd);
    } else if (n->op == Op::Always && n->kids[0]->op == Op::BoxAction) {
      nd.name = name;
      nd.node = local(n->kids[0]);  // [][A]_v: checked on every step
      m.action_properties.push_back(nd);
    } else {
      nd.node = local(n);
      m.properties.push_back(nd);
    }
  }
}

/// TLC's checks of `C <- Op` for a declared CONSTANT C (SpecProcessor.processConstantDefns):
/// Op must take as many arguments as C, and a constant C (no arguments) must be replaced
/// by a constant-level Op (TLC evaluates it once, before any state exists).
void check_constant_substitutions(const Model& m) {
  const auto& declared = m.spec->constants_declared;
  for (const auto& ov : m.config.overrides) {
    if (!ov.module.empty() || std::find(declared.begin(), declared.end(), ov.name) == declared.end()) continue;
    const Symbol* c = m.spec->find(ov.name);
    const Symbol* t = m.spec->find(ov.target);
    if (!c || c->k != Symbol::K::Def || !t || t->k != Symbol::K::Def) continue;
    if (t->def->arity != c->def->arity)
      cfg_error(ov.loc, "The configuration file substitutes for " + ov.name + " with " + ov.target +
                            " of different number of arguments.");
    if (c->def->arity == 0 && t->def->level > Level::Constant)
      cfg_error(ov.loc, "The configuration file substitutes constant " + ov.name + " with non-constant " +
                            ov.target);
  }
}

}  // namespace

std::unique_ptr<Model> load_model(const ModelOptions& o, std::shared_ptr<Session> session) {
  auto m = std::make_unique<Model>();
  if (session) m->session = std::move(session);
  m->spec_path = o.spec_path;
  m->loader = std::make_unique<ModuleLoader>(search_dirs(o), m->session->sources);
  ConstantBindings bindings;
  if (!o.parse_only) {
    std::string cfg_path = o.cfg_path;
    if (cfg_path.empty()) {
      std::filesystem::path p(o.spec_path);
      p.replace_extension(".cfg");
      cfg_path = p.string();
    }
    m->cfg_path = cfg_path;
    // TLC parses the cfg first, so its model values are interned (ordered) first.
    const SourceFile* cfg_file;
    try {
      cfg_file = &m->loader->read_file(cfg_path);
    } catch (const Error& e) {
      // TLC: a ConfigFileException ("File not found."), exit 255, not a system error.
      throw Error(e.loc(), e.what(), exit_code::other);
    }
    Diagnostics diags;
    auto cfgopt = cfg::parse_config(*cfg_file, diags);
    if (!cfgopt || !diags.empty()) {
      Loc loc = diags.empty() ? Loc{} : diags.items[0].loc;
      std::string msg = diags.empty() ? "cannot parse the configuration file" : diags.items[0].message;
      // TLC's cfg parser throws a ConfigFileException, which TLC reports as an unexpected
      // exception (exit 255); 151 is for a cfg that parses but does not fit the spec.
      throw Error(loc, msg, exit_code::other);
    }
    m->config = std::move(*cfgopt);
    for (const auto& a : m->config.constants) {
      if (a.module.empty()) bindings.values[a.name] = cfg_value(a.value, m->session->run.strings);
      else bindings.module_values[{a.module, a.name}] = cfg_value(a.value, m->session->run.strings);
    }
    for (const auto& ov : m->config.overrides) {
      if (ov.module.empty()) bindings.overrides[ov.name] = ov.target;
      else bindings.module_overrides[{ov.module, ov.name}] = ov.target;
    }
  }
  ast::ModulePtr root = m->loader->load_root(o.spec_path);
  intern_in_tlc_order(root, *m->loader, m->session->run.strings);
  check_sany_names(*root, *m->loader);
  m->spec = resolve(root, *m->loader, bindings, m->session->run.strings);
  level_check(*m->spec);
  int vars = static_cast<int>(m->spec->var_names.size());
  m->session->run.set_state_size(vars, vars + m->spec->ghost_vars);
  for (const auto& n : m->spec->nodes) make_immortal(n->lit);  // literals and constants
  if (o.parse_only) return m;
  fold_closed_constants(*m->spec);

  const cfg::Config& c = m->config;
  for (const auto& a : c.constants) {
    // TLC ignores assignments to names the spec does not declare (a cfg may be shared).
    (void)a;
  }
  for (const auto& name : m->spec->constants_declared) {
    if (!bindings.values.count(name) && !bindings.overrides.count(name)) {
      const Symbol* s = m->spec->find(name);
      // An operator constant `C(_)` is a declared Def until the cfg replaces it.
      if (s && (s->k == Symbol::K::Const || (s->k == Symbol::K::Def && s->declared && s->arity > 0)))
        throw Error(s->loc, "The constant parameter " + name + " is not assigned a value by the configuration file.",
                    exit_code::config);
    }
  }
  check_constant_substitutions(*m);
  if (c.specification && (c.init || c.next))
    cfg_error(c.specification->loc, "The configuration file cannot specify both INIT/NEXT and SPECIFICATION fields.");
  if (c.specification) {
    read_specification(*m, *c.specification);
  } else if (!c.init && !c.next) {
    // Only constants and ASSUMEs: TLC checks the assumptions and stops.
    m->assumptions_only = true;
    return m;
  } else {
    if (!c.init) cfg_error(Loc{c.file, 1, 1}, "The configuration file does not specify INIT or SPECIFICATION");
    Def* idef = named_def(*m, *c.init, "initial predicate");
    // TLC does not level-check Init: a primed variable in it is an evaluation error
    // (exit 75), temporal operators are SANY's matter.
    if (idef->level > Level::Action)
      throw Error(idef->loc, "The initial predicate " + idef->name + " is not a state predicate", exit_code::parse);
    if (constant_value(*m, idef, c.init->loc))
      throw Error(c.init->loc, "The initial predicate " + idef->name + " cannot be a constant.", exit_code::config);
    m->init = make_call(*m->spec, idef, c.init->loc);
    if (c.next) {
      Def* nd = named_def(*m, *c.next, "next state action");
      if (nd->level > Level::Action)
        throw Error(nd->loc, "The next-state relation " + nd->name + " is not an action (it contains temporal operators)", exit_code::parse);
      if (constant_value(*m, nd, c.next->loc))
        throw Error(c.next->loc, "The next state action " + nd->name + " cannot be a constant.", exit_code::config);
      m->next = make_call(*m->spec, nd, c.next->loc);
      m->next_name = nd->name;
      m->actions = split_actions(m->next, nullptr, nd->name, m->worker());
    }
  }
  for (const auto& n : c.invariants) m->invariants.push_back(named(*m, n, "invariant", Level::State, exit_code::eval_invariant));
  for (const auto& n : c.constraints) m->constraints.push_back(named(*m, n, "constraint", Level::Action));
  for (const auto& n : c.action_constraints)
    m->action_constraints.push_back(named(*m, n, "action constraint", Level::Action));
  for (const auto& n : c.properties) read_property(*m, n);
  if (!m->next) {
    // TLC (SpecProcessor.processSpec): a cfg error when there is something to check on
    // steps, else the run stops after Init (ModelChecker: TLC_STATES_AND_NO_NEXT_ACTION).
    if (!m->invariants.empty() || !m->action_properties.empty() || !m->properties.empty())
      cfg_error(Loc{c.file, 1, 1}, "The configuration file did not specify the next state predicate.");
    throw Error(Loc{c.file, 1, 1}, "No next state actions defined to generate successor states from.", exit_code::eval_spec);
  }
  if (c.view) m->view = named(*m, *c.view, "view");
  if (c.symmetry) m->symmetry = named(*m, *c.symmetry, "symmetry");
  if (c.alias) m->alias = named(*m, *c.alias, "alias");
  if (c.postcondition) m->postcondition = named(*m, *c.postcondition, "postcondition");
  m->check_deadlock = c.check_deadlock.value_or(true) && !o.no_deadlock;
  const char* interpret_env = std::getenv("CAIRN_INTERPRET");
  m->compile_predicates = !o.interpret && !(interpret_env && *interpret_env && std::string(interpret_env) != "0");
  m->explain_compiled = o.explain_compiled;
  if (m->compile_predicates) {
    m->leaves = std::make_unique<ActionLeaves>();
    m->session->run.leaves = m->leaves.get();
  }
  return m;
}

Model::~Model() {
  if (session && leaves && session->run.leaves == leaves.get()) session->run.leaves = nullptr;
}

}  // namespace cairn
