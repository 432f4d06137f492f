// Entry points of the TLA+ parser (Boost.Spirit X3; the grammar lives in grammar/*.cpp,
// split across translation units to keep compile times down).
#pragma once

#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/source.hpp"

namespace cairn::grammar {

/// Parses the module in `file` (text before `---- MODULE` and after `====` is ignored).
/// On error returns nullptr and adds located messages to `diags`.
ast::ModulePtr parse_module(const SourceFile& file, Diagnostics& diags);

/// Parses a single expression (for tests and tools). The text is added to `sources`
/// under `name`. On error returns nullptr and adds messages to `diags`.
ast::ExprPtr parse_expr(SourceManager& sources, std::string_view text, Diagnostics& diags,
                        std::string_view name = "<expr>");

/// Prints an expression back in TLA+ syntax, fully parenthesised (the AST dump used by
/// golden tests): e.g. `(a + (b * c))`, `(/\ x (/\ y))` etc. Deterministic.
std::string dump(const ast::Expr& e);
std::string dump(const ast::Module& m);

}  // namespace cairn::grammar
