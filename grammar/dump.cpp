// Deterministic, fully parenthesised printer of the AST (golden tests, debugging).
#include "grammar/parse.hpp"

namespace cairn::grammar {
using namespace cairn::ast;

namespace {

std::string join_exprs(const std::vector<ExprPtr>& v, size_t from = 0, const char* sep = ", ") {
  std::string s;
  for (size_t i = from; i < v.size(); ++i) {
    if (i > from) s += sep;
    s += v[i] ? dump(*v[i]) : std::string("<null>");
  }
  return s;
}

std::string quote(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\t': o += "\\t"; break;
      case '\r': o += "\\r"; break;
      default: o += c;
    }
  }
  return o + "\"";
}

std::string dump_bound(const Bound& b) {
  std::string s;
  if (b.tuple) s += "<<";
  for (size_t i = 0; i < b.names.size(); ++i) s += (i ? ", " : "") + b.names[i];
  if (b.tuple) s += ">>";
  if (b.set) s += " \\in " + dump(*b.set);
  return s;
}

std::string dump_bounds(const std::vector<Bound>& bs) {
  std::string s;
  for (size_t i = 0; i < bs.size(); ++i) s += (i ? ", " : "") + dump_bound(bs[i]);
  return s;
}

std::string dump_params(const std::vector<Param>& ps) {
  std::string s;
  for (size_t i = 0; i < ps.size(); ++i) {
    s += (i ? ", " : "") + ps[i].name;
    if (ps[i].arity > 0) {
      s += "(";
      for (int k = 0; k < ps[i].arity; ++k) s += k ? ", _" : "_";
      s += ")";
    }
  }
  return s;
}

std::string dump_unit(const Unit& u);

std::string dump_subst(const InstanceSpec& in) {
  std::string s = "INSTANCE " + in.module;
  for (size_t i = 0; i < in.with.size(); ++i) {
    s += (i ? ", " : " WITH ") + in.with[i].name + " <- " +
         (in.with[i].value ? dump(*in.with[i].value) : std::string("<null>"));
  }
  return s;
}

std::string dump_unit(const Unit& u) {
  std::string s = u.local ? "LOCAL " : "";
  switch (u.kind) {
    case UnitKind::OpDef:
      if (u.fix == Fix::Infix)
        s += u.params[0].name + " " + u.name + " " + u.params[1].name;
      else if (u.fix == Fix::Prefix)
        s += u.name + " " + u.params[0].name;
      else if (u.fix == Fix::Postfix)
        s += u.params[0].name + u.name;
      else
        s += u.name + (u.params.empty() ? "" : "(" + dump_params(u.params) + ")");
      return s + " == " + (u.body ? dump(*u.body) : "<null>");
    case UnitKind::FcnDef:
      return s + u.name + "[" + dump_bounds(u.bounds) + "] == " + dump(*u.body);
    case UnitKind::Instance:
      if (!u.name.empty())
        s += u.name + (u.params.empty() ? "" : "(" + dump_params(u.params) + ")") + " == ";
      return s + dump_subst(u.inst);
    case UnitKind::Constants: return s + "CONSTANTS " + dump_params(u.params);
    case UnitKind::Variables: return s + "VARIABLES " + dump_params(u.params);
    case UnitKind::Recursive: return s + "RECURSIVE " + dump_params(u.params);
    case UnitKind::Assume:
      return s + "ASSUME " + (u.name.empty() ? "" : u.name + " == ") +
             (u.body ? dump(*u.body) : "<null>");
    case UnitKind::Theorem:
      return s + "THEOREM " + (u.name.empty() ? "" : u.name + " == ") +
             (u.body ? dump(*u.body) : "<proof-only>");
    case UnitKind::Submodule: return s + "MODULE " + dump(*u.nested);
    case UnitKind::UseHide: return s + "USE/HIDE";
  }
  return s;
}

}  // namespace

