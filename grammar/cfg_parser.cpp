// The TLC model-configuration (.cfg) parser, written with Boost.Spirit X3.
//
// The language (TLC's tlc2.tool.impl.ModelConfig):
//   config   := section*
//   section  := (CONSTANT | CONSTANTS) const_entry*
//             | (INVARIANT(S) | PROPERTY | PROPERTIES | CONSTRAINT(S) | ACTION_CONSTRAINT(S)
//                | POSTCONDITION(S) | _POSSIBLE) name*
//             | (INIT | NEXT | SPECIFICATION | SYMMETRY | VIEW | ALIAS | _PERIODIC
//                | _RL_REWARD) name
//             | CHECK_DEADLOCK (TRUE | FALSE)
//             | lhs '<-' target                       (a bare substitution)
//   const_entry := lhs '=' ['[' Mod ']'] value  |  lhs '<-' target
//   target   := name | opsym | '[' Mod ']' (name | opsym)
//   lhs      := name ('!' name)* | opsym
//   opsym    := an operator symbol of TLA+ (`+`, `++`, `\o`, `(+)`, `-.`, ...)
//   value    := digits | "string" | TRUE | FALSE | name (a model value)
//             | '{' [value (',' value)*] '}'
// A list section runs until the next keyword (so names may span lines). Comments are
// `\* ...` to the end of the line and `(* ... *)`, which nest (inside one, `\*` means
// nothing, as in SANY's lexer).
//
// Deviations / decisions:
//  * `Name = [Mod] value` (a module-specific constant, as in the corpus' NanoBlockchain)
//    records the module in Assignment::module.
//  * `Op(a, b) = value` (constant operators with arguments) is rejected with a message.
//  * Integers must fit TLC's 32-bit ints.
//  * As in TLC (ModelConfig.parseValue), values are only numbers, strings, booleans,
//    model values and sets: `-1` and `<<1, 2>>` are refused (TLC: a ConfigFileException).
//  * POSTCONDITION(S) is a list in TLC; Config holds one, so a second one is an error.
//    _PERIODIC, _RL_REWARD and _POSSIBLE (TLC's simulation/RL extensions) are parsed
//    and ignored.
//  * Every entry is located at its first character; end_line/end_col are the last
//    character of the name (inclusive), or equal to the start for values.
#include <boost/spirit/home/x3.hpp>
#include <charconv>
#include <limits>
#include <string>

#include "grammar/cfg.hpp"
#include "grammar/precedence.hpp"
#include "grammar/tokens.hpp"

namespace cairn::cfg {
namespace {

namespace x3 = boost::spirit::x3;
using Iter = const char*;

constexpr int kMaxNesting = 200;  // nested `{` in a value

struct State {
  const SourceFile* file = nullptr;
  const char* base = nullptr;
  Config cfg;
  Diagnostics* diags = nullptr;
  bool failed = false;
  int depth = 0;
  // The entry being parsed in a CONSTANT section or a bare substitution.
  Named lhs;
  Override ov;
  std::string asg_module;  // `Name = [Mod] value`
  Loc deadlock_loc;
  std::string bad_int;  // set by int_action, reported by value_class::on_success
};

struct state_tag;

// ---------------------------------------------------------------------------------------
// Whitespace and comments. Hand-written (not recursive) so that no input, however deeply
// nested, can overflow the stack. An unterminated `(*` runs to the end of the file, as in
// TLC's cfg lexer (which then reads no more entries: no error).

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Iter skip_ws(Iter p, Iter last) {
  while (p != last) {
    if (is_space(*p)) {
      ++p;
    } else if (*p == '\\' && p + 1 != last && p[1] == '*') {
      while (p != last && *p != '\n') ++p;
    } else if (*p == '(' && p + 1 != last && p[1] == '*') {
      Iter q = p + 2;
      long depth = 1;
      while (q != last && depth > 0) {
        if (*q == '(' && q + 1 != last && q[1] == '*') {
          ++depth;
          q += 2;
        } else if (*q == '*' && q + 1 != last && q[1] == ')') {
          --depth;
          q += 2;
        } else {  // as in SANY's lexer, `\*` has no meaning inside a block comment

          ++q;
        }
      }
      if (depth > 0) return last;  // unterminated: the rest of the file
      p = q;
    } else {
      break;
    }
  }
  return p;
}

struct skipper_parser : x3::parser<skipper_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It p = skip_ws(first, last);
    if (p == first) return false;
    first = p;
    return true;
  }
};
skipper_parser const skipper{};

