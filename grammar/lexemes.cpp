// The TLA+ lexer: Spirit X3 character-level parsers for comments (the skipper),
// identifiers/keywords, numbers (\b \o \h, decimals), strings with escapes, proof step
// tokens and operator symbols (an x3::symbols table, so maximal munch: `=<` vs `=`,
// `\in` vs `\intersect`, `..` vs `.`). Unicode spellings are mapped to ASCII ones and
// synonyms to the canonical spelling documented in ast.hpp.
#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "grammar/tokens.hpp"

namespace cairn::grammar {
namespace x3 = boost::spirit::x3;

namespace {

const char* const kKeywords[] = {
    "ASSUME", "ASSUMPTION", "AXIOM", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS", "DOMAIN",
    "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "IF", "IN", "INSTANCE", "LET", "LOCAL",
    "MODULE", "OTHER", "SF_", "SUBSET", "THEN", "THEOREM", "UNCHANGED", "UNION",
    "VARIABLE", "VARIABLES", "WF_", "WITH", "LAMBDA", "RECURSIVE", "ACTION", "BY",
    "COROLLARY", "DEF", "DEFINE", "DEFS", "HAVE", "HIDE", "LEMMA", "NEW", "OBVIOUS",
    "OMITTED", "ONLY", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "STATE",
    "SUFFICES", "TAKE", "TEMPORAL", "USE", "WITNESS", "ACTIONS", "TEMPORALS"};

// Punctuation / operator symbols (maximal munch through x3::symbols).
const char* const kPunct[] = {
    "==", "=", "=>", "=<", "=|", "<=>", "<=", "<:", "<<", "<", "<-", ">=", ">>", ">>_",
    ">", "~>", "~", "|->", "|-", "|=", "||", "|", "->", "-+->", "--", "-|", "-.", "-",
    "++", "+", "**", "*", "//", "/=", "/\\", "/", "\\/", "^^", "^+", "^*", "^#", "^",
    "..", "...", ".", "::=", ":=", "::", ":>", ":", ",", "(+)", "(-)", "(.)", "(/)",
    "(\\X)", "(", ")", "[]", "[", "]_", "]", "{", "}", "<>", "@@", "@", "!!", "!", "##",
    "#", "$$", "$", "%%", "%", "&&", "&", "??", "'", ";"};

// Backslash words that are operators (spelling after canonicalisation is looked up).
const char* const kBackslash[] = {
    "A", "E", "forall", "exists", "AA", "EE", "X", "times", "in", "notin", "land", "lor", "lnot", "neg",
    "leq", "geq", "cup", "union", "cap", "intersect", "o", "circ", "equiv", "subseteq",
    "subset", "supset", "supseteq", "sqsubset", "sqsubseteq", "sqsupset", "sqsupseteq",
    "approx", "asymp", "bigcirc", "bullet", "cdot", "cong", "div", "doteq", "gg", "ll",
    "odot", "ominus", "oplus", "oslash", "otimes", "prec", "preceq", "succ", "succeq",
    "propto", "sim", "simeq", "sqcap", "sqcup", "star", "uplus", "wr"};

struct Intern {
  std::vector<std::string> texts;
  std::unordered_map<std::string, int> ids;
  std::unordered_map<std::string, bool> kw;
  int add(const std::string& s) {
    auto it = ids.find(s);
    if (it != ids.end()) return it->second;
    texts.push_back(s);
    ids.emplace(s, static_cast<int>(texts.size() - 1));
    return static_cast<int>(texts.size() - 1);
  }
  Intern() {
    for (auto* k : kKeywords) { add(k); kw[k] = true; }
    for (auto* p : kPunct) add(p);
    for (auto* b : kBackslash) add(std::string("\\") + b);
    add("\\");
    add("----");
    add("====");
  }
};

Intern& intern() {
  static Intern in;
  return in;
}

// Synonyms -> canonical spelling (ast.hpp header): SANY's table of synonyms
// (tla2sany/parser/Operators.java OperatorSynonyms, and the \\A/\\E tokens of tla+.jj).
std::string canonical(std::string s) {
  static const std::unordered_map<std::string, std::string> m = {
      {"\\land", "/\\"},    {"\\lor", "\\/"},   {"\\lnot", "~"},     {"\\neg", "~"},
      {"#", "/="},          {"=<", "<="},       {"\\leq", "<="},     {"\\geq", ">="},
      {"\\union", "\\cup"}, {"\\intersect", "\\cap"}, {"\\circ", "\\o"},
      {"\\equiv", "<=>"},   {"\\times", "\\X"},   {"\\forall", "\\A"}, {"\\exists", "\\E"},
      {"(+)", "\\oplus"},   {"(-)", "\\ominus"},  {"(.)", "\\odot"},  {"(/)", "\\oslash"},
      {"(\\X)", "\\otimes"}};
  auto it = m.find(s);
  return it == m.end() ? s : it->second;
}

// Unicode code point -> ASCII spelling.
const std::unordered_map<uint32_t, std::string>& unicode_map() {
  static const std::unordered_map<uint32_t, std::string> m = {
      {0x2200, "\\A"},   {0x2203, "\\E"},    {0x2208, "\\in"},   {0x2209, "\\notin"},
      {0x225C, "=="},    {0x27E8, "<<"},     {0x27E9, ">>"},     {0x2227, "/\\"},
      {0x2228, "\\/"},   {0x00AC, "~"},      {0x21D2, "=>"},     {0x2261, "<=>"},
      {0x21D4, "<=>"},   {0x2260, "/="},     {0x2264, "<="},     {0x2265, ">="},
      {0x2286, "\\subseteq"}, {0x2282, "\\subset"}, {0x2283, "\\supset"},
      {0x2287, "\\supseteq"}, {0x222A, "\\cup"}, {0x2229, "\\cap"}, {0x00D7, "\\X"},
      {0x21A6, "|->"},   {0x2192, "->"},     {0x25A1, "[]"},     {0x25C7, "<>"},
      {0x2295, "(+)"},   {0x2296, "(-)"},    {0x2299, "(.)"},    {0x2298, "(/)"},
      {0x2297, "(\\X)"}, {0x2218, "\\o"},    {0x22C5, "\\cdot"}, {0x2254, ":="},
      {0x2A74, "::="},   {0x2248, "\\approx"}, {0x224D, "\\asymp"}, {0x25EF, "\\bigcirc"},
      {0x25CF, "\\bullet"}, {0x2245, "\\cong"}, {0x00F7, "\\div"}, {0x2250, "\\doteq"},
      {0x2025, ".."},    {0x2026, "..."},    {0x203C, "!!"},     {0x226B, "\\gg"},
      {0x226A, "\\ll"},  {0x2AE4, "=|"},     {0x219D, "~>"},     {0x22A3, "-|"},
      {0x21F8, "-+->"},  {0x227A, "\\prec"}, {0x2AAF, "\\preceq"}, {0x221D, "\\propto"},
      {0x2047, "??"},    {0x22A8, "|="},     {0x22A2, "|-"},     {0x223C, "\\sim"},
      {0x2243, "\\simeq"}, {0x2293, "\\sqcap"}, {0x2294, "\\sqcup"}, {0x228F, "\\sqsubset"},
      {0x2291, "\\sqsubseteq"}, {0x2290, "\\sqsupset"}, {0x2292, "\\sqsupseteq"},
      {0x22C6, "\\star"}, {0x227B, "\\succ"}, {0x2AB0, "\\succeq"}, {0x228E, "\\uplus"},
      {0x2016, "||"},    {0x2240, "\\wr"},   {0x207A, "^+"},     {0x2216, "\\"},
      {0x2032, "'"},     {0x2225, "||"},     {0x2237, "::"},     {0x2190, "<-"}};
  return m;
}

// ---------------------------------------------------------------- X3 lexemes
// Nested block comment (* ... (* ... *) ... *): a primitive parser with a depth counter
// (no recursion, so 100000 nested openers cannot overflow the stack).
struct block_comment_parser : x3::parser<block_comment_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    if (last - first < 2 || first[0] != '(' || first[1] != '*') return false;
    It it = first + 2;
    int depth = 1;
    while (it != last) {
      if (*it == '(' && it + 1 != last && it[1] == '*') {
        ++depth;
        it += 2;
      } else if (*it == '*' && it + 1 != last && it[1] == ')') {
        it += 2;
        if (--depth == 0) {
          first = it;
          return true;
        }
      } else {
        ++it;
      }
    }
    throw LexError{0xFFFFFFFFu, "unterminated comment"};  // offset filled by caller
  }
};
const block_comment_parser block_comment{};

