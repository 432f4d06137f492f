#include "checker/model/loader.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "grammar/parse.hpp"

namespace cairn::stdlib {
struct Embedded {
  const char* name;
  const char* text;
};
extern const Embedded kModules[];
extern const size_t kModuleCount;
}  // namespace cairn::stdlib

namespace cairn {

const char* standard_module_text(const std::string& name) {
  for (size_t i = 0; i < stdlib::kModuleCount; ++i)
    if (name == stdlib::kModules[i].name) return stdlib::kModules[i].text;
  return nullptr;
}

const SourceFile& ModuleLoader::read_file(const std::string& path, Loc requested_at) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw Error(requested_at, "cannot read file " + path, exit_code::system);
  std::stringstream ss;
  ss << in.rdbuf();
  return sources_.add(path, ss.str());
}

ast::ModulePtr ModuleLoader::parse_file(const SourceFile& file) {
  Diagnostics diags;
  ast::ModulePtr m = grammar::parse_module(file, diags);
  if (!m || !diags.empty()) {
    std::string msg;
    Loc first;
    for (size_t i = 0; i < diags.items.size(); ++i) {
      if (i == 0) { first = diags.items[i].loc; msg = diags.items[i].message; }
      else msg += "\n" + format_diagnostic(diags.items[i].loc, diags.items[i].message);
    }
    if (diags.items.empty()) msg = "could not parse module";
    throw Error(first, msg, exit_code::parse, tlc_ec::sany_parse_error);
  }
  register_nested(m);
  parse_trailing_modules(file, m->name);
  return m;
}

// A file may hold further modules after the first one's `====` (SANY reads them all):
// each is parsed from a copy of the text with everything before its header blanked out,
// which keeps line and column numbers right.
void ModuleLoader::parse_trailing_modules(const SourceFile& file, const std::string& first) {
  const std::string text = file.text;
  static const std::regex header(R"((^|\n)-{4,}[ \t]*MODULE[ \t]+([A-Za-z0-9_]+)[ \t]*-{4,})");
  std::vector<std::pair<size_t, std::string>> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), header); it != std::sregex_iterator(); ++it)
    found.emplace_back(static_cast<size_t>(it->position(0)) + it->length(1), (*it)[2].str());
  if (found.size() < 2) return;
  for (size_t k = 1; k < found.size(); ++k) {
    const auto& [pos, name] = found[k];
    if (name == first || cache_.count(name)) continue;
    std::string copy = text;
    for (size_t i = 0; i < pos; ++i)
      if (copy[i] != '\n') copy[i] = ' ';
    const SourceFile& part = sources_.add(file.path, std::move(copy));
    Diagnostics diags;
    ast::ModulePtr m = grammar::parse_module(part, diags);
    if (m && diags.empty() && m->name == name) {
      cache_[name] = m;
      register_nested(m);
    }
  }
}

void ModuleLoader::register_nested(const ast::ModulePtr& m) {
  for (const auto& u : m->units)
    if (u->kind == ast::UnitKind::Submodule && u->nested) {
      cache_.emplace(u->nested->name, u->nested);
      register_nested(u->nested);
    }
}

ast::ModulePtr ModuleLoader::load_root(const std::string& path) {
  ast::ModulePtr m = parse_file(read_file(path));
  cache_[m->name] = m;
  return m;
}

ast::ModulePtr ModuleLoader::load(const std::string& name, Loc requested_at) {
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second;
  for (const auto& d : dirs_) {
    std::filesystem::path p = std::filesystem::path(d) / (name + ".tla");
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) {
      ast::ModulePtr m = parse_file(read_file(p.string(), requested_at));
      cache_[name] = m;
      return m;
    }
  }
  if (const char* text = standard_module_text(name)) {
    ast::ModulePtr m = parse_file(sources_.add("<stdlib>/" + name + ".tla", text));
    cache_[name] = m;
    standard_[name] = true;
    return m;
  }
  throw Error(requested_at, "cannot find module " + name, exit_code::parse);
}

}  // namespace cairn
