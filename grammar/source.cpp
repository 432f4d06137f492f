#include "grammar/source.hpp"

#include <algorithm>

namespace cairn {

const SourceFile& SourceManager::add(std::string path, std::string text) {
  auto f = std::make_unique<SourceFile>();
  f->id = static_cast<int>(files_.size());
  f->path = std::move(path);
  f->text = std::move(text);
  f->line_starts.push_back(0);
  for (size_t i = 0; i < f->text.size(); ++i)
    if (f->text[i] == '\n') f->line_starts.push_back(i + 1);
  files_.push_back(std::move(f));
  return *files_.back();
}

int advance_col(int col, unsigned char byte) {
  if (byte == '\t') return col - (col - 1) % 8 + 8;  // next tab stop (SimpleCharStream)
  if ((byte & 0xC0) == 0x80) return col;              // UTF-8 continuation byte
  return col + (byte >= 0xF0 ? 2 : 1);                // Java counts UTF-16 units
}

std::pair<int, int> SourceFile::line_col(size_t offset) const {
  const SourceFile& f = *this;
  const auto& ls = f.line_starts;
  auto it = std::upper_bound(ls.begin(), ls.end(), offset);
  size_t line = static_cast<size_t>(it - ls.begin());  // 1-based
  int col = 1;
  for (size_t i = ls[line - 1]; i < offset && i < f.text.size(); ++i)
    col = advance_col(col, static_cast<unsigned char>(f.text[i]));
  return {static_cast<int>(line), col};
}

std::string_view SourceFile::line_text(int line) const {
  const auto& f = *this;
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
  if (loc.valid()) {
    out += loc.file->path + ":" + std::to_string(loc.line) + ":" +
           std::to_string(loc.col) + ": ";
  }
  out += std::string(severity) + ": " + std::string(message) + "\n";
  if (loc.valid()) {
    std::string_view lt = loc.file->line_text(loc.line);
    out += std::string(lt) + "\n";
    std::string caret;
    int col = 1;
    for (size_t i = 0; i < lt.size() && col < loc.col; ++i) {
      unsigned char b = static_cast<unsigned char>(lt[i]);
      int next = advance_col(col, b);
      if (next != col) caret += b == '\t' ? '\t' : ' ';  // one per character
      col = next;
    }
    out += caret + "^\n";
  }
  return out;
}

}  // namespace cairn
