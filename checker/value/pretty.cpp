// TLC's pretty printer for printed values (tlc2.pprint.Parse/Format, behind Values.ppr):
// the value's one-line text is re-parsed into sets, sequences, records, functions and
// constants, and anything longer than the width is broken over lines with TLC's
// delimiters and padding. Where TLC's little parser gives up (a record field or model
// value with `_`, a string holding `\"`, text after the value), the text stays as it is.
#include "checker/value/pretty.hpp"

#include <cctype>
#include <algorithm>
#include <memory>
#include <vector>

namespace cairn {

namespace {

enum class NodeKind { Constant, Set, Sequence, Record, RecordPair, Function, FunctionPair, Subset };

struct Node {
  NodeKind kind;
  size_t first, last = 0;  // the value is text[first..last]
  std::vector<std::unique_ptr<Node>> children;
  size_t length() const { return last - first + 1; }
};

struct GiveUp {};  // TLC's ParseException (or an index off the end of the string)

class Parser {
 public:
  explicit Parser(const std::string& s) : s_(s) {}

  std::unique_ptr<Node> parse(size_t i) {
    i = skip_ws(i);
    switch (at(i)) {
      case '{': return list(i, NodeKind::Set, 1, '}');
      case '<': return list(i, NodeKind::Sequence, 2, '>');
      case '[': return pairs(i, NodeKind::Record, ']', "|->", NodeKind::RecordPair, nullptr);
      case '(': return pairs(i, NodeKind::Function, ')', ":>", NodeKind::FunctionPair, "@@");
      default: break;
    }
    if (s_.compare(i, 6, "SUBSET") == 0) {
      auto n = std::make_unique<Node>(Node{NodeKind::Subset, i});
      n->children.push_back(parse(skip_ws(i + 6)));
      n->last = n->children.back()->last;
      return n;
    }
    return constant(i);
  }

 private:
  const std::string& s_;

  char at(size_t i) const {
    if (i >= s_.size()) throw GiveUp{};
    return s_[i];
  }
  static bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
  // Java's Character.isLetterOrDigit: a byte of a UTF-8 sequence counts as a letter.
  static bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }
  size_t skip_ws(size_t i) const {
    while (std::isspace(static_cast<unsigned char>(at(i)))) ++i;
    return i;
  }

  // Parse.parseSet / parseSequence: elements separated by optional commas up to `close`
  // (a sequence's node ends on its second '>').
  std::unique_ptr<Node> list(size_t i, NodeKind kind, size_t open_len, char close) {
    auto n = std::make_unique<Node>(Node{kind, i});
    size_t last = skip_ws(i + open_len);
    while (at(last) != close) {
      n->children.push_back(parse(last));
      last = skip_ws(n->children.back()->last + 1);
      if (at(last) == ',') ++last;
      last = skip_ws(last);
    }
    if (kind == NodeKind::Sequence) ++last;
    n->last = last;
    return n;
  }

  // Parse.parseRecord / parseFunction: `key div value` pairs, separated by `sep` (a
  // function's "@@") or by an optional comma (a record's).
  std::unique_ptr<Node> pairs(size_t i, NodeKind kind, char close, const char* div, NodeKind pair_kind,
                              const char* sep) {
    auto n = std::make_unique<Node>(Node{kind, i});
    size_t last = skip_ws(i + 1);
    while (at(last) != close) {
      n->children.push_back(pair(last, pair_kind, div));
      last = skip_ws(n->children.back()->last + 1);
      if (sep ? s_.compare(last, 2, sep) == 0 : at(last) == ',') last += sep ? 2 : 1;
      last = skip_ws(last);
    }
    n->last = last;
    return n;
  }

  std::unique_ptr<Node> pair(size_t i, NodeKind kind, const std::string& div) {
    auto n = std::make_unique<Node>(Node{kind, i});
    n->children.push_back(parse(i));
    size_t last = skip_ws(n->children.back()->last + 1);
    if (s_.compare(last, div.size(), div) != 0) throw GiveUp{};
    n->children.push_back(parse(skip_ws(last + div.size())));
    n->last = n->children.back()->last;
    return n;
  }

  // Parse.parseConstant: a string (up to the next '"'), an interval i..j, a negative
  // integer, or a run of letters and digits (integer, boolean, model value, name).
  std::unique_ptr<Node> constant(size_t i) {
    size_t first = skip_ws(i), last = first;
    auto make = [&](size_t l) { return std::make_unique<Node>(Node{NodeKind::Constant, first, l}); };
    if (at(first) == '"') {
      do ++last; while (at(last) != '"');
      return make(last);
    }
    if (digit(at(last))) {
      if (size_t end = interval_end(i)) return make(end);
    }
    if (at(last) == '-') {
      ++last;
      while (last < s_.size() && digit(s_[last])) ++last;
      return make(last - 1);
    }
    if (alnum(at(last))) {
      while (last < s_.size() && alnum(s_[last])) ++last;
      return make(last - 1);
    }
    throw GiveUp{};
  }