// Limits the nesting of values (each level of the recursive rule costs stack): entered
// after `{`; the matching action (elems_action) leaves. Once entered, the rest
// of the value uses expectation points, so it either succeeds or throws.
struct depth_enter_parser : x3::parser<depth_enter_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    State* st = x3::get<state_tag>(ctx);
    if (st->depth >= kMaxNesting)
      boost::throw_exception(x3::expectation_failure<It>(
          first, "a value nested at most " + std::to_string(kMaxNesting) + " levels deep"));
    ++st->depth;
    return true;
  }
};
depth_enter_parser const depth_enter{};

// ---------------------------------------------------------------------------------------
// Locations.

Loc loc_of(const State& st, Iter b, Iter e) {
  Loc l;
  l.file = st.file;
  auto [line, col] = st.file->line_col(static_cast<size_t>(b - st.base));
  l.line = line;
  l.col = col;
  if (e > b) {
    auto [el, ec] = st.file->line_col(static_cast<size_t>(e - 1 - st.base));
    l.end_line = el;
    l.end_col = ec;
  } else {
    l.end_line = line;
    l.end_col = col;
  }
  return l;
}

template <typename Ctx>
State& state(Ctx const& ctx) {
  return *x3::get<state_tag>(ctx);
}

// ---------------------------------------------------------------------------------------
// Tokens.

auto const ident_char = x3::ascii::alnum | x3::lit('_');

// TLA+ identifiers: letters, digits and `_`, at least one letter.
auto const ident_body =
    x3::lexeme[*(x3::ascii::digit | x3::lit('_')) >> x3::ascii::alpha >> *ident_char];

x3::symbols<int> const keywords(
    {"CONSTANT", "CONSTANTS", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
     "ACTION_CONSTRAINTS", "INVARIANT", "INVARIANTS", "INIT", "NEXT", "VIEW", "SYMMETRY",
     "SPECIFICATION", "PROPERTY", "PROPERTIES", "ALIAS", "POSTCONDITION", "POSTCONDITIONS",
     "_PERIODIC", "_RL_REWARD", "_POSSIBLE", "CHECK_DEADLOCK"},
    "a keyword");

auto const keyword = x3::lexeme[keywords >> !ident_char];

auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !ident_char]; }

// A name (not a keyword) with its location.
x3::rule<class name_class, Named> const name = "an identifier";
auto const set_named = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  x3::_val(ctx).name.assign(r.begin(), r.end());
  x3::_val(ctx).loc = loc_of(state(ctx), r.begin(), r.end());
};
x3::rule<class ident_range_class, boost::iterator_range<Iter>> const ident_range =
    "an identifier";
auto const ident_range_def = x3::raw[ident_body];
auto const name_def = !keyword >> ident_range[set_named];

// An operator symbol used as a name (`Plus <- +`, `++ <- PlusPlus`, `\\o <- +`): TLC reads
// the cfg with SANY's lexer, so any operator symbol is a token there. The module lexer
// reads it here, synonyms canonicalised as in modules (`(+)` is `\\oplus`).
struct opsym_parser : x3::parser<opsym_parser> {
  using attribute_type = Named;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    std::string sp;
    const size_t n = grammar::symbol_at(std::string_view(first, static_cast<size_t>(last - first)), sp);
    const int id = n ? grammar::sym_id(sp) : -1;
    if (id < 0 || !(grammar::infix_info(id) || grammar::prefix_info(id) || grammar::postfix_info(id)))
      return false;
    Named nm;
    nm.name = sp;
    nm.loc = loc_of(state(ctx), first, first + n);
    x3::traits::move_to(std::move(nm), attr);
    first += n;
    return true;
  }
};
opsym_parser const opsym{};
x3::rule<class op_name_class, Named> const op_name = "an identifier";
auto const op_name_def = name | opsym;

// The left side of a constant entry: `a`, `a!b!c` (instance paths, as TLC allows) or an
// operator symbol.
x3::rule<class lhs_class, Named> const lhs = "an identifier";
auto const set_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const lhs_build = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v = boost::fusion::at_c<0>(x3::_attr(ctx));
  for (auto const& more : boost::fusion::at_c<1>(x3::_attr(ctx))) {
    v.name += "!" + more.name;
    v.loc.end_line = more.loc.end_line;
    v.loc.end_col = more.loc.end_col;
  }
};
auto const lhs_def = (name >> *(x3::lit('!') > name))[lhs_build] | opsym[set_val];

// ---------------------------------------------------------------------------------------
// Values.

