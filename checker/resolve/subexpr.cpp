#include "checker/resolve/subexpr.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

namespace cairn {

namespace {

using ast::Ex;
using ast::Expr;
using ast::ExprPtr;
using ast::Segment;

enum class Sel { Name, Num, First, Second, Colon, At, Args };

Sel kind_of(const Segment& s) {
  if (s.name.empty()) return Sel::Args;  // `!(e1, e2)`
  if (std::all_of(s.name.begin(), s.name.end(), [](unsigned char c) { return std::isdigit(c); }))
    return Sel::Num;
  if (s.name == "<<") return Sel::First;
  if (s.name == ">>") return Sel::Second;
  if (s.name == ":") return Sel::Colon;
  if (s.name == "@") return Sel::At;
  return Sel::Name;
}

std::string show(const Segment& s) { return s.name.empty() ? "!(...)" : s.name; }

/// SANY's ArgNum: the (1-based) operand a selector names among `arity`, or -1.
int arg_num(const Segment& s, size_t arity) {
  switch (kind_of(s)) {
    case Sel::Num: {
      unsigned long n = s.name.size() > 6 ? 0 : std::stoul(s.name);
      return n >= 1 && n <= arity ? static_cast<int>(n) : -1;
    }
    case Sel::First: return arity > 0 ? 1 : -1;
    case Sel::Second: return arity == 2 ? 2 : -1;  // `!>>` names the second of two operands
    default: return -1;
  }
}

std::shared_ptr<Expr> make(Ex k, Loc loc) { return std::make_shared<Expr>(k, loc); }

/// The operands of an expression without bound identifiers, as SANY orders them.
std::vector<ExprPtr> operands(const Expr& e) {
  switch (e.kind) {
    case Ex::Name: {
      std::vector<ExprPtr> out;
      for (const auto& seg : e.path) out.insert(out.end(), seg.args.begin(), seg.args.end());
      return out;
    }
    case Ex::FcnApp: {
      if (e.kids.size() <= 2) return e.kids;
      auto t = make(Ex::Tuple, e.loc);  // f[a, b] applies f to <<a, b>>
      t->kids.assign(e.kids.begin() + 1, e.kids.end());
      return {e.kids[0], t};
    }
    case Ex::Dot: {
      auto s = make(Ex::Str, e.loc);  // r.fld is $RcdSelect(r, "fld")
      s->sval = e.sval;
      return {e.kids[0], s};
    }
    case Ex::And:
    case Ex::Or: {
      if (e.bulleted || e.kids.size() <= 2) return e.kids;
      // An infix chain a /\ b /\ c is ((a /\ b) /\ c) in SANY.
      auto left = std::make_shared<Expr>(e);
      left->kids.pop_back();
      return {left, e.kids.back()};
    }
    case Ex::OpSym:
    case Ex::Tuple:
    case Ex::SetEnum:
    case Ex::CartProd:
    case Ex::FcnSet:
    case Ex::If:
    case Ex::BoxAction:
    case Ex::AngleAction:
    case Ex::WF:
    case Ex::SF:
      return e.kids;
    default:
      return {};
  }
}

bool has_binders(Ex k) {
  return k == Ex::Forall || k == Ex::Exists || k == Ex::Choose || k == Ex::SetFilter ||
         k == Ex::SetMap || k == Ex::FcnCons || k == Ex::TForall || k == Ex::TExists;
}

class Walker {
 public:
  Walker(const std::vector<Segment>& path, bool as_op) : path_(path), as_op_(as_op) {}

