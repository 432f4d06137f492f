// Tokens of the TLA+ lexer (grammar/lexemes.cpp, Spirit X3 over characters). The
// expression/module grammars (grammar/expr_*.cpp, grammar/module_parser.cpp) are Spirit
// X3 parsers over this token vector, so that column-sensitive junction lists, maximal
// munch of operator symbols and keyword reservation are decided once, here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"

namespace cairn::grammar {

enum class T : uint8_t {
  Ident,   // text = name
  Num,     // ival (or text if too big)
  Dec,     // text = "1.5"
  Str,     // text = decoded contents
  Sym,     // operator / punctuation; id = interned canonical spelling
  Kw,      // reserved word; id = interned spelling
  Step,    // proof step token <1>a. ; text = spelling
  Sep,     // ---- (4 or more dashes)
  End,     // ==== (4 or more equals)
  Eof,
};

struct Token {
  T kind = T::Eof;
  int id = -1;          // interned spelling for Sym/Kw (see sym_id)
  bool big = false;     // Num does not fit int64
  int64_t ival = 0;
  std::string text;
  uint32_t b = 0, e = 0;  // byte offsets [b, e)
  int line = 0, col = 0;  // 1-based; col as advance_col counts (junction alignment)
};

/// Interned id of a symbol/keyword spelling (canonical spelling), or -1.
int sym_id(std::string_view s);
const std::string& sym_text(int id);
bool is_keyword(std::string_view s);

/// The operator or punctuation symbol at the start of `s` as the lexer reads it (maximal
/// munch, backslash words, synonyms canonicalised into `spelling`): its length, or 0.
/// Used by the cfg reader too, which TLC reads with SANY's lexer (`Plus <- +`).
size_t symbol_at(std::string_view s, std::string& spelling);

struct LexError {
  uint32_t offset;
  std::string message;
};

/// Lexes the module text of SourceManager file `file`: skips text before the first
/// `---- MODULE`, stops after the matching `====`. With `whole` the whole text is lexed
/// (for parse_expr). Throws LexError.
std::vector<Token> lex(const SourceFile& file, bool whole);

}  // namespace cairn::grammar