  // Parse.parseInterval: the index of the last digit of `i..j`, or 0 if it is none.
  size_t interval_end(size_t i) const {
    size_t last = i;
    while (last < s_.size() && digit(s_[last])) ++last;
    if (s_.compare(last, 2, "..") != 0) return 0;
    last += 2;
    if (last >= s_.size() || !digit(s_[last])) return 0;
    while (last < s_.size() && digit(s_[last])) ++last;
    return last - 1;
  }
};

struct Delims {
  const char *open, *close, *pad, *sep, *div = nullptr, *divpad = nullptr;
};
const Delims kSet{"{ ", " }", "  ", ","};
const Delims kSeq{"<< ", " >>", "   ", ","};
const Delims kFun{"( ", " )", "  ", " @@", " :>", "    "};
const Delims kRec{"[ ", " ]", "  ", ",", " |->", "    "};
const Delims kSubset{"SUBSET ", " ", " ", ","};

class Formatter {
 public:
  explicit Formatter(const std::string& s) : s_(s) {}

  // Format.format: the value's own text if it fits in width - trailer columns.
  std::string format(const Node& n, long width, long trailer, const std::string& left) const {
    if (static_cast<long>(n.length()) <= width - trailer) return text(n);
    switch (n.kind) {
      case NodeKind::Set: return simple(n, width, trailer, left, kSet);
      case NodeKind::Sequence: return simple(n, width, trailer, left, kSeq);
      case NodeKind::Function: return paired(n, width, trailer, left, kFun);
      case NodeKind::Record: return paired(n, width, trailer, left, kRec);
      case NodeKind::Subset: return simple(n, width, trailer, left, kSubset);
      default: return text(n);
    }
  }

 private:
  const std::string& s_;

  std::string text(const Node& n) const { return s_.substr(n.first, n.length()); }
  static long len(const char* s) { return static_cast<long>(std::char_traits<char>::length(s)); }
  static long inner(long width, const Delims& d) { return width - std::max(len(d.open), len(d.pad)); }

  // Format.formatSimpleValue / formatValues: one element a line.
  std::string simple(const Node& n, long width, long trailer, const std::string& left, const Delims& d) const {
    long w = inner(width, d), t = trailer + len(d.close);
    std::string pad = left + d.pad, out = d.open;
    for (size_t i = 0; i < n.children.size(); ++i) {
      bool last = i + 1 == n.children.size();
      out += format(*n.children[i], w, last ? t : len(d.sep), pad);
      if (!last) out += d.sep + ("\n" + pad);
    }
    return out + d.close;
  }

  // Format.formatPairValue / formatPairs: one pair a line, the value under its key when
  // the pair does not fit.
  std::string paired(const Node& n, long width, long trailer, const std::string& left, const Delims& d) const {
    long w = inner(width, d), t = trailer + len(d.close);
    std::string pad = left + d.pad, dpad = pad + d.divpad, out = d.open;
    long div = len(d.div), sep = len(d.sep), divpad = len(d.divpad);
    for (size_t i = 0; i < n.children.size(); ++i) {
      const Node& key = *n.children[i]->children[0];
      const Node& val = *n.children[i]->children[1];
      bool last = i + 1 == n.children.size();
      long kl = static_cast<long>(key.length()), vl = static_cast<long>(val.length());
      long room = last ? w - t : w - sep;
      if (kl + div + 1 + vl <= room) {
        out += text(key) + d.div + " " + text(val);
      } else {
        out += kl + div <= w ? text(key) : format(key, w, t + div, pad);
        out += d.div + ("\n" + dpad) + format(val, w - divpad, last ? t : sep, dpad);
      }
      if (!last) out += d.sep + ("\n" + pad);
    }
    return out + d.close;
  }
};

}  // namespace

std::string tlc_pretty(const std::string& text, long width) {
  if (text.empty()) return text;
  try {
    Parser p(text);
    std::unique_ptr<Node> tree = p.parse(0);
    if (tree->last + 1 < text.size()) return text;
    return Formatter(text).format(*tree, width, 0, "");
  } catch (const GiveUp&) {
    return text;
  }
}

}  // namespace cairn
