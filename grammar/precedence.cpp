#include "grammar/precedence.hpp"

#include <unordered_map>

namespace cairn::grammar {
using namespace cairn::ast;

namespace {
struct Tables {
  std::unordered_map<int, OpInfo> infix, prefix, postfix;
  Tables() {
    // Synonyms need no entry: the lexer gives every token its canonical spelling.
    auto in = [&](const char* s, int lo, int hi, int a) {
      int id = sym_id(s);
      if (id >= 0) infix[id] = OpInfo{lo, hi, a, s};
    };
    in("=>", 1, 1, 0); in("<=>", 2, 2, 0); in("~>", 2, 2, 0); in("-+->", 2, 2, 0);
    in("/\\", 3, 3, 1); in("\\/", 3, 3, 1);
    for (const char* s : {"=", "/=", "<", ">", "<=", ">=", "\\in", "\\notin", "\\subseteq",
                          "\\subset", "\\supset", "\\supseteq", "\\sqsubset", "\\sqsubseteq",
                          "\\sqsupset", "\\sqsupseteq", "\\prec", "\\succ", "\\preceq",
                          "\\succeq", "\\sim", "\\simeq", "\\ll", "\\gg", "\\asymp",
                          "\\approx", "\\cong", "\\doteq", "\\propto", "|-", "|=", "-|", "=|",
                          ":=", "::="})
      in(s, 5, 5, 0);
    in("\\cdot", 5, 14, 1); in("@@", 6, 6, 1); in("<:", 7, 7, 0); in(":>", 7, 7, 0);
    in("\\", 8, 8, 0); in("\\cap", 8, 8, 1); in("\\cup", 8, 8, 1);
    in("..", 9, 9, 0); in("...", 9, 9, 0);
    for (const char* s : {"$$", "$", "??", "##", "\\uplus", "\\sqcap", "\\sqcup"}) in(s, 9, 13, 1);
    in("!!", 9, 13, 0); in("\\wr", 9, 14, 0);
    in("|", 10, 11, 1); in("||", 10, 11, 1); in("%%", 10, 11, 1); in("%", 10, 11, 0);
    in("++", 10, 10, 1); in("+", 10, 10, 1); in("\\oplus", 10, 10, 1);
    in("\\X", 10, 13, 1);
    in("-", 11, 11, 1); in("--", 11, 11, 1); in("\\ominus", 11, 11, 1);
    in("*", 13, 13, 1); in("/", 13, 13, 0); in("&&", 13, 13, 1); in("&", 13, 13, 1);
    in("**", 13, 13, 1); in("//", 13, 13, 0); in("\\odot", 13, 13, 1);
    in("\\oslash", 13, 13, 0); in("\\otimes", 13, 13, 1);
    in("\\div", 13, 13, 0);
    for (const char* s : {"\\star", "\\o", "\\bigcirc", "\\bullet"}) in(s, 13, 13, 1);
    in("^", 14, 14, 0); in("^^", 14, 14, 0);
    auto pre = [&](const char* s, int lo, int hi, const char* key) {
      prefix[sym_id(s)] = OpInfo{lo, hi, 0, key};
    };
    pre("~", 4, 4, "~"); pre("[]", 4, 15, "[]"); pre("<>", 4, 15, "<>");
    pre("ENABLED", 4, 15, "ENABLED"); pre("UNCHANGED", 4, 15, "UNCHANGED");
    pre("SUBSET", 10, 13, "SUBSET"); pre("UNION", 10, 13, "UNION"); pre("DOMAIN", 10, 13, "DOMAIN");
    pre("-", 12, 12, "-."); pre("-.", 12, 12, "-.");
    for (const char* s : {"'", "^+", "^*", "^#"}) postfix[sym_id(s)] = OpInfo{15, 15, 0, s};
  }
};
const Tables& tables() {
  static Tables t;
  return t;
}
const OpInfo* find(const std::unordered_map<int, OpInfo>& m, int id) {
  auto it = m.find(id);
  return it == m.end() ? nullptr : &it->second;
}
}  // namespace

const OpInfo* infix_info(int sym) { return find(tables().infix, sym); }
const OpInfo* prefix_info(int sym) { return find(tables().prefix, sym); }
const OpInfo* postfix_info(int sym) { return find(tables().postfix, sym); }

Loc tok_loc(const SourceFile* file, const Token* b, const Token* e) {
  Loc l;
  l.file = file;
  auto [l1, c1] = file->line_col(b->b);
  auto [l2, c2] = file->line_col(e->e > e->b ? e->e - 1 : e->e);
  l.line = l1;
  l.col = c1;
  l.end_line = l2;
  l.end_col = c2;
  return l;
}

Loc join(const Loc& a, const Loc& b) {
  Loc l = a;
  l.end_line = b.end_line;
  l.end_col = b.end_col;
  return l;
}

namespace {
struct El {
  bool is_op = false;
  ExprPtr e;
  std::shared_ptr<Expr> fresh;  // n-ary node built here (so it may be extended)
  const Token* tok = nullptr;
  const OpInfo* info = nullptr;
  Fix fix = Fix::None;
  Loc loc;
};

std::string op_name(const Token* t, Fix fix) {
  if (fix == Fix::Prefix && t->text == "-") return "-.";
  return t->text;
}
}  // namespace

namespace {
// The operand's suffixes are postfix operators of SANY's operator stack too: after a
// prefix operator binding as tightly as they do ([] <> ENABLED UNCHANGED: up to 15), a
// `'` `^+` `^*` `^#` at the operand's top level (not inside brackets) is a precedence
// conflict, e.g. `ENABLED x'`, `[] (a)^+` (SANY refuses them; `ENABLED (x')` is fine).
void check_prefix_postfix(const Token* pre, const Expr& operand) {
  const OpInfo* info = prefix_info(pre->id);
  if (!info || info->hi < 15) return;
  if (!((operand.kind == Ex::OpSym && operand.fix == Fix::Postfix) || operand.kind == Ex::FcnApp ||
        operand.kind == Ex::Dot))
    return;
  auto within = [&](const Token* t) {
    return t->kind != T::Eof && (t->line < operand.loc.end_line ||
                                 (t->line == operand.loc.end_line && t->col <= operand.loc.end_col));
  };
  int depth = 0;
  for (const Token* t = pre + 1; within(t); ++t) {
    if (t->kind != T::Sym) continue;
    const std::string& x = t->text;
    if (x == "(" || x == "[" || x == "{" || x == "<<") ++depth;
    else if (x == ")" || x == "]" || x == "]_" || x == "}" || x == ">>" || x == ">>_") --depth;
    else if (depth == 0 && postfix_info(t->id))
      throw SyntaxError{t, "precedence conflict between `" + pre->text + "` and `" + x + "`; add parentheses"};
  }
}
}  // namespace

ExprPtr resolve_ops(const SeqItems& items, const SourceFile* file) {
  std::vector<El> st;
  auto reduce = [&]() {
    // top: operand; below: operator
    El rhs = std::move(st.back());
    st.pop_back();
    El op = std::move(st.back());
    st.pop_back();
    if (op.fix == Fix::Prefix) {
      auto n = std::make_shared<Expr>(Ex::OpSym, join(op.loc, rhs.e->span()));
      n->fix = Fix::Prefix;
      n->sval = op_name(op.tok, Fix::Prefix);
      n->kids.push_back(rhs.e);
      El r;
      r.e = n;
      st.push_back(std::move(r));
      return;
    }
    El lhs = std::move(st.back());
    st.pop_back();
    const std::string& s = op.tok->text;
    Ex nk = s == "/\\" ? Ex::And : s == "\\/" ? Ex::Or : s == "\\X" ? Ex::CartProd : Ex::OpSym;
    El r;
    if (nk != Ex::OpSym) {
      if (lhs.fresh && lhs.fresh->kind == nk) {
        lhs.fresh->kids.push_back(rhs.e);
        lhs.fresh->loc = join(lhs.fresh->loc, rhs.e->span());
        r = std::move(lhs);
      } else {
        auto n = std::make_shared<Expr>(nk, join(lhs.e->span(), rhs.e->span()));
        n->kids = {lhs.e, rhs.e};
        r.e = n;
        r.fresh = n;
      }
    } else {
      auto n = std::make_shared<Expr>(Ex::OpSym, join(lhs.e->span(), rhs.e->span()));
      n->fix = Fix::Infix;
      n->sval = s;
      n->kids = {lhs.e, rhs.e};
      r.e = n;
    }
    st.push_back(std::move(r));
  };
  // reduce while the operator below the top operand binds tighter than `right`
  auto settle = [&](const OpInfo* right, const Token* rtok) {
    while (st.size() >= 2) {
      const El& opl = st[st.size() - 2];
      const OpInfo* l = opl.info;
      if (l->lo > right->hi ||
          (opl.fix == Fix::Infix && right != nullptr && l->assoc == 1 &&
           std::string_view(l->key) == right->key)) {
        reduce();
      } else if (l->hi < right->lo) {
        break;
      } else {
        // located at the left operator, as SANY's OperatorStack reports it
        throw SyntaxError{opl.tok, "precedence conflict between `" + op_name(opl.tok, opl.fix) +
                                    "` and `" + (rtok ? rtok->text : std::string("?")) +
                                    "`; add parentheses"};
      }
    }
  };
  for (const SeqItem& it : items) {
    switch (it.kind) {
      case SeqItem::Operand: {
        if (!st.empty() && st.back().is_op && st.back().fix == Fix::Prefix)
          check_prefix_postfix(st.back().tok, *it.e);
        El e;
        e.e = it.e;
        st.push_back(std::move(e));
        break;
      }
      case SeqItem::Prefix: {
        // `-.` names prefix minus where an operator is named (definitions, arguments,
        // substitutions) or applied in prefix form `-.(4)`; otherwise expressions write `-`.
        if (it.tok->text == "-." && it.tok[1].text != "(") throw SyntaxError{it.tok, "`-.` cannot be applied in an expression; write `-`"};
        // `-` is SANY's one mixfix operator: read as prefix right after another operator,
        // it conflicts with that operator when the latter binds tighter (`2^-1`, `a * -b`).
        if (it.tok->text == "-" && !st.empty() && st.back().is_op &&
            st.back().info->lo > 12) {
          throw SyntaxError{st.back().tok, "precedence conflict between `" +
                                        op_name(st.back().tok, st.back().fix) +
                                        "` and prefix `-`; add parentheses"};
        }
        El e;
        e.is_op = true;
        e.tok = it.tok;
        e.info = prefix_info(it.tok->id);
        e.fix = Fix::Prefix;
        e.loc = tok_loc(file, it.tok, it.tok);
        st.push_back(std::move(e));
        break;
      }
      case SeqItem::Postfix: {
        const OpInfo* info = postfix_info(it.tok->id);
        settle(info, it.tok);
        El operand = std::move(st.back());
        st.pop_back();
        auto n = std::make_shared<Expr>(Ex::OpSym, join(operand.e->span(), tok_loc(file, it.tok, it.tok)));
        n->fix = Fix::Postfix;
        n->sval = it.tok->text;
        n->kids.push_back(operand.e);
        El r;
        r.e = n;
        st.push_back(std::move(r));
        break;
      }
      case SeqItem::Infix: {
        const OpInfo* info = infix_info(it.tok->id);
        settle(info, it.tok);
        El e;
        e.is_op = true;
        e.tok = it.tok;
        e.info = info;
        e.fix = Fix::Infix;
        e.loc = tok_loc(file, it.tok, it.tok);
        st.push_back(std::move(e));
        break;
      }
    }
  }
  static const OpInfo kVoid{0, 0, 0, "$$_void"};
  settle(&kVoid, nullptr);
  return st.back().e;
}

}  // namespace cairn::grammar
