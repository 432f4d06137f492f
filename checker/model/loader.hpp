// Finding, reading and parsing modules: the spec's folder, then each --lib folder, then
// the folders of TLA_PATH, then the standard modules built into the binary.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grammar/ast.hpp"

namespace cairn {

class ModuleLoader {
 public:
  /// Modules are searched in search_dirs, then among the standard ones; every file read
  /// is kept in `sources` (the model's).
  ModuleLoader(std::vector<std::string> search_dirs, SourceManager& sources)
      : dirs_(std::move(search_dirs)), sources_(sources) {}

  /// Reads a file into the sources; throws Error(system) if it cannot be read.
  const SourceFile& read_file(const std::string& path, Loc requested_at = {});

  /// Parses the file as the root module.
  ast::ModulePtr load_root(const std::string& path);

  /// Finds and parses a module by name (cached). Nested modules of already loaded files
  /// are found first. Throws Error(parse) if it is missing or malformed.
  ast::ModulePtr load(const std::string& name, Loc requested_at);

  /// True if `name` came from the built-in standard modules.
  bool is_standard(const std::string& name) const { return standard_.count(name) != 0; }

  void register_nested(const ast::ModulePtr& m);
  bool loaded(const std::string& name) const { return cache_.count(name) != 0; }

 private:
  ast::ModulePtr parse_file(const SourceFile& file);
  void parse_trailing_modules(const SourceFile& file, const std::string& first);
  std::vector<std::string> dirs_;
  SourceManager& sources_;
  std::map<std::string, ast::ModulePtr> cache_;
  std::map<std::string, bool> standard_;
};

/// The embedded text of a standard module, or nullptr.
const char* standard_module_text(const std::string& name);

}  // namespace cairn