// Wraps a parser in a named rule, so that an expectation failure on it reports `what`
// (X3 has no readable name for a parser with a semantic action).
template <typename P>
auto as(const char* what, P const& p) {
  return x3::rule<class as_class>{what} = p;
}

// `value` = `value_inner` plus the value's location (its first character) and the report
// of an out-of-range integer. A hand-written parser because X3 1.74 gives a rule whose
// definition has semantic actions no attribute in on_success, and `_where` in an action
// is the rest of the input.
x3::rule<class value_inner_class, Value> const value_inner = "a value";

struct value_parser : x3::parser<value_parser> {
  using attribute_type = Value;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    auto& st = state(ctx);
    It start = skip_ws(first, last);
    Value v;
    if (!value_inner.parse(first, last, ctx, rctx, v)) return false;
    v.loc = loc_of(st, start, start);
    if (!st.bad_int.empty()) {
      st.diags->error(v.loc, "integer " + st.bad_int + " is too large for TLC (32-bit integers)");
      st.failed = true;
      st.bad_int.clear();
    }
    x3::traits::move_to(std::move(v), attr);
    return true;
  }
};
value_parser const value{};


auto const int_action = [](auto& ctx) {
  auto& st = state(ctx);
  auto const& digits = x3::_attr(ctx);
  auto& v = x3::_val(ctx);
  v.kind = Value::Kind::Int;
  int64_t n = 0;
  auto [ptr, ec] = std::from_chars(digits.begin(), digits.end(), n);
  (void)ptr;
  if (ec != std::errc() || n > std::numeric_limits<int32_t>::max() ||
      n < std::numeric_limits<int32_t>::min()) {
    st.bad_int = std::string(digits.begin(), digits.end());
    n = 0;
  }
  v.ival = n;
};
x3::rule<class digits_class, boost::iterator_range<Iter>> const digits = "an integer";
auto const digits_def = x3::raw[x3::lexeme[+x3::ascii::digit >> !ident_char]];
auto const int_value = digits[int_action];

// Names of the two expectations inside string literals, where no whitespace is skipped.
constexpr const char* kEscapeWhat = "an escape sequence (\\\" \\\\ \\n \\t \\r \\f)";
constexpr const char* kStringEndWhat = "'\"' before the end of the line";
x3::rule<class escape_char_class, char> const escape_char = kEscapeWhat;
x3::rule<class string_end_class> const string_end = kStringEndWhat;
auto const string_end_def = x3::lit('"');
x3::rule<class escape_class, char> const escape = "an escape sequence";
auto const escape_def = x3::lit('\\') > escape_char;
auto const escape_char_def = ((x3::lit('"') >> x3::attr('"')) | (x3::lit('\\') >> x3::attr('\\')) |
                         (x3::lit('n') >> x3::attr('\n')) | (x3::lit('t') >> x3::attr('\t')) |
                         (x3::lit('r') >> x3::attr('\r')) | (x3::lit('f') >> x3::attr('\f')));

x3::rule<class string_class, std::string> const string_lit = "a string";
auto const string_lit_def =
    x3::lexeme[x3::lit('"') > *(escape | ~x3::char_("\"\\\r\n")) > string_end];

auto const str_action = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.kind = Value::Kind::Str;
  v.sval = std::move(x3::_attr(ctx));
};
auto const bool_action = [](bool b) {
  return [b](auto& ctx) {
    auto& v = x3::_val(ctx);
    v.kind = Value::Kind::Bool;
    v.bval = b;
  };
};
auto const model_action = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.kind = Value::Kind::ModelValue;
  v.sval = x3::_attr(ctx).name;
  v.loc = x3::_attr(ctx).loc;
};
auto const elems_action = [](Value::Kind k) {
  return [k](auto& ctx) {
    auto& v = x3::_val(ctx);
    --state(ctx).depth;
    v.kind = k;
    auto& opt = x3::_attr(ctx);
    if (opt) v.elems = std::move(*opt);
  };
};

x3::rule<class value_list_class, std::vector<Value>> const value_list = "a value";
x3::rule<class value_rule_class, Value> const value_rule = "a value";
auto const value_rule_def = value;
auto const value_list_def = value_rule % ',';

auto const value_inner_def =
    int_value | string_lit[str_action] | kw("TRUE")[bool_action(true)] |
    kw("FALSE")[bool_action(false)] |
    (x3::lit('{') > depth_enter > -value_list > x3::lit('}'))[elems_action(Value::Kind::Set)] |
    name[model_action];

