#include "checker/resolve/level_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "checker/eval/natives/builtins.hpp"

namespace cairn {

// The rules, from SANY (BuiltInOperators: the level of each operator and the maximum level
// of each argument; OpApplNode.levelCheck: the extra checks):
//  - x' and UNCHANGED e: e at most state level; the result is an action.
//  - ENABLED A: A at most an action; the result is a state predicate.
//  - [A]_v, <<A>>_v: A at most an action, v at most state level; the result is an action.
//  - WF_v(A), SF_v(A): v at most state level, A at most an action; temporal.
//  - []F, <>F, F ~> G, F -+-> G: temporal; A \cdot B: both at most actions.
//  - Logical operators, IF/CASE, \A/\E bodies, function and record constructors: any level.
//  - Every other operand (of =, \in, sets, tuples, function application, EXCEPT, CHOOSE,
//    set builders, ...): at most an action, so a temporal formula is not a value.
//  - A bound `x \in S` of any quantifier or builder: S at most an action.
// Checked on a definition's own text only (SANY's checks of the operator application):
//  - [] F with F an action must be [A]_v; <> F with F an action must be <<A>>_v.
//  - ~> and -+-> take no action; /\, \/, =>, <=> do not mix an action and a temporal formula.
//  - \A / \E over a temporal body has no action-level bound.
// A user-defined operator's parameters have level 0 in its own text; at an application
// the body is checked again with the arguments' levels, where only the argument bounds
// apply (SANY's level constraints of the parameters), and a failure is reported at that
// application. A bound variable has level 0.

namespace {

/// A level error; `own` when found in a definition's own text (parameters of level 0),
/// not caused by the arguments of an application being analysed.
struct LevelError : Error {
  bool own;
  LevelError(Loc loc, const std::string& msg, bool o) : Error(loc, msg, exit_code::parse), own(o) {}
};

struct AFrame;

/// What an expression denotes here: its level, or an operator passed as an argument
/// (a Closure node and the frame it was written in, or a declared operator parameter).
struct AVal {
  Level level = Level::Constant;
  const Node* op = nullptr;  // Closure node
  AFrame* env = nullptr;     // the frame the closure was written in
  int arity = -1;            // an operator: its number of arguments
};

/// One activation of a definition, as the evaluator's Frame: parameters, then bound variables.
struct AFrame {
  AFrame* parent = nullptr;
  std::vector<AVal> slots;
  uint64_t id = 0;
};

Level max_level(Level a, Level b) { return a > b ? a : b; }

int level_number(Level l) { return static_cast<int>(l); }

/// SANY's name of the operator an IR node applies (for messages).
std::string op_name(const Node* n) {
  switch (n->op) {
    case Op::Builtin: return n->builtin ? n->builtin->name : n->text;
    case Op::Prime: return "'";
    case Op::Unchanged: return "UNCHANGED";
    case Op::Enabled: return "ENABLED";
    case Op::BoxAction: return "$SquareAct";
    case Op::AngleAction: return "$AngleAct";
    case Op::WF: return "$WF";
    case Op::SF: return "$SF";
    case Op::SetEnum: return "$SetEnumerate";
    case Op::Tuple: return "$Tuple";
    case Op::SetFilter: return "$SubsetOf";
    case Op::SetMap: return "$SetOfAll";
    case Op::FcnApp: return "$FcnApply";
    case Op::FcnSet: return "$SetOfFcns";
    case Op::RcdSet: return "$SetOfRcds";
    case Op::CartProd: return "$CartesianProd";
    case Op::Dot: return "$RcdSelect";
    case Op::Except: return "$Except";
    case Op::Choose: return n->binders.empty() || n->binders[0].set ? "$BoundedChoose" : "$UnboundedChoose";
    case Op::Forall: return "$BoundedForall";
    case Op::Exists: return "$BoundedExists";
    case Op::FcnCons: return "$FcnConstructor";
    case Op::And: return "\\land";
    case Op::Or: return "\\lor";
    case Op::Implies: return "=>";
    case Op::Equiv: return "\\equiv";
    default: return n->text;
  }
}

class LevelChecker {
 public:
  /// A top-level definition in its own right: parameters of level 0.
  void check_def(const Def* d) {
    if (d->nested || !d->body || d->native) return;
    apply(d, own_args(d), nullptr, d->loc);
  }