  Selection run(const std::vector<ast::Param>& params, const ExprPtr& body,
                const std::vector<ExprPtr>& args, size_t first) {
    Mode mode = Mode::SubExpr;
    enter_def(params, body, args, path_[first - 1], first - 1, mode);
    Prev prev = Prev::OpName;
    const std::vector<std::shared_ptr<const ast::Unit>>* let_defs = nullptr;
    const ast::Unit* final_op = nullptr;
    for (size_t idx = first; idx < path_.size(); ++idx) {
      const Segment& seg = path_[idx];
      Sel k = kind_of(seg);
      if (!seg.args.empty() && (as_op_ || (k != Sel::Name && k != Sel::Args)))
        fail(seg, "Selector `" + show(seg) + "' should not have argument(s).");
      bool last = idx + 1 == path_.size();
      switch (mode) {
        case Mode::OpName: {
          const ast::Unit* u = let_def(*let_defs, seg);
          if (last) {
            final_op = u;
            take_args(seg, u->params.size(), "The operator " + u->name);
          } else {
            enter_def(u->params, u->body, seg.args, seg, idx, mode);
          }
          prev = Prev::OpName;
          break;
        }
        case Mode::Labels: {
          ExprPtr lab = find_label(cur_, seg.name);
          if (!lab) fail(seg, "Cannot find label `" + seg.name + "'.");
          if (!as_op_ && lab->params.size() != seg.args.size())
            fail(seg, "Label `" + seg.name + "' used with wrong number of arguments.");
          out_.params.insert(out_.params.end(), lab->params.begin(), lab->params.end());
          if (!as_op_) out_.args.insert(out_.args.end(), seg.args.begin(), seg.args.end());
          cur_ = lab->kids[0];
          if (!last && kind_of(path_[idx + 1]) != Sel::Name) mode = Mode::SubExpr;
          prev = Prev::Labels;
          break;
        }
        case Mode::SubExpr: {
          if (k == Sel::Colon) {
            bool ok = prev != Prev::SubExpr &&
                      ((last && prev == Prev::OpName) ||
                       (!last && kind_of(path_[idx + 1]) == Sel::Name));
            if (!ok)
              fail(seg, "`!:' can be used only after a name and either at the end after an "
                        "operator name or before an operator name.");
          } else {
            select(idx);
          }
          if (idx + 1 < path_.size()) {
            const Segment& next = path_[idx + 1];
            if (kind_of(next) == Sel::Name) {
              while (cur_->kind == Ex::Label) cur_ = cur_->kids[0];
              if (cur_->kind != Ex::Let)
                fail(path_[idx], "A name selector here must be from a LET clause.");
              lets_.push_back(cur_);
              let_defs = &cur_->defs;
              mode = Mode::OpName;
            } else if (kind_of(next) == Sel::Colon && k != Sel::Colon) {
              fail(path_[idx], "!: should not follow an operand selector.");
            }
          }
          prev = Prev::SubExpr;
          break;
        }
      }
    }
    if (final_op) cur_ = apply_op(*final_op, path_.back().loc);
    for (size_t i = lets_.size(); i-- > 0;) {
      auto let = std::make_shared<Expr>(Ex::Let, lets_[i]->loc);
      let->defs = lets_[i]->defs;
      let->kids = {cur_};
      cur_ = let;
    }
    if (!as_op_ && out_.params.size() != out_.args.size())
      fail(path_.back(), "Expected " + std::to_string(out_.params.size()) + " arguments but found " +
                             std::to_string(out_.args.size()) + ".");
    out_.body = cur_;
    return std::move(out_);
  }

 private:
  enum class Mode { OpName, Labels, SubExpr };
  enum class Prev { OpName, Labels, SubExpr };

  const std::vector<Segment>& path_;
  bool as_op_;
  Selection out_;
  ExprPtr cur_;
  std::vector<ExprPtr> lets_;  // LET expressions the selection lies in, outermost first

  [[noreturn]] void fail(const Segment& s, const std::string& msg) {
    throw Error(s.loc, msg, exit_code::parse);
  }

  void take_args(const Segment& seg, size_t n, const std::string& what) {
    if (as_op_) return;
    if (seg.args.size() != n)
      fail(seg, what + " requires " + std::to_string(n) + " arguments.");
    out_.args.insert(out_.args.end(), seg.args.begin(), seg.args.end());
  }