// ---------------------------------------------------------------------------------------
// Sections.

auto const set_lhs = [](auto& ctx) { state(ctx).lhs = x3::_attr(ctx); };

// `<- target` or `<- [Mod] target`, for the lhs just parsed.
auto const ov_start = [](auto& ctx) {
  auto& st = state(ctx);
  st.ov = Override{};
  st.ov.name = st.lhs.name;
  st.ov.loc = st.lhs.loc;
};
auto const ov_module = [](auto& ctx) { state(ctx).ov.module = x3::_attr(ctx).name; };
auto const ov_target = [](auto& ctx) {
  auto& st = state(ctx);
  st.ov.target = x3::_attr(ctx).name;
  st.cfg.overrides.push_back(st.ov);
};
// TLC takes any one token after `<-` (or `<- [Mod]`) as the name substituted: a number
// there is a name the spec does not define (exit 151 then), not a syntax error.
x3::rule<class number_name_class, Named> const number_name = "an identifier";
auto const number_name_def = x3::lexeme[x3::raw[+x3::digit]][set_named];
x3::rule<class target_name_class, Named> const target_name = "an identifier";
auto const target_name_def = op_name | number_name;
x3::rule<class target_class> const target = "an identifier or [Module]";
auto const target_def =
    (x3::lit('[') > as("an identifier", name[ov_module]) > x3::lit(']') >
     as("an identifier", target_name[ov_target])) |
    target_name[ov_target];

auto const assign_action = [](auto& ctx) {
  auto& st = state(ctx);
  Assignment a;
  a.name = st.lhs.name;
  a.loc = st.lhs.loc;
  a.value = std::move(x3::_attr(ctx));
  a.module = std::move(st.asg_module);
  st.asg_module.clear();
  st.cfg.constants.push_back(std::move(a));
};
auto const asg_module = [](auto& ctx) { state(ctx).asg_module = x3::_attr(ctx).name; };
x3::rule<class op_args_class> const op_args =
    "'=' or '<-' (constant operators with arguments, `Op(...) = value`, are not supported)";
auto const op_args_def = x3::eps(false);
// `Name = [Mod] value`: the definition Name of module Mod is replaced by the value.
auto const assign_rhs = x3::omit[-(x3::lit('[') > name[asg_module] > x3::lit(']'))] > value_rule;

x3::rule<class const_rhs_class> const const_rhs = "'=' or '<-'";
auto const const_rhs_def = (x3::lit("<-")[ov_start] > target) |
                           (x3::lit('=') > as("a value", assign_rhs[assign_action])) |
                           (&x3::lit('(') > op_args);

x3::rule<class const_entry_class> const const_entry = "a constant";
auto const const_entry_def = lhs[set_lhs] > const_rhs;

auto const push_to = [](std::vector<Named> Config::*field) {
  return [field](auto& ctx) { (state(ctx).cfg.*field).push_back(x3::_attr(ctx)); };
};
auto const set_single = [](std::optional<Named> Config::*field, const char* word) {
  return [field, word](auto& ctx) {
    auto& st = state(ctx);
    auto& slot = st.cfg.*field;
    if (slot) {
      st.diags->error(x3::_attr(ctx).loc, std::string("the keyword ") + word +
                                              " appears twice in the configuration file");
      st.failed = true;
    }
    slot = x3::_attr(ctx);
  };
};
auto const ignore_named = [](auto&) {};
// TLC accepts a list of postconditions; Config holds one.
auto const set_postcondition = [](auto& ctx) {
  auto& st = state(ctx);
  if (st.cfg.postcondition) {
    st.diags->error(x3::_attr(ctx).loc, "only one POSTCONDITION is supported");
    st.failed = true;
  }
  st.cfg.postcondition = x3::_attr(ctx);
};

x3::rule<class deadlock_value_class, bool> const deadlock_value = "TRUE or FALSE";
auto const deadlock_value_def = (kw("TRUE") >> x3::attr(true)) | (kw("FALSE") >> x3::attr(false));
auto const set_deadlock = [](auto& ctx) {
  auto& st = state(ctx);
  if (st.cfg.check_deadlock) {
    st.diags->error(st.deadlock_loc,
                    "the keyword CHECK_DEADLOCK appears twice in the configuration file");
    st.failed = true;
  }
  st.cfg.check_deadlock = x3::_attr(ctx);
};

x3::rule<class deadlock_kw_class, boost::iterator_range<Iter>> const deadlock_kw =
    "CHECK_DEADLOCK";