  /// SANY's ModuleNode.levelCheck: an ASSUME (the definition of its statement) is constant.
  void check_assumption(const Def* d) {
    Level l = apply(d, own_args(d), nullptr, d->loc);
    if (l > Level::Constant)
      level_error(d->loc, "Level error: assumptions must be level 0 (Constant), but this one has level " +
                              std::to_string(level_number(l)) + ".");
  }

  /// SANY's InstanceNode.levelCheck: in a module that declares variables, a constant is
  /// replaced by a constant expression and a variable by one of at most state level; an
  /// operator constant is replaced by a Leibniz operator (one that does not put a
  /// parameter under a prime, ENABLED, UNCHANGED, [A]_v, a temporal operator...).
  void check_substitution(const InstanceSubst& is) {
    AFrame f;
    f.id = next_frame_id_++;
    f.slots.resize(static_cast<size_t>(is.frame_size));
    AVal v = eval(is.value, &f);
    Level max = is.variable ? Level::State : Level::Constant;
    if (!is.constant_module && is.arity == 0 && v.level > max)
      level_error(is.loc, "Level error in instantiating module '" + is.module +
                              "': the level of the expression or operator substituted for '" + is.param +
                              "' must be at most " + std::to_string(level_number(max)) + ".");
    if (is.arity > 0 && v.op && v.op->def && !leibniz(v.op->def))
      level_error(is.loc, "Error in instantiating module '" + is.module +
                              "': a non-Leibniz operator substituted for '" + is.param + "'.");
  }

 private:
  std::set<const Def*> active_;  // definitions being analysed (recursion ends there)
  std::map<std::tuple<const Def*, uint64_t, std::vector<int>>, Level> memo_;
  uint64_t next_frame_id_ = 1;
  bool substituting_ = false;  // analysing a body under its arguments' levels

  [[noreturn]] void level_error(Loc loc, const std::string& msg) const {
    throw LevelError(loc, msg, !substituting_);
  }

  // ---- Leibniz ------------------------------------------------------------------------

  std::map<const Def*, std::vector<bool>> leibniz_memo_;

  /// Whether d is Leibniz in every argument (its own parameters; a LET definition it
  /// calls is taken to be Leibniz).
  bool leibniz(const Def* d) {
    const std::vector<bool>& args = leibniz_args(d);
    return std::all_of(args.begin(), args.end(), [](bool b) { return b; });
  }

  const std::vector<bool>& leibniz_args(const Def* d) {
    auto it = leibniz_memo_.find(d);
    if (it != leibniz_memo_.end()) return it->second;
    leibniz_memo_[d].assign(static_cast<size_t>(d->arity), true);  // recursion: assume Leibniz
    std::vector<bool> ok(static_cast<size_t>(d->arity), true);
    if (d->body && !d->native) leibniz_scan(d->body, false, ok);
    return leibniz_memo_[d] = ok;
  }

  /// The operators whose operands are not Leibniz (SANY: argument weight 0).
  static bool non_leibniz_operands(const Node* n) {
    switch (n->op) {
      case Op::Prime: case Op::Unchanged: case Op::Enabled: case Op::BoxAction: case Op::AngleAction:
      case Op::WF: case Op::SF: case Op::Always: case Op::Eventually: case Op::LeadsTo:
      case Op::Compose: case Op::TemporalOther:
        return true;
      default:
        return false;
    }
  }

  /// Marks in ok the parameters (slots of the definition's own frame) that occur in n
  /// inside a non-Leibniz operand (under: n is inside one).
  void leibniz_scan(const Node* n, bool under, std::vector<bool>& ok) {
    if (n->op == Op::Local && n->up == 0 && under && n->slot >= 0 && static_cast<size_t>(n->slot) < ok.size())
      ok[static_cast<size_t>(n->slot)] = false;
    if (n->op == Op::StateVar && !n->primed) return;
    bool inner = under || non_leibniz_operands(n);
    for (size_t k = 0; k < n->kids.size(); ++k) {
      bool arg_under = inner;
      if (n->op == Op::Call && n->def && !n->def->nested) {
        const std::vector<bool>& callee = leibniz_args(n->def);
        if (k < callee.size() && !callee[k]) arg_under = true;
      }
      leibniz_scan(n->kids[k], arg_under, ok);
    }
    for (const Binder& b : n->binders)
      if (b.set) leibniz_scan(b.set, inner, ok);
  }

