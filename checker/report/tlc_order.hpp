// The order in which TLC prints a state's variables. It is not the declaration order:
// TLC numbers the variables as SANY's ModuleNode.getVariableDecls lists them, the reverse
// of the enumeration of the root module's symbol table (tla2sany.semantic.Context, a
// java.util.Hashtable keyed by the symbols' names). That enumeration is deterministic: it
// depends only on the order and number of the symbols put into the table (the 72 built-in
// operators, then what EXTENDS merges, then the module's own declarations, definitions,
// instances and named theorems) and on the variables' String hash codes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cairn {

struct Model;

/// The indices of m's variables (into var_names) in TLC's printing order; declaration order
/// when the symbols of a module cannot be listed (a module that cannot be read).
std::vector<size_t> tlc_variable_order(const Model& m);

/// 0, 1, ..., n - 1.
std::vector<size_t> declaration_order(size_t n);

/// java.util.Hashtable's enumeration of keys put in this order, of which only `hashes`
/// matter (Hashtable's default capacity 11, load factor 0.75, rehash to 2n+1, new entries at
/// the head of their bucket, enumeration from the last bucket down): the positions of the
/// keys in enumeration order. Exposed for the unit test.
std::vector<size_t> java_hashtable_order(const std::vector<int32_t>& hashes);

/// Java's String.hashCode of an ASCII (or UTF-8, read as Latin-1) name.
int32_t java_string_hash(const std::string& s);

}  // namespace cairn