  /// Enters the body of a definition named at path_[idx] (not the last selector).
  void enter_def(const std::vector<ast::Param>& params, const ExprPtr& body,
                 const std::vector<ExprPtr>& args, const Segment& seg, size_t idx, Mode& mode) {
    if (!as_op_ && args.size() != params.size())
      fail(seg, "The operator " + seg.name + " requires " + std::to_string(params.size()) + " arguments.");
    out_.params.insert(out_.params.end(), params.begin(), params.end());
    if (!as_op_) out_.args.insert(out_.args.end(), args.begin(), args.end());
    if (!body) fail(seg, "Cannot take subexpression of `" + seg.name + "'.");
    cur_ = body;
    mode = kind_of(path_[idx + 1]) == Sel::Name ? Mode::Labels : Mode::SubExpr;
  }

  const ast::Unit* let_def(const std::vector<std::shared_ptr<const ast::Unit>>& defs,
                           const Segment& seg) {
    for (const auto& u : defs)
      if (u->kind == ast::UnitKind::OpDef && u->name == seg.name) return u.get();
    fail(seg, "Unknown operator: `" + seg.name + "'.");
  }

  /// `U(p1, ..., pn)` for a LET operator selected by name at the end of the path.
  ExprPtr apply_op(const ast::Unit& u, Loc loc) {
    auto call = make(Ex::Name, loc);
    Segment s{u.name, {}, loc};
    for (const auto& p : u.params) {
      auto ref = make(Ex::Name, loc);
      ref->path.push_back(Segment{p.name, {}, loc});
      s.args.push_back(ref);
      out_.params.push_back(p);
    }
    call->path.push_back(std::move(s));
    return call;
  }

  /// The label `name` directly inside e (not inside another label or a LET definition);
  /// the LETs whose bodies it lies in are pushed on lets_.
  ExprPtr find_label(const ExprPtr& e, const std::string& name) {
    if (!e) return nullptr;
    if (e->kind == Ex::Label) return e->sval == name ? e : nullptr;
    if (e->kind == Ex::Lambda) return nullptr;
    if (e->kind == Ex::Let) {
      lets_.push_back(e);
      if (ExprPtr r = find_label(e->kids[0], name)) return r;
      lets_.pop_back();
      return nullptr;
    }
    for (const auto& k : e->kids)
      if (ExprPtr r = find_label(k, name)) return r;
    for (const auto& b : e->bounds)
      if (ExprPtr r = find_label(b.set, name)) return r;
    for (const auto& seg : e->path)
      for (const auto& a : seg.args)
        if (ExprPtr r = find_label(a, name)) return r;
    return nullptr;
  }

  /// Applies the operand selector path_[idx] to cur_ (a CASE consumes two selectors).
  void select(size_t& idx) {
    const Segment& seg = path_[idx];
    Sel k = kind_of(seg);
    for (;;) {
      const Expr& e = *cur_;
      if (e.kind == Ex::Label) {  // a label is transparent to positional selection
        cur_ = e.kids[0];
        continue;
      }
      if (e.kind == Ex::Let) {
        if (arg_num(seg, 1) != 1) fail(seg, "A LET/IN expression has only one operand.");
        lets_.push_back(cur_);
        cur_ = e.kids[0];
        return;
      }
      if (has_binders(e.kind) || e.kind == Ex::Lambda) {
        select_binder(seg, k);
        return;
      }
      if (e.kind == Ex::Case) {
        select_case(idx);
        return;
      }
      if (e.kind == Ex::Except) {
        int n = arg_num(seg, 1 + e.excepts.size());
        if (n == -1) fail(seg, "Nonexistent operand specified by `" + show(seg) + "'.");
        if (n > 1) fail(seg, "Selecting subexpression of an EXCEPT not yet implemented.");
        cur_ = e.kids[0];
        return;
      }
      if (e.kind == Ex::RcdCons || e.kind == Ex::RcdSet) {
        int n = arg_num(seg, e.kids.size());
        if (n == -1) fail(seg, "Nonexistent operand specified by `" + show(seg) + "'.");
        cur_ = e.kids[static_cast<size_t>(n - 1)];  // the value of the n-th field
        return;
      }
      if (e.kind == Ex::Num || e.kind == Ex::Str || e.kind == Ex::Decimal || e.kind == Ex::At)
        fail(seg, "Selecting subexpression of expression that has none.");
      std::vector<ExprPtr> ops = operands(e);
      int n = arg_num(seg, ops.size());
      if (n == -1) fail(seg, "Nonexistent operand specified by `" + show(seg) + "'.");
      cur_ = ops[static_cast<size_t>(n - 1)];
      return;
    }
  }