  static std::vector<AVal> own_args(const Def* d) {
    std::vector<AVal> args(static_cast<size_t>(d->arity));
    for (size_t i = 0; i < args.size() && i < d->param_arity.size(); ++i)
      if (d->param_arity[i] > 0) args[i].arity = d->param_arity[i];
    return args;
  }

  static bool plain(const std::vector<AVal>& args) {
    for (const AVal& a : args)
      if (a.level != Level::Constant || a.op) return false;
    return true;
  }

  static Level max_of(const std::vector<AVal>& args) {
    Level l = Level::Constant;
    for (const AVal& a : args) l = max_level(l, a.level);
    return l;
  }

  struct ActiveGuard {
    std::set<const Def*>& s;
    const Def* d;
    ActiveGuard(std::set<const Def*>& set, const Def* def) : s(set), d(def) { s.insert(d); }
    ~ActiveGuard() { s.erase(d); }
  };

  /// The level of d applied to args (d's parent frame: parent). Checks d's own text first
  /// (errors there are located in d), then the body under the arguments' levels; a bound
  /// broken only by the arguments is reported at `site`, as SANY does.
  Level apply(const Def* d, const std::vector<AVal>& args, AFrame* parent, Loc site) {
    if (d->native || !d->body || active_.count(d)) return max_of(args);
    bool own = plain(args);
    std::vector<int> key_levels;
    bool memoizable = true;
    for (const AVal& a : args) {
      if (a.op) memoizable = false;
      key_levels.push_back(level_number(a.level) * 64 + a.arity);
    }
    auto key = std::make_tuple(d, parent ? parent->id : 0, key_levels);
    if (memoizable) {
      auto it = memo_.find(key);
      if (it != memo_.end()) return it->second;
    }
    if (!own) apply(d, own_args(d), parent, site);
    bool outermost = !own && !substituting_;
    Level l;
    try {
      l = analyse_body(d, args, parent, own);
    } catch (const LevelError& e) {
      if (!outermost || e.own) throw;
      level_error(site, "Level error in applying operator " + d->name + ": the level of argument " +
                            std::to_string(culprit(d, args, parent) + 1) +
                            " exceeds the maximum level allowed by the operator.");
    }
    if (memoizable) memo_[key] = l;
    return l;
  }

  /// The level of d's body with its parameters bound to args. A top-level definition's
  /// own text (own: parameters of level 0) is checked in its own right; any other analysis
  /// substitutes.
  Level analyse_body(const Def* d, const std::vector<AVal>& args, AFrame* parent, bool own) {
    ActiveGuard g(active_, d);
    AFrame f;
    f.parent = parent;
    f.id = next_frame_id_++;
    f.slots.resize(static_cast<size_t>(std::max(d->frame_size, d->arity)));
    for (size_t i = 0; i < args.size() && i < f.slots.size(); ++i) f.slots[i] = args[i];
    bool saved = substituting_;
    substituting_ = own && !parent ? false : substituting_ || !own;
    try {
      Level l = eval(d->body, &f).level;
      substituting_ = saved;
      return l;
    } catch (...) {
      substituting_ = saved;
      throw;
    }
  }

  /// The first argument whose level alone breaks a bound in d's body.
  size_t culprit(const Def* d, const std::vector<AVal>& args, AFrame* parent) {
    std::vector<AVal> base = own_args(d);
    for (size_t i = 0; i < args.size(); ++i) {
      std::vector<AVal> one = base;
      one[i] = args[i];
      try {
        analyse_body(d, one, parent, false);
      } catch (const Error&) {
        return i;
      }
    }
    return 0;
  }

  // ---- expressions ---------------------------------------------------------------------

  /// Checks that operand k of n has level at most `max`.
  void bound(const Node* n, const AVal& v, size_t k, Level max) {
    if (v.level > max)
      level_error(n->loc, "Level error in applying operator " + op_name(n) + ": the level of argument " +
                              std::to_string(k + 1) + " exceeds the maximum level allowed by the operator.");
  }