std::string dump(const Expr& e) {
  switch (e.kind) {
    case Ex::Num: return e.sval.empty() ? std::to_string(e.ival) : e.sval;
    case Ex::Decimal: return e.sval;
    case Ex::Str: return quote(e.sval);
    case Ex::Name: {
      std::string s;
      for (size_t i = 0; i < e.path.size(); ++i) {
        if (i) s += "!";
        s += e.path[i].name;
        if (!e.path[i].args.empty()) s += "(" + join_exprs(e.path[i].args) + ")";
      }
      return s;
    }
    case Ex::OpSym:
      if (e.kids.empty()) return e.sval;
      if (e.fix == Fix::Prefix && e.kids.size() == 1) return "(" + e.sval + " " + dump(*e.kids[0]) + ")";
      if (e.fix == Fix::Postfix && e.kids.size() == 1) return "(" + dump(*e.kids[0]) + e.sval + ")";
      if (e.kids.size() == 2 && e.fix != Fix::Prefix && e.fix != Fix::Postfix)
        return "(" + dump(*e.kids[0]) + " " + e.sval + " " + dump(*e.kids[1]) + ")";
      // The prefix form with another number of arguments, `+(1)`: resolution rejects it.
      return e.sval + "(" + join_exprs(e.kids) + ")";
    case Ex::FcnApp: return dump(*e.kids[0]) + "[" + join_exprs(e.kids, 1) + "]";
    case Ex::Dot: return dump(*e.kids[0]) + "." + e.sval;
    case Ex::Tuple: return "<<" + join_exprs(e.kids) + ">>";
    case Ex::SetEnum: return "{" + join_exprs(e.kids) + "}";
    case Ex::SetFilter: return "{" + dump_bound(e.bounds[0]) + " : " + dump(*e.kids[0]) + "}";
    case Ex::SetMap: return "{" + dump(*e.kids[0]) + " : " + dump_bounds(e.bounds) + "}";
    case Ex::FcnCons: return "[" + dump_bounds(e.bounds) + " |-> " + dump(*e.kids[0]) + "]";
    case Ex::FcnSet: return "[" + dump(*e.kids[0]) + " -> " + dump(*e.kids[1]) + "]";
    case Ex::RcdCons:
    case Ex::RcdSet: {
      std::string s = "[";
      for (size_t i = 0; i < e.fields.size(); ++i)
        s += (i ? ", " : "") + e.fields[i] + (e.kind == Ex::RcdCons ? " |-> " : " : ") +
             dump(*e.kids[i]);
      return s + "]";
    }
    case Ex::CartProd: return "(" + join_exprs(e.kids, 0, " \\X ") + ")";
    case Ex::Except: {
      std::string s = "[" + dump(*e.kids[0]) + " EXCEPT ";
      for (size_t i = 0; i < e.excepts.size(); ++i) {
        s += i ? ", !" : "!";
        for (auto& p : e.excepts[i].path)
          s += p.is_field ? "." + p.field : "[" + join_exprs(p.args) + "]";
        s += " = " + dump(*e.excepts[i].value);
      }
      return s + "]";
    }
    case Ex::At: return "@";
    case Ex::If:
      return "(IF " + dump(*e.kids[0]) + " THEN " + dump(*e.kids[1]) + " ELSE " + dump(*e.kids[2]) + ")";
    case Ex::Case: {
      std::string s = "(CASE ";
      size_t n = e.kids.size() - (e.has_other ? 1 : 0);
      for (size_t i = 0; i + 1 < n; i += 2)
        s += (i ? " [] " : "") + dump(*e.kids[i]) + " -> " + dump(*e.kids[i + 1]);
      if (e.has_other) s += " [] OTHER -> " + dump(*e.kids.back());
      return s + ")";
    }
    case Ex::Let: {
      std::string s = "(LET ";
      for (size_t i = 0; i < e.defs.size(); ++i) s += (i ? "; " : "") + dump_unit(*e.defs[i]);
      return s + " IN " + dump(*e.kids[0]) + ")";
    }
    case Ex::Forall: return "(\\A " + dump_bounds(e.bounds) + " : " + dump(*e.kids[0]) + ")";
    case Ex::Exists: return "(\\E " + dump_bounds(e.bounds) + " : " + dump(*e.kids[0]) + ")";
    case Ex::TForall: return "(\\AA " + dump_bounds(e.bounds) + " : " + dump(*e.kids[0]) + ")";
    case Ex::TExists: return "(\\EE " + dump_bounds(e.bounds) + " : " + dump(*e.kids[0]) + ")";
    case Ex::Choose: return "(CHOOSE " + dump_bound(e.bounds[0]) + " : " + dump(*e.kids[0]) + ")";
    case Ex::And:
    case Ex::Or: {
      const char* op = e.kind == Ex::And ? "/\\" : "\\/";
      if (e.bulleted) {
        std::string s = "(";
        for (size_t i = 0; i < e.kids.size(); ++i) s += (i ? " " : "") + std::string(op) + " " + dump(*e.kids[i]);
        return s + ")";
      }
      return "(" + join_exprs(e.kids, 0, e.kind == Ex::And ? " /\\ " : " \\/ ") + ")";
    }
    case Ex::Lambda: return "(LAMBDA " + dump_params(e.params) + " : " + dump(*e.kids[0]) + ")";
    case Ex::BoxAction: return "[" + dump(*e.kids[0]) + "]_" + dump(*e.kids[1]);
    case Ex::AngleAction: return "<<" + dump(*e.kids[0]) + ">>_" + dump(*e.kids[1]);
    case Ex::WF: return "WF_" + dump(*e.kids[0]) + "(" + dump(*e.kids[1]) + ")";
    case Ex::SF: return "SF_" + dump(*e.kids[0]) + "(" + dump(*e.kids[1]) + ")";
    case Ex::Label:
      return "(" + e.sval + (e.params.empty() ? "" : "(" + dump_params(e.params) + ")") +
             " :: " + dump(*e.kids[0]) + ")";
  }
  return "?";
}

std::string dump(const Module& m) {
  std::string s = "MODULE " + m.name + "\n";
  if (!m.extends.empty()) {
    s += "EXTENDS ";
    for (size_t i = 0; i < m.extends.size(); ++i) s += (i ? ", " : "") + m.extends[i];
    s += "\n";
  }
  for (auto& u : m.units) s += dump_unit(*u) + "\n";
  return s + "====\n";
}

}  // namespace cairn::grammar