const auto line_comment = x3::lit("\\*") >> *(x3::char_ - x3::eol);
const auto skipper = *(x3::space | line_comment | block_comment);
const auto word = x3::raw[+(x3::alnum | x3::char_('_'))];
const auto bs_word = x3::lit('\\') >> x3::raw[+x3::alpha];
// SANY's STRING_LITERAL: the escapes \n \t \r \f \\ \" only (tla+.jj).
const auto string_lit =
    x3::lexeme['"' >> *(('\\' >> x3::char_("ntrf\\\"")) | (x3::char_ - '"' - '\\' - x3::eol)) >> '"'];
const auto step_tok = x3::raw['<' >> (+x3::digit | x3::char_('*') | x3::char_('+')) >> '>' >>
                              *(x3::alnum | x3::char_('_')) >> *x3::char_('.')];
const auto dashes = x3::raw[x3::repeat(4, x3::inf)['-']];
const auto equals = x3::raw[x3::repeat(4, x3::inf)['=']];

struct punct_table : x3::symbols<int> {
  punct_table() {
    for (auto* p : kPunct) add(p, intern().add(p));
  }
};

const punct_table& punct() {
  static const punct_table t;
  return t;
}

}  // namespace

size_t symbol_at(std::string_view s, std::string& spelling) {
  if (s.empty()) return 0;
  if (s[0] == '\\') {  // a backslash word: `\in`, `\oplus`, ...
    size_t n = 1;
    while (n < s.size() && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
    if (n > 1) {
      std::string w(s.substr(0, n));
      // `\o17` is an octal number, not `\o` then 17; `\b101` is no symbol at all
      if (sym_id(w) < 0 || (w == "\\o" && n < s.size() && std::isdigit(static_cast<unsigned char>(s[n]))))
        return 0;
      spelling = canonical(w);
      return n;
    }
  }
  const char* j = s.data();
  int id = -1;
  if (x3::parse(j, s.data() + s.size(), punct(), id)) {
    spelling = canonical(sym_text(id));
    return static_cast<size_t>(j - s.data());
  }
  if (s[0] != '\\') return 0;
  spelling = "\\";  // `\` alone: set difference
  return 1;
}

int sym_id(std::string_view s) {
  auto& in = intern();
  auto it = in.ids.find(std::string(s));
  return it == in.ids.end() ? -1 : it->second;
}
const std::string& sym_text(int id) { return intern().texts.at(static_cast<size_t>(id)); }
bool is_keyword(std::string_view s) { return intern().kw.count(std::string(s)) > 0; }

std::vector<Token> lex(const SourceFile& sf, bool whole) {
  static std::once_flag once;
  std::call_once(once, [] { (void)intern(); });

  const std::string& text = sf.text;
  using It = std::string::const_iterator;
  const It begin = text.begin(), end = text.end();
  std::vector<Token> out;

  auto line_of = [&](size_t off) {
    return static_cast<int>(std::upper_bound(sf.line_starts.begin(), sf.line_starts.end(), off) -
                            sf.line_starts.begin());
  };
  auto col_of = [&](size_t off, int line) {
    size_t ls = sf.line_starts[static_cast<size_t>(line - 1)];
    int c = 1;  // as SANY counts: tabs to multiples of 8 (junction alignment depends on it)
    for (size_t i = ls; i < off; ++i) c = advance_col(c, static_cast<unsigned char>(text[i]));
    return c;
  };
  auto push = [&](T kind, size_t b, size_t e, std::string t, int id = -1) {
    Token tk;
    tk.kind = kind;
    tk.id = id;
    tk.text = std::move(t);
    tk.b = static_cast<uint32_t>(b);
    tk.e = static_cast<uint32_t>(e);
    tk.line = line_of(b);
    tk.col = col_of(b, tk.line);
    out.push_back(std::move(tk));
    return &out.back();
  };

  It it = begin;
  if (!whole) {
    // Skip to the first `----` (4+ dashes) followed by whitespace and MODULE.
    bool found = false;
    size_t pos = 0;
    while ((pos = text.find("----", pos)) != std::string::npos) {
      size_t q = pos;
      while (q < text.size() && text[q] == '-') ++q;
      size_t r = q;
      while (r < text.size() && std::isspace(static_cast<unsigned char>(text[r]))) ++r;
      if (text.compare(r, 6, "MODULE") == 0 &&
          (r + 6 >= text.size() || !(std::isalnum(static_cast<unsigned char>(text[r + 6])) || text[r + 6] == '_'))) {
        found = true;
        break;
      }
      pos = q;
    }
    if (!found) throw LexError{0, "no `---- MODULE` header found"};
    it = begin + static_cast<std::ptrdiff_t>(pos);
  }

  int depth = 0;
  const int id_sep = sym_id("----"), id_end = sym_id("===="), id_module = sym_id("MODULE");
  for (;;) {
    It before = it;
    try {
      x3::parse(it, end, skipper);
    } catch (LexError& e) {
      // the comment that failed starts at the first `(*` after `before`... find it
      It c = it;
      e.offset = static_cast<uint32_t>(c - begin);
      throw;
    }
    (void)before;
    if (it == end) break;
    const size_t b = static_cast<size_t>(it - begin);
    const unsigned char ch = static_cast<unsigned char>(*it);

    // separators / end of module
    if (ch == '-' || ch == '=') {
      It j = it;
      std::string r;
      if (x3::parse(j, end, ch == '-' ? dashes : equals, r)) {
        size_t e = static_cast<size_t>(j - begin);
        if (ch == '-') {
          push(T::Sep, b, e, "----", id_sep);
        } else {
          push(T::End, b, e, "====", id_end);
          if (!whole && --depth <= 0) return out;
        }
        it = j;
        continue;
      }
    }
    // proof step token <1>a.  <*>  <+>
    if (ch == '<' && it + 1 != end &&
        (std::isdigit(static_cast<unsigned char>(it[1])) || it[1] == '*' || it[1] == '+')) {
      It j = it;
      std::string r;
      if (x3::parse(j, end, step_tok, r)) {
        push(T::Step, b, static_cast<size_t>(j - begin), r);
        it = j;
        continue;
      }
    }
    if (std::isalnum(ch) || ch == '_') {
      It j = it;
      std::string w;
      x3::parse(j, end, word, w);
      bool digits = std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      if (digits) {
        // decimal?
        if (j != end && *j == '.' && j + 1 != end && std::isdigit(static_cast<unsigned char>(j[1]))) {
          It k = j + 1;
          while (k != end && std::isdigit(static_cast<unsigned char>(*k))) ++k;
          push(T::Dec, b, static_cast<size_t>(k - begin), std::string(it, k));
          it = k;
          continue;
        }
        Token* t = push(T::Num, b, static_cast<size_t>(j - begin), w);
        errno = 0;
        unsigned long long v = 0;
        bool big = false;
        for (char c : w) {
          if (v > (static_cast<unsigned long long>(INT64_MAX) - 9) / 10) { big = true; break; }
          v = v * 10 + static_cast<unsigned>(c - '0');
        }
        t->big = big;
        t->ival = big ? 0 : static_cast<int64_t>(v);
        it = j;
        continue;
      }
      if ((w.rfind("WF_", 0) == 0 || w.rfind("SF_", 0) == 0)) {
        std::string kw = w.substr(0, 3);
        push(T::Kw, b, b + 3, kw, sym_id(kw));
        it = it + 3;
        continue;
      }
      if (w == "_") {
        push(T::Ident, b, b + 1, "_");  // placeholder
        it = j;
        continue;
      }
      if (is_keyword(w)) push(T::Kw, b, static_cast<size_t>(j - begin), w, sym_id(w));
      else push(T::Ident, b, static_cast<size_t>(j - begin), w);
      if (w == "MODULE" && out.size() >= 2 && out[out.size() - 2].kind == T::Sep) ++depth;
      (void)id_module;
      it = j;
      continue;
    }
    if (ch == '"') {
      It j = it;
      std::string raw;
      if (!x3::parse(j, end, x3::raw[string_lit], raw)) {
        for (It k = it + 1; k != end && *k != '"' && *k != '\n'; ++k) {
          if (*k != '\\') continue;
          if (k + 1 == end || k[1] == '\0' || !std::strchr("ntrf\\\"", k[1]))
            throw LexError{static_cast<uint32_t>(k + 1 - begin), "invalid escape sequence in string"};
          ++k;
        }
        throw LexError{static_cast<uint32_t>(b), "unterminated string"};
      }
      std::string s;
      for (size_t i = 1; i + 1 < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 2 < raw.size()) {
          char c = raw[++i];
          switch (c) {
            case 'n': s += '\n'; break;
            case 't': s += '\t'; break;
            case 'r': s += '\r'; break;
            case 'f': s += '\f'; break;
            default: s += c;
          }
        } else {
          s += raw[i];
        }
      }
      push(T::Str, b, static_cast<size_t>(j - begin), s);
      it = j;
      continue;
    }
    {
      std::string sp;
      if (size_t n = symbol_at(std::string_view(&*it, static_cast<size_t>(end - it)), sp)) {
        push(T::Sym, b, b + n, sp, sym_id(sp));
        it += static_cast<std::ptrdiff_t>(n);
        continue;
      }
    }
    if (ch == '\\') {
      It j = it;
      std::string w;
      if (x3::parse(j, end, bs_word, w)) {
        std::string sp = "\\" + w;
        // \b101 \o17 \hFF numbers: the letter then digits of that base
        char base = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
        if (base == 'b' || base == 'o' || base == 'h') {
          It d = it + 2;
          auto ok = [&](char c) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (base == 'b') return c == '0' || c == '1';
            if (base == 'o') return c >= '0' && c <= '7';
            return std::isxdigit(static_cast<unsigned char>(c)) != 0;
          };
          It e = d;
          while (e != end && ok(*e)) ++e;
          if (e != d && (e == end || !(std::isalnum(static_cast<unsigned char>(*e)) || *e == '_'))) {
            int radix = base == 'b' ? 2 : base == 'o' ? 8 : 16;
            Token* t = push(T::Num, b, static_cast<size_t>(e - begin), std::string(it, e));
            unsigned long long v = 0;
            bool big = false;
            for (It q = d; q != e; ++q) {
              int dv = std::isdigit(static_cast<unsigned char>(*q)) ? *q - '0' : std::tolower(static_cast<unsigned char>(*q)) - 'a' + 10;
              if (v > (static_cast<unsigned long long>(INT64_MAX) - static_cast<unsigned>(dv)) / static_cast<unsigned>(radix)) { big = true; break; }
              v = v * static_cast<unsigned>(radix) + static_cast<unsigned>(dv);
            }
            t->big = big;
            t->ival = big ? 0 : static_cast<int64_t>(v);
            it = e;
            continue;
          }
        }
        throw LexError{static_cast<uint32_t>(b), "unknown operator `" + sp + "`"};
      }
    }
    if (ch >= 0x80) {
      // decode one UTF-8 code point
      uint32_t cp = 0;
      int n = ch >= 0xF0 ? 3 : ch >= 0xE0 ? 2 : ch >= 0xC0 ? 1 : 0;
      cp = n == 3 ? (ch & 0x07u) : n == 2 ? (ch & 0x0Fu) : (ch & 0x1Fu);
      It j = it + 1;
      for (int i = 0; i < n; ++i, ++j) {
        if (j == end || (static_cast<unsigned char>(*j) & 0xC0) != 0x80) { n = -1; break; }
        cp = (cp << 6) | (static_cast<unsigned char>(*j) & 0x3Fu);
      }
      auto& um = unicode_map();
      auto f = n >= 0 ? um.find(cp) : um.end();
      if (f == um.end()) throw LexError{static_cast<uint32_t>(b), "unexpected character"};
      std::string sp = f->second;
      if (sp == ">>" && j != end && *j == '_') { sp = ">>_"; ++j; }
      std::string c = canonical(sp);
      push(T::Sym, b, static_cast<size_t>(j - begin), c, sym_id(c));
      it = j;
      continue;
    }
    throw LexError{static_cast<uint32_t>(b), "unexpected character"};
  }
  if (!whole) throw LexError{static_cast<uint32_t>(text.size()), "missing `====` at end of module"};
  return out;
}

}  // namespace cairn::grammar