  AVal kid(const Node* n, size_t k, AFrame* f, Level max) {
    AVal v = eval(n->kids[k], f);
    bound(n, v, k, max);
    return v;
  }

  /// Levels of all operands, each bounded by max; the result is their maximum.
  Level operands(const Node* n, AFrame* f, Level max) {
    Level l = Level::Constant;
    for (size_t k = 0; k < n->kids.size(); ++k) l = max_level(l, kid(n, k, f, max).level);
    return l;
  }

  /// The bounds `x \in S` of a quantifier or builder: S at most an action (own text only);
  /// the bound variables have level 0. Returns the maximum level of the sets.
  Level binders(const Node* n, AFrame* f, std::vector<Level>* each = nullptr) {
    Level l = Level::Constant;
    for (const Binder& b : n->binders) {
      Level bl = Level::Constant;
      if (b.set) bl = eval(b.set, f).level;
      if (bl > Level::Action && !substituting_)
        level_error(n->loc, "Level error in applying operator " + op_name(n) +
                                ": the level of the range for the bounded variable " +
                                (b.names.empty() ? std::string("?") : b.names[0]) +
                                " exceeds the maximum level allowed by the operator.");
      if (each) each->push_back(bl);
      l = max_level(l, bl);
      for (int s : b.slots)
        if (s >= 0 && static_cast<size_t>(s) < f->slots.size()) f->slots[static_cast<size_t>(s)] = AVal{};
    }
    return l;
  }

  static AFrame* walk_frames(AFrame* f, int up) {
    while (up-- > 0 && f) f = f->parent;
    return f;
  }

  AVal local(const Node* n, AFrame* f) {
    AFrame* t = walk_frames(f, n->up);
    if (!t || n->slot < 0 || static_cast<size_t>(n->slot) >= t->slots.size()) return AVal{};
    return t->slots[static_cast<size_t>(n->slot)];
  }

  static AVal of(Level l) {
    AVal v;
    v.level = l;
    return v;
  }

  Level call(const Node* n, AFrame* f) {
    const Def* d = n->def;
    std::vector<AVal> args;
    for (const Node* k : n->kids) args.push_back(eval(k, f));
    AFrame* parent = d->nested ? walk_frames(f, n->up) : nullptr;
    return apply(d, args, parent, n->loc);
  }

  Level call_param(const Node* n, AFrame* f) {
    AVal op = local(n, f);
    std::vector<AVal> args;
    for (const Node* k : n->kids) args.push_back(eval(k, f));
    if (!op.op || !op.op->def) return max_of(args);  // a declared operator: its arguments' level
    const Def* d = op.op->def;
    if (args.size() != static_cast<size_t>(d->arity)) return max_of(args);
    AFrame* parent = d->nested ? walk_frames(op.env, op.op->up) : nullptr;
    return apply(d, args, parent, n->loc);
  }

  /// [] F / <> F: an action argument must be [A]_v / <<A>>_v (SANY: "sensitive to stuttering").
  void stuttering(const Node* n, Level kl) {
    if (substituting_ || kl != Level::Action) return;
    const Node* k = n->kids[0];
    if (n->op == Op::Always && k->op != Op::BoxAction)
      level_error(n->loc, "[] followed by action not of form [A]_v.");
    if (n->op == Op::Eventually && k->op != Op::AngleAction)
      level_error(n->loc, "<> followed by action not of form <<A>>_v.");
  }

  Level junction(const Node* n, AFrame* f) {
    bool action = false, temporal = false;
    Level l = Level::Constant;
    for (const Node* k : n->kids) {
      Level kl = eval(k, f).level;
      action = action || kl == Level::Action;
      temporal = temporal || kl == Level::Temporal;
      l = max_level(l, kl);
    }
    if (action && temporal && !substituting_)
      level_error(n->loc, op_name(n) + " has both temporal formula and action as arguments.");
    return l;
  }

  Level quantifier(const Node* n, AFrame* f) {
    std::vector<Level> ranges;
    Level l = binders(n, f, &ranges);
    l = max_level(l, eval(n->kids.back(), f).level);
    if (l == Level::Temporal && !substituting_)
      for (size_t i = 0; i < ranges.size(); ++i)
        if (ranges[i] == Level::Action)
          level_error(n->binders[i].set->loc, "Action-level bound of quantified temporal formula.");
    return l;
  }

