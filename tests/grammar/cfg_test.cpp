// Tests of the TLC .cfg parser (grammar/cfg_parser.cpp).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "grammar/cfg.hpp"

namespace {

// The files these tests parse (diagnostics point into them; they live as long as the tests).
cairn::SourceManager& test_sources() {
  static cairn::SourceManager s;
  return s;
}

using cairn::Diagnostics;
using cairn::SourceManager;
using cairn::cfg::Config;
using cairn::cfg::Value;

struct Parsed {
  std::optional<Config> cfg;
  Diagnostics diags;
  std::string first_error() const {
    return diags.items.empty() ? std::string() : diags.items.front().message;
  }
};

Parsed parse(const std::string& text, const std::string& path = "test.cfg") {
  Parsed p;
  const cairn::SourceFile& id = test_sources().add(path, text);
  p.cfg = cairn::cfg::parse_config(id, p.diags);
  return p;
}

std::string show(const Value& v) {
  switch (v.kind) {
    case Value::Kind::Int: return std::to_string(v.ival);
    case Value::Kind::Str: return "\"" + v.sval + "\"";
    case Value::Kind::Bool: return v.bval ? "TRUE" : "FALSE";
    case Value::Kind::ModelValue: return v.sval;
    case Value::Kind::Set:
    case Value::Kind::Tuple: {
      std::string s = v.kind == Value::Kind::Set ? "{" : "<<";
      for (size_t i = 0; i < v.elems.size(); ++i) s += (i ? ", " : "") + show(v.elems[i]);
      return s + (v.kind == Value::Kind::Set ? "}" : ">>");
    }
  }
  return "?";
}

TEST(Cfg, EmptyAndCommentsOnly) {
  auto p = parse("");
  ASSERT_TRUE(p.cfg);
  EXPECT_TRUE(p.cfg->constants.empty());
  EXPECT_FALSE(p.cfg->init);
  EXPECT_FALSE(p.cfg->check_deadlock);
  p = parse("\\* nothing here\n(* a (* nested *) comment *)\n\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
}

TEST(Cfg, InitNextAndLocations) {
  auto p = parse("INIT Init\nNEXT\n   Next\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  ASSERT_TRUE(p.cfg->init && p.cfg->next);
  EXPECT_EQ(p.cfg->init->name, "Init");
  EXPECT_EQ(p.cfg->init->loc.line, 1);
  EXPECT_EQ(p.cfg->init->loc.col, 6);
  EXPECT_EQ(p.cfg->init->loc.end_col, 9);
  EXPECT_EQ(p.cfg->next->name, "Next");
  EXPECT_EQ(p.cfg->next->loc.line, 3);
  EXPECT_EQ(p.cfg->next->loc.col, 4);
  EXPECT_EQ(p.cfg->file, p.cfg->init->loc.file);
  EXPECT_TRUE(p.cfg->init->loc.valid());
}

TEST(Cfg, ConstantValues) {
  auto p = parse(
      "CONSTANTS\n"
      "  N = 3\n"
      "  M = 42\n"
      "  S = \"hello \\\"world\\\"\\n\"\n"
      "  B = TRUE  C = FALSE\n"
      "  P = {p1, p2, p3}\n"
      "  E = {}\n"
      "  T = {1, {}, {a, {\"x\", 0}}}\n"
      "  MV = mv\n"
      "  TRUEish = TRUEx\n"
      "CONSTANT Q = {{1, 2}, {}}\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  auto& c = p.cfg->constants;
  ASSERT_EQ(c.size(), 11u);
  EXPECT_EQ(c[0].name, "N");
  EXPECT_EQ(c[0].value.kind, Value::Kind::Int);
  EXPECT_EQ(c[0].value.ival, 3);
  EXPECT_EQ(c[1].value.ival, 42);
  EXPECT_EQ(c[2].value.kind, Value::Kind::Str);
  EXPECT_EQ(c[2].value.sval, "hello \"world\"\n");
  EXPECT_EQ(c[3].value.kind, Value::Kind::Bool);
  EXPECT_TRUE(c[3].value.bval);
  EXPECT_EQ(c[4].name, "C");
  EXPECT_FALSE(c[4].value.bval);
  EXPECT_EQ(show(c[5].value), "{p1, p2, p3}");
  EXPECT_EQ(c[5].value.elems[1].kind, Value::Kind::ModelValue);
  EXPECT_EQ(show(c[6].value), "{}");
  EXPECT_EQ(c[6].value.kind, Value::Kind::Set);
  EXPECT_EQ(show(c[7].value), "{1, {}, {a, {\"x\", 0}}}");
  EXPECT_EQ(c[7].value.kind, Value::Kind::Set);
  EXPECT_EQ(c[8].value.kind, Value::Kind::ModelValue);
  EXPECT_EQ(c[8].value.sval, "mv");
  EXPECT_EQ(c[9].value.kind, Value::Kind::ModelValue);
  EXPECT_EQ(c[9].value.sval, "TRUEx");
  EXPECT_EQ(show(c[10].value), "{{1, 2}, {}}");
  // Locations: entry at its name, value at its first character.
  EXPECT_EQ(c[1].loc.line, 3);
  EXPECT_EQ(c[1].loc.col, 3);
  EXPECT_EQ(c[1].value.loc.line, 3);
  EXPECT_EQ(c[1].value.loc.col, 7);
  EXPECT_EQ(c[5].value.elems[2].loc.col, 16);
  EXPECT_EQ(c[10].loc.line, 11);
  EXPECT_EQ(c[10].loc.col, 10);
}

TEST(Cfg, IdentifiersStartingWithDigitsAndUnderscores) {
  auto p = parse("CONSTANTS N = 1a  X = _b2  Y = const_1293897152927428000\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  ASSERT_EQ(p.cfg->constants.size(), 3u);
  EXPECT_EQ(p.cfg->constants[0].value.kind, Value::Kind::ModelValue);
  EXPECT_EQ(p.cfg->constants[0].value.sval, "1a");
  EXPECT_EQ(p.cfg->constants[1].value.sval, "_b2");
  EXPECT_EQ(p.cfg->constants[2].value.sval, "const_1293897152927428000");
}

TEST(Cfg, Int32Limits) {
  auto p = parse("CONSTANTS A = 2147483647\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  EXPECT_EQ(p.cfg->constants[0].value.ival, 2147483647);
  p = parse("CONSTANTS B = -1\n");  // TLC's cfg has no negative numbers
  EXPECT_FALSE(p.cfg);
  p = parse("CONSTANTS A = 2147483648\n");
  EXPECT_FALSE(p.cfg);
  ASSERT_EQ(p.diags.items.size(), 1u);
  EXPECT_EQ(p.diags.items[0].loc.col, 15);
  p = parse("CONSTANT A = 99999999999999999999999999\n");
  EXPECT_FALSE(p.cfg);
}

TEST(Cfg, Overrides) {
  auto p = parse(
      "CONSTANT Node <- NodeVal\n"
      "CONSTANTS\n"
      "  Send  <- MCSend\n"
      "  N = 2\n"
      "  Ballot <- [Voting]def_ov_1560336937634610000\n"
      "Nat <- MCNat\n"
      "Foo <- [ Mod ] Bar\n"
      "INIT Init\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  auto& o = p.cfg->overrides;
  ASSERT_EQ(o.size(), 5u);
  EXPECT_EQ(o[0].name, "Node");
  EXPECT_EQ(o[0].target, "NodeVal");
  EXPECT_EQ(o[0].module, "");
  EXPECT_EQ(o[0].loc.col, 10);
  EXPECT_EQ(o[1].name, "Send");
  EXPECT_EQ(o[1].target, "MCSend");
  EXPECT_EQ(o[2].name, "Ballot");
  EXPECT_EQ(o[2].module, "Voting");
  EXPECT_EQ(o[2].target, "def_ov_1560336937634610000");
  EXPECT_EQ(o[3].name, "Nat");
  EXPECT_EQ(o[3].target, "MCNat");
  EXPECT_EQ(o[3].loc.line, 6);
  EXPECT_EQ(o[3].loc.col, 1);
  EXPECT_EQ(o[4].module, "Mod");
  EXPECT_EQ(o[4].target, "Bar");
  ASSERT_EQ(p.cfg->constants.size(), 1u);
  EXPECT_EQ(p.cfg->constants[0].name, "N");
  EXPECT_EQ(p.cfg->init->name, "Init");
}

// TLC reads the cfg with SANY's lexer: operator symbols are names on either side of `<-`,
// spelled canonically as in modules ((+) is \oplus).
TEST(Cfg, OperatorSymbolOverrides) {
  auto p = parse(
      "CONSTANT\n"
      "  ++   <- PlusPlus\n"
      "  Plus <- +\n"
      "  \\o   <- +\n"
      "  (+)  <- [M] **\n"
      "  -.   <- Neg\n"
      "\\leq <- =<\n"
      "INIT Init\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  auto& o = p.cfg->overrides;
  ASSERT_EQ(o.size(), 6u);
  EXPECT_EQ(o[0].name, "++");
  EXPECT_EQ(o[0].target, "PlusPlus");
  EXPECT_EQ(o[0].loc.line, 2);
  EXPECT_EQ(o[0].loc.col, 3);
  EXPECT_EQ(o[0].loc.end_col, 4);
  EXPECT_EQ(o[1].name, "Plus");
  EXPECT_EQ(o[1].target, "+");
  EXPECT_EQ(o[2].name, "\\o");
  EXPECT_EQ(o[2].target, "+");
  EXPECT_EQ(o[3].name, "\\oplus");
  EXPECT_EQ(o[3].module, "M");
  EXPECT_EQ(o[3].target, "**");
  EXPECT_EQ(o[4].name, "-.");
  EXPECT_EQ(o[4].target, "Neg");
  EXPECT_EQ(o[5].name, "<=");
  EXPECT_EQ(o[5].target, "<=");
  EXPECT_EQ(p.cfg->init->name, "Init");
  // Punctuation that is no operator is not a name.
  EXPECT_FALSE(parse("CONSTANT Foo <- <<\n").cfg);
  EXPECT_FALSE(parse("CONSTANT Foo <- ==\n").cfg);
}

TEST(Cfg, InstancePathAndModuleSpecificConstant) {
  auto p = parse("CONSTANTS\n  I!J!K = 3\n  NoHash = [Nano]NoHashVal\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  ASSERT_EQ(p.cfg->constants.size(), 2u);
  EXPECT_EQ(p.cfg->constants[0].name, "I!J!K");
  EXPECT_EQ(p.cfg->constants[1].name, "NoHash");
  EXPECT_EQ(p.cfg->constants[1].value.sval, "NoHashVal");
}

TEST(Cfg, ListSectionsSpanLines) {
  auto p = parse(
      "INVARIANTS\n  TypeOK\n  Safety \\* a comment\n  Inv3\n"
      "INVARIANT More\n"
      "PROPERTY Live\nPROPERTIES P1 P2\n"
      "CONSTRAINT C1\nCONSTRAINTS C2\n  C3\n"
      "ACTION_CONSTRAINT A1 ACTION_CONSTRAINTS A2\n"
      "INVARIANTS\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  auto names = [](const std::vector<cairn::cfg::Named>& v) {
    std::string s;
    for (auto& n : v) s += n.name + " ";
    return s;
  };
  EXPECT_EQ(names(p.cfg->invariants), "TypeOK Safety Inv3 More ");
  EXPECT_EQ(names(p.cfg->properties), "Live P1 P2 ");
  EXPECT_EQ(names(p.cfg->constraints), "C1 C2 C3 ");
  EXPECT_EQ(names(p.cfg->action_constraints), "A1 A2 ");
  EXPECT_EQ(p.cfg->invariants[2].loc.line, 4);
  EXPECT_EQ(p.cfg->invariants[2].loc.col, 3);
}

TEST(Cfg, SingleNameSections) {
  auto p = parse(
      "SPECIFICATION Spec SYMMETRY Sym VIEW V ALIAS Al POSTCONDITION Post\n"
      "CHECK_DEADLOCK FALSE\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  EXPECT_EQ(p.cfg->specification->name, "Spec");
  EXPECT_EQ(p.cfg->symmetry->name, "Sym");
  EXPECT_EQ(p.cfg->view->name, "V");
  EXPECT_EQ(p.cfg->alias->name, "Al");
  EXPECT_EQ(p.cfg->postcondition->name, "Post");
  ASSERT_TRUE(p.cfg->check_deadlock);
  EXPECT_FALSE(*p.cfg->check_deadlock);
  p = parse("POSTCONDITIONS P1 _PERIODIC Per _POSSIBLE A B _RL_REWARD R\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  EXPECT_EQ(p.cfg->postcondition->name, "P1");
  p = parse("POSTCONDITION P1 P2\n");
  EXPECT_FALSE(p.cfg);
  p = parse("CHECK_DEADLOCK\n  TRUE\n");
  ASSERT_TRUE(p.cfg);
  EXPECT_TRUE(*p.cfg->check_deadlock);
}

TEST(Cfg, NoTrailingNewlineAndCrlf) {
  auto p = parse("ALIAS\r\n    TraceAlias");
  ASSERT_TRUE(p.cfg) << p.first_error();
  EXPECT_EQ(p.cfg->alias->name, "TraceAlias");
  EXPECT_EQ(p.cfg->alias->loc.line, 2);
  EXPECT_EQ(p.cfg->alias->loc.col, 5);
}

TEST(Cfg, NestedCommentsEverywhere) {
  auto p = parse(
      "(***********************)\n"
      "(* outer (* inner *) still comment INIT Bad *)\n"
      "CONSTANTS (* c *) N (* c *) = (* c *) { (* c *) 1 (* c *) , 2 } \\* trailing\n"
      "(* a \\* means nothing here *) INIT (* so INIT follows *) \n"
      "Init\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  ASSERT_EQ(p.cfg->constants.size(), 1u);
  EXPECT_EQ(show(p.cfg->constants[0].value), "{1, 2}");
  EXPECT_EQ(p.cfg->constants[0].value.loc.col, 39);
  EXPECT_EQ(p.cfg->init->name, "Init");
}

// ------------------------------- errors ------------------------------------------------

struct ErrCase {
  std::string text;
  int line, col;
  std::string message_part;
};

TEST(CfgErrors, LocatedMessages) {
  std::vector<ErrCase> cases = {
      {"CONSTANTS\n  N 3\n", 2, 5, "expected '=' or '<-', found '3'"},
      {"CONSTANTS N = \n", 2, 1, "expected a value, found end of file"},
      {"CONSTANT N = {1, 2\nINIT Init\n", 2, 1, "expected '}', found 'INIT'"},
      {"CONSTANT N = {1, }\n", 1, 16, "expected '}', found ','"},
      {"CONSTANT N = <<1, 2>>\n", 1, 14, "expected a value, found '<<'"},  // no tuples in TLC's cfg
      {"INIT\n", 2, 1, "expected an identifier, found end of file"},
      {"INIT NEXT\n", 1, 6, "expected an identifier, found 'NEXT'"},
      {"INIT Init\n  x < 3\n", 2, 3, "expected a keyword, found 'x'"},
      {"INVARIANT Inv\n x < 3\n", 2, 4, "expected a keyword, found '<'"},
      {"CHECK_DEADLOCK maybe\n", 1, 16, "expected TRUE or FALSE, found 'maybe'"},
      {"CONSTANT S = \"abc\nINIT I\n", 1, 18, "found byte 0x0a"},
      {"CONSTANT S = \"a\\qb\"\n", 1, 17, "expected an escape sequence (\\\" \\\\ \\n \\t \\r \\f), found 'qb'"},
      {"Foo <- \n", 2, 1, "expected an identifier or [Module], found end of file"},
      {"Foo <- [M Bar\n", 1, 11, "expected ']', found 'Bar'"},
      {"CONSTANT Op(a, b) = 3\n", 1, 12, "not supported"},
      {"init Init\n", 1, 1, "expected a keyword, found 'init'"},
      {"CONSTANT\n  A = 1\n  B = #\n", 3, 7, "expected a value, found '#'"},
      {"CONSTANT A = 1 SPECIFICATION\n", 2, 1, "expected an identifier, found end of file"},
      {"\x01\x02", 1, 1, "expected a keyword, found byte 0x01"},
  };
  for (auto& c : cases) {
    auto p = parse(c.text, "Err.cfg");
    EXPECT_FALSE(p.cfg) << c.text;
    ASSERT_EQ(p.diags.items.size(), 1u) << c.text;
    auto& d = p.diags.items[0];
    EXPECT_EQ(d.loc.line, c.line) << c.text << " -> " << d.message;
    EXPECT_EQ(d.loc.col, c.col) << c.text << " -> " << d.message;
    EXPECT_NE(d.message.find(c.message_part), std::string::npos)
        << c.text << " -> " << d.message;
    EXPECT_TRUE(d.loc.valid());
  }
}

TEST(CfgErrors, DuplicateSingleKeyword) {
  auto p = parse("INIT A\nINIT B\n");
  EXPECT_FALSE(p.cfg);
  ASSERT_EQ(p.diags.items.size(), 1u);
  EXPECT_EQ(p.diags.items[0].loc.line, 2);
  EXPECT_NE(p.diags.items[0].message.find("INIT appears twice"), std::string::npos);
  p = parse("CHECK_DEADLOCK TRUE CHECK_DEADLOCK FALSE");
  EXPECT_FALSE(p.cfg);
}

TEST(CfgErrors, FormattedDiagnostic) {
  auto p = parse("CONSTANTS\n  N 3\n", "/tmp/Fmt.cfg");
  ASSERT_FALSE(p.cfg);
  std::string s = cairn::format_diagnostic(p.diags.items[0].loc, p.diags.items[0].message);
  EXPECT_EQ(s.rfind("/tmp/Fmt.cfg:2:5: error: expected '=' or '<-', found '3'\n", 0), 0u) << s;
}

TEST(Cfg, UnterminatedCommentRunsToEndOfFile) {
  // TLC's cfg scanner reads an unclosed (* as a comment to the end of the file.
  auto p = parse("INIT Init\nNEXT Next (* never closed\nINVARIANT Inv\n");
  ASSERT_TRUE(p.cfg) << p.first_error();
  EXPECT_TRUE(p.cfg->invariants.empty());
}

TEST(CfgErrors, DeepNestingDoesNotCrash) {
  std::string deep = "CONSTANT N = " + std::string(100000, '{');
  auto p = parse(deep);
  EXPECT_FALSE(p.cfg);
  EXPECT_EQ(p.diags.items.size(), 1u);
  std::string deep2 = "CONSTANT N = " + std::string(150, '{') + std::string(150, '}');
  p = parse(deep2);
  EXPECT_TRUE(p.cfg) << p.first_error();
  std::string comments;
  for (int i = 0; i < 100000; ++i) comments += "(*";
  p = parse(comments);
  EXPECT_TRUE(p.cfg) << p.first_error();  // unclosed: a comment to the end of the file, as TLC reads it
  for (int i = 0; i < 100000; ++i) comments += "*)";
  p = parse(comments + " INIT I");
  EXPECT_TRUE(p.cfg) << p.first_error();
}

TEST(CfgErrors, RandomBytesNeverCrash) {
  std::mt19937 rng(12345);
  const std::string alphabet = "CONSTANTSINITNEXT{}<<>>,=-\"\\*()[]! \n\tabc123_TRUEFALSE";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s;
    size_t n = rng() % 60;
    for (size_t i = 0; i < n; ++i) {
      if (rng() % 4 == 0)
        s += static_cast<char>(rng() % 256);
      else
        s += alphabet[rng() % alphabet.size()];
    }
    auto p = parse(s);
    if (!p.cfg) {
      EXPECT_FALSE(p.diags.items.empty()) << s;
    }
    for (auto& d : p.diags.items) EXPECT_TRUE(d.loc.valid()) << s;
  }
}

// ------------------------------- corpus ------------------------------------------------

TEST(CfgCorpus, AllCorpusConfigsParse) {
#ifndef CAIRN_CORPUS_DIR
  GTEST_SKIP() << "CAIRN_CORPUS_DIR not defined";
#else
  namespace fs = std::filesystem;
  fs::path root = fs::path(CAIRN_CORPUS_DIR) / "specifications";
  if (!fs::is_directory(root)) GTEST_SKIP() << "no corpus at " << root;
  int count = 0;
  for (auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".cfg") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto p = parse(ss.str(), entry.path().string());
    ++count;
    EXPECT_TRUE(p.cfg) << entry.path() << ": "
                       << (p.diags.items.empty()
                               ? std::string("?")
                               : cairn::format_diagnostic(p.diags.items[0].loc,
                                                          p.diags.items[0].message));
  }
  EXPECT_GT(count, 0);
#endif
}

}  // namespace