  /// `!(e1, ..., en)` / `!@` enter the body of a construct with bound identifiers (or a
  /// LAMBDA), binding them; a number, `!<<` or `!>>` names one of its bounding sets.
  void select_binder(const Segment& seg, Sel k) {
    const Expr& e = *cur_;
    if (k == Sel::Args || k == Sel::At) {
      std::vector<ast::Param> ids;
      if (e.kind == Ex::Lambda) {
        ids = e.params;
      } else {
        for (const auto& b : e.bounds)
          for (size_t i = 0; i < b.names.size(); ++i)
            ids.push_back(ast::Param{b.names[i], 0, i < b.name_locs.size() ? b.name_locs[i] : b.loc});
      }
      if (k == Sel::Args && seg.args.size() != ids.size())
        fail(seg, "Selector with " + std::to_string(seg.args.size()) +
                      " argument(s) used for quantifier with " + std::to_string(ids.size()) +
                      " bound identifier(s).");
      out_.params.insert(out_.params.end(), ids.begin(), ids.end());
      if (!as_op_) out_.args.insert(out_.args.end(), seg.args.begin(), seg.args.end());
      cur_ = e.kids[0];
      return;
    }
    if (e.kind == Ex::Lambda)
      fail(seg, "Cannot use !" + show(seg) + " to select subexpression of a LAMBDA.");
    std::vector<ExprPtr> sets;
    for (const auto& b : e.bounds)
      if (b.set) sets.push_back(b.set);
    int n = arg_num(seg, sets.size());
    if (n == -1) fail(seg, "Nonexistent operand specified by `" + show(seg) + "'.");
    cur_ = sets[static_cast<size_t>(n - 1)];
  }

  /// `!i!j` selects the guard (j = 1) or the value (j = 2) of the i-th CASE arm.
  void select_case(size_t& idx) {
    const Expr& e = *cur_;
    const Segment& seg = path_[idx];
    if (idx + 1 == path_.size()) fail(seg, "Subexpression of CASE must have form !i!j.");
    size_t arms = (e.kids.size() - (e.has_other ? 1 : 0)) / 2;
    int i = arg_num(seg, arms + (e.has_other ? 1 : 0));
    if (i == -1) fail(seg, "Nonexistent operand specified by `" + show(seg) + "'.");
    const Segment& second = path_[++idx];
    int j = arg_num(second, 2);
    if (j == -1)
      fail(second, "Second selector for CASE subexpression must specify  one of two operands.");
    if (static_cast<size_t>(i) > arms) {
      if (j == 1) fail(second, "Selecting OTHER in a CASE statement.");
      cur_ = e.kids.back();
      return;
    }
    cur_ = e.kids[2 * static_cast<size_t>(i - 1) + static_cast<size_t>(j - 1)];
  }
};

}  // namespace

Selection select_subexpr(const std::vector<ast::Param>& head_params, const ast::ExprPtr& head_body,
                         const std::vector<ast::ExprPtr>& head_args,
                         const std::vector<ast::Segment>& path, size_t first, bool as_operator) {
  Walker w(path, as_operator);
  return w.run(head_params, head_body, head_args, first);
}

}  // namespace cairn