  AVal eval(const Node* n, AFrame* f) {
    switch (n->op) {
      case Op::Lit: return AVal{};
      case Op::StateVar:
      case Op::GhostVar: return of(n->primed ? Level::Action : Level::State);
      case Op::Local: return local(n, f);
      case Op::Closure: {
        AVal v;
        v.op = n;
        v.env = f;
        v.arity = n->def ? n->def->arity : n->builtin ? n->builtin->arity : -1;
        return v;
      }
      case Op::Call: return of(call(n, f));
      case Op::CallParam: return of(call_param(n, f));
      case Op::Builtin:
        // Operators of the language bound their operands to actions; those of standard
        // modules (natives of TLA+ definitions) take any level.
        return of(operands(n, f, n->builtin && *n->builtin->module == '\0' ? Level::Action : Level::Temporal));
      case Op::And: case Op::Or: case Op::Implies: case Op::Equiv: return of(junction(n, f));
      case Op::Not: case Op::If: case Op::Case: case Op::Let: case Op::Cached:
        return of(operands(n, f, Level::Temporal));
      case Op::Forall: case Op::Exists: return of(quantifier(n, f));
      case Op::FcnCons: {
        Level l = binders(n, f);
        return of(max_level(l, operands(n, f, Level::Temporal)));
      }
      case Op::Choose: case Op::SetFilter: case Op::SetMap: {
        Level l = binders(n, f);
        return of(max_level(l, operands(n, f, Level::Action)));
      }
      case Op::RcdCons: return of(operands(n, f, Level::Temporal));
      case Op::SetEnum: case Op::Tuple: case Op::FcnApp: case Op::FcnSet: case Op::RcdSet:
      case Op::CartProd: case Op::Dot:
        return of(operands(n, f, Level::Action));
      case Op::Except: {
        AVal base = kid(n, 0, f, Level::Action);
        if (n->except_at_slot >= 0 && static_cast<size_t>(n->except_at_slot) < f->slots.size())
          f->slots[static_cast<size_t>(n->except_at_slot)] = of(base.level);
        Level l = base.level;
        for (size_t k = 1; k < n->kids.size(); ++k) l = max_level(l, kid(n, k, f, Level::Action).level);
        return of(l);
      }
      case Op::Prime: case Op::Unchanged:
        kid(n, 0, f, Level::State);
        return of(Level::Action);
      case Op::Enabled:
        kid(n, 0, f, Level::Action);
        return of(Level::State);
      case Op::BoxAction: case Op::AngleAction:
        kid(n, 0, f, Level::Action);
        kid(n, 1, f, Level::State);
        return of(Level::Action);
      case Op::WF: case Op::SF:
        kid(n, 0, f, Level::State);
        kid(n, 1, f, Level::Action);
        return of(Level::Temporal);
      case Op::Always: case Op::Eventually:
        stuttering(n, eval(n->kids[0], f).level);
        return of(Level::Temporal);
      case Op::LeadsTo: return of(leads_to(n, f));
      case Op::Compose:
        operands(n, f, Level::Action);
        return of(Level::Action);
      case Op::TemporalOther:
        if (n->text == "-+->") return of(leads_to(n, f));
        return of(Level::Temporal);
    }
    return AVal{};
  }

  /// F ~> G, F -+-> G: temporal; neither side may be an action.
  Level leads_to(const Node* n, AFrame* f) {
    bool action = false;
    for (const Node* k : n->kids) action = action || eval(k, f).level == Level::Action;
    if (action && !substituting_)
      level_error(n->loc, "Action used where only temporal formula or state predicate allowed.");
    return Level::Temporal;
  }
};

}  // namespace

void level_check(const ResolvedSpec& spec) {
  LevelChecker lc;
  // The substitutions first: a bad one is reported at its INSTANCE rather than at the
  // instantiated definition it breaks.
  for (const auto& is : spec.instance_substs) lc.check_substitution(is);
  for (const auto& d : spec.defs) lc.check_def(d.get());
  for (const auto& a : spec.assumptions)
    for (const auto& d : spec.defs)
      if (d->body == a.node && d->arity == 0) lc.check_assumption(d.get());
}

}  // namespace cairn