auto const deadlock_kw_def = x3::raw[kw("CHECK_DEADLOCK")];
auto const deadlock_kw_loc = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  state(ctx).deadlock_loc = loc_of(state(ctx), r.begin(), r.end());
};

auto single(const char* word, std::optional<Named> Config::*field) {
  return kw(word) > as("an identifier", name[set_single(field, word)]);
}
auto list2(const char* plural, const char* singular, std::vector<Named> Config::*field) {
  return (kw(plural) | kw(singular)) > *name[push_to(field)];
}

auto const section =
    ((kw("CONSTANTS") | kw("CONSTANT")) > *const_entry) |
    list2("INVARIANTS", "INVARIANT", &Config::invariants) |
    list2("PROPERTIES", "PROPERTY", &Config::properties) |
    list2("CONSTRAINTS", "CONSTRAINT", &Config::constraints) |
    list2("ACTION_CONSTRAINTS", "ACTION_CONSTRAINT", &Config::action_constraints) |
    single("INIT", &Config::init) | single("NEXT", &Config::next) |
    single("SPECIFICATION", &Config::specification) | single("SYMMETRY", &Config::symmetry) |
    single("VIEW", &Config::view) | single("ALIAS", &Config::alias) |
    ((kw("POSTCONDITIONS") | kw("POSTCONDITION")) > *name[set_postcondition]) |
    ((kw("_PERIODIC") | kw("_RL_REWARD")) > as("an identifier", name[ignore_named])) |
    (kw("_POSSIBLE") > *name[ignore_named]) |
    (deadlock_kw[deadlock_kw_loc] > as("TRUE or FALSE", deadlock_value[set_deadlock])) |
    ((lhs[set_lhs] >> x3::lit("<-")[ov_start]) > target);

x3::rule<class end_class> const end_of_sections = "a keyword";
auto const end_of_sections_def = x3::eoi;

auto const config_grammar = *section > end_of_sections;

BOOST_SPIRIT_DEFINE(ident_range, digits, name, op_name, number_name, target_name, lhs, value_inner, value_rule, value_list, escape, escape_char,
                    string_end, string_lit, op_args, deadlock_kw, target, const_rhs,
                    const_entry, deadlock_value, end_of_sections)

// ---------------------------------------------------------------------------------------
// Error messages.

std::string describe_found(Iter p, Iter last) {
  if (p == last) return "end of file";
  if (*p == '(' && p + 1 != last && p[1] == '*') return "an unterminated comment";
  auto is_ident = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
  };
  unsigned char c = static_cast<unsigned char>(*p);
  if (is_ident(*p)) {
    Iter q = p;
    while (q != last && is_ident(*q) && q - p < 40) ++q;
    return "'" + std::string(p, q) + "'";
  }
  if (*p == '"') return "a string";
  if (c < 0x20 || c >= 0x7f) {
    static const char* hex = "0123456789abcdef";
    std::string s = "byte 0x";
    s += hex[c >> 4];
    s += hex[c & 15];
    return s;
  }
  if (p + 1 != last) {
    std::string two(p, p + 2);
    if (two == "<-" || two == "<<" || two == ">>") return "'" + two + "'";
  }
  return "'" + std::string(1, *p) + "'";
}

}  // namespace

std::optional<Config> parse_config(const SourceFile& f, Diagnostics& diags) {
  State st;
  st.file = &f;
  st.base = f.text.data();
  st.diags = &diags;
  st.cfg.file = &f;
  Iter first = f.text.data();
  Iter last = first + f.text.size();
  try {
    bool ok = x3::phrase_parse(first, last, x3::with<state_tag>(&st)[config_grammar], skipper);
    if (!ok) {
      // Not reachable with the expectation points above, but keep a located message.
      Iter p = skip_ws(first, last);
      diags.error(loc_of(st, p, p), "expected a keyword, found " + describe_found(p, last));
      return std::nullopt;
    }
  } catch (x3::expectation_failure<Iter> const& e) {
    // Inside a string literal nothing is skipped; elsewhere the failure position may be
    // followed by whitespace and comments before the offending token.
    bool in_lexeme = e.which() == kEscapeWhat || e.which() == kStringEndWhat;
    Iter p = in_lexeme ? e.where() : skip_ws(e.where(), last);
    diags.error(loc_of(st, p, p), "expected " + e.which() + ", found " + describe_found(p, last));
    return std::nullopt;
  }
  if (st.failed) return std::nullopt;
  return std::move(st.cfg);
}

}  // namespace cairn::cfg
