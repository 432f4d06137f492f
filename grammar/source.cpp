#include "grammar/source.hpp"

#include <algorithm>

namespace cairn {

SourceManager& SourceManager::instance() {
  static SourceManager sm;
  return sm;
}

int SourceManager::add(std::string path, std::string text) {
  auto f = std::make_unique<SourceFile>();
  f->path = std::move(path);
  f->text = std::move(text);
  f->line_starts.push_back(0);
  for (size_t i = 0; i < f->text.size(); ++i)
    if (f->text[i] == '\n') f->line_starts.push_back(i + 1);
  files_.push_back(std::move(f));
  return static_cast<int>(files_.size() - 1);
}

std::pair<int, int> SourceManager::line_col(int id, size_t offset) const {
  const auto& ls = file(id).line_starts;
  auto it = std::upper_bound(ls.begin(), ls.end(), offset);
  size_t line = static_cast<size_t>(it - ls.begin());  // 1-based
  return {static_cast<int>(line), static_cast<int>(offset - ls[line - 1] + 1)};
}

std::string_view SourceManager::line_text(int id, int line) const {
  const auto& f = file(id);
  if (line < 1 || static_cast<size_t>(line) > f.line_starts.size()) return {};
  size_t b = f.line_starts[static_cast<size_t>(line - 1)];
  size_t e = f.text.find('\n', b);
  if (e == std::string::npos) e = f.text.size();
  if (e > b && f.text[e - 1] == '\r') --e;
  return std::string_view(f.text).substr(b, e - b);
}

std::string format_diagnostic(const Loc& loc, std::string_view message,
                              std::string_view severity) {
  std::string out;
  auto& sm = SourceManager::instance();
  if (loc.valid()) {
    out += sm.file(loc.file).path + ":" + std::to_string(loc.line) + ":" +
           std::to_string(loc.col) + ": ";
  }
  out += std::string(severity) + ": " + std::string(message) + "\n";
  if (loc.valid()) {
    std::string_view lt = sm.line_text(loc.file, loc.line);
    out += std::string(lt) + "\n";
    std::string caret;
    for (int i = 1; i < loc.col && static_cast<size_t>(i - 1) < lt.size(); ++i)
      caret += lt[static_cast<size_t>(i - 1)] == '\t' ? '\t' : ' ';
    out += caret + "^\n";
  }
  return out;
}

}  // namespace cairn
