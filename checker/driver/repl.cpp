#include "checker/driver/repl.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "checker/eval/eval.hpp"
#include "checker/model/model.hpp"

#ifdef CAIRN_LIBEDIT
#include <editline/readline.h>
#endif

namespace cairn {

namespace fs = std::filesystem;

namespace {

// The module an input is evaluated in: its first line is kExprLine, so an error's line in
// tlarepl.tla minus kExprLine - 1 is its line in the input, at the same column.
constexpr int kExprLine = 4;
const char* kExtends = "Reals, Sequences, Bags, FiniteSets, TLC, Randomization";

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw Error(Loc{}, "cannot write " + p.string(), exit_code::system);
}

/// An error located in tlarepl.tla, moved to the input (a source file of its own, so the
/// message shows the input's line and a caret); other errors stay where they are.
Error relocate(const Error& e, const std::string& repl_path, const std::string& expr, const std::string& name,
               SourceManager& inputs) {
  const Loc& l = e.loc();
  if (!l.valid() || l.file->path != repl_path) return e;
  int lines = 1 + static_cast<int>(std::count(expr.begin(), expr.end(), '\n'));
  int line = l.line - (kExprLine - 1);
  if (line < 1) return Error(Loc{}, e.what(), e.code());  // the header (EXTENDS): no place in the input
  Loc at{&inputs.add(name, expr), std::min(line, lines), l.col, 0, 0};
  at.end_line = std::max(at.line, std::min(l.end_line - (kExprLine - 1), lines));
  at.end_col = l.end_col;
  std::string msg = e.what();
  if (line > lines) {  // the end of the module: the input ended too early
    at.col = 1;
    if (auto p = msg.find("`====`"); p != std::string::npos) msg.replace(p, 6, "the end of the input");
  }
  return Error(at, msg, e.code());
}

}  // namespace

ExprEvaluator::ExprEvaluator(ReplOptions o) : o_(std::move(o)) {
  std::string tmpl = (fs::temp_directory_path() / "cairn-repl-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw Error(Loc{}, "cannot create a temporary folder", exit_code::system);
  dir_ = tmpl;
}

ExprEvaluator::~ExprEvaluator() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void ExprEvaluator::load(const std::string& spec_path) {
  o_.spec_path = spec_path;
  o_.cfg_path.clear();
}

std::string ExprEvaluator::cfg_for_spec() const {
  if (!o_.cfg_path.empty()) return o_.cfg_path;
  if (!o_.spec_path.empty()) {
    fs::path cfg = fs::path(o_.spec_path).replace_extension(".cfg");
    if (fs::exists(cfg)) return cfg.string();
  }
  fs::path empty = fs::path(dir_) / "tlarepl.cfg";
  write_text(empty, "");
  return empty.string();
}

std::string ExprEvaluator::eval(const std::string& expr, const std::string& input_name) {
  ModelOptions mo;
  mo.libs = o_.libs;
  std::string extends = kExtends;
  if (!o_.spec_path.empty()) {
    if (!fs::exists(o_.spec_path)) throw Error(Loc{}, "cannot read " + o_.spec_path, exit_code::system);
    fs::path spec(o_.spec_path);
    extends += ", " + spec.stem().string();
    mo.libs.insert(mo.libs.begin(), spec.parent_path().empty() ? "." : spec.parent_path().string());
  }
  fs::path module = fs::path(dir_) / "tlarepl.tla";
  write_text(module, "---- MODULE tlarepl ----\nEXTENDS " + extends + "\nreplvalue ==\n" + expr + "\n====\n");
  mo.spec_path = module.string();
  mo.cfg_path = cfg_for_spec();
  try {
    session_ = std::make_shared<Session>();
    std::unique_ptr<Model> m = load_model(mo, session_);
    const Symbol* s = m->spec->find("replvalue");
    if (!s || !s->def) throw Error(Loc{}, "the input defines no value", exit_code::parse);
    if (s->def->level > Level::Constant)
      throw Error(s->def->body ? s->def->body->loc : s->loc,
                  "The REPL evaluates constant-level expressions; this one refers to a variable or uses an action "
                  "or temporal operator.",
                  exit_code::eval_spec);
    m->session->run.configure({false, 1, 0});
    Ctx c;
    c.worker = m->worker();
    return to_string(call_def(s->def, {}, c));
  } catch (const Error& e) {
    throw relocate(e, module.string(), expr, input_name, inputs_);
  }
}

bool input_incomplete(const std::string& text) {
  int depth = 0, lets = 0, ifs = 0;
  std::string last;  // the last token
  for (size_t i = 0; i < text.size();) {
    char ch = text[i];
    if (ch == '"') {  // a string: skip it whole
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
      ++i;
      last.assign(1, '"');
      continue;
    }
    if (text.compare(i, 2, "\\*") == 0) {  // a line comment
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(ch))) {
      ++i;
      continue;
    }
    size_t j = i;
    if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_') {
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
    } else if (text.compare(i, 2, "<<") == 0 || text.compare(i, 2, ">>") == 0) {
      j = i + 2;
    } else if (std::string("()[]{}").find(ch) != std::string::npos) {
      j = i + 1;
    } else {
      while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) &&
             std::string("()[]{}\"").find(text[j]) == std::string::npos &&
             !std::isalnum(static_cast<unsigned char>(text[j])))
        ++j;
      if (ch == '\\')  // \in, \cup, \X: an operator word
        while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    }
    last = text.substr(i, j - i);
    if (last == "(" || last == "[" || last == "{" || last == "<<") ++depth;
    if (last == ")" || last == "]" || last == "}" || last == ">>") --depth;
    if (last == "LET") ++lets;
    if (last == "IN") --lets;
    if (last == "IF") ++ifs;
    if (last == "ELSE") --ifs;
    i = j;
  }
  static const char* const kNeedsOperand[] = {
      "/\\", "\\/", "=>", "<=>", ",", "==", "=", "#", "/=", ":", "->", "|->", "<-", "+", "-", "*", "/", "^", "..",
      "<", ">", "<=", ">=", "=<", "\\leq", "\\geq", "\\in", "\\notin", "\\cup", "\\cap", "\\union", "\\intersect",
      "\\", "\\subseteq", "\\X", "\\times", "\\o", "\\div", "%", ":>", "@@", "~", "IN", "THEN", "ELSE", "LET", "IF",
      "CASE", "[]", "CHOOSE", "SUBSET", "UNION", "DOMAIN", "EXCEPT", "!", "\\E", "\\A", "LAMBDA", "&&", "||"};
  for (const char* op : kNeedsOperand)
    if (last == op) return true;
  return depth > 0 || lets > 0 || ifs > 0;
}

int run_eval(const ReplOptions& o, const std::string& expr) {
  try {
    ExprEvaluator ev(o);
    std::cout << ev.eval(expr, "<expr>") << std::endl;
    return 0;
  } catch (const Error& e) {
    std::cout.flush();
    std::cerr << format_diagnostic(e.loc(), e.what());
    return exit_code::status_of(e.code());
  }
}

namespace {

/// Reads lines: libedit with a prompt and history on a terminal, else plain stdin.
class LineReader {
 public:
  explicit LineReader(bool batch) : edit_(!batch && isatty(STDIN_FILENO)) {
#ifdef CAIRN_LIBEDIT
    if (edit_) {
      if (const char* home = std::getenv("HOME")) history_ = std::string(home) + "/.cairn_repl_history";
      using_history();
      if (!history_.empty()) read_history(history_.c_str());
    }
#endif
  }
  ~LineReader() {
#ifdef CAIRN_LIBEDIT
    if (edit_ && !history_.empty()) write_history(history_.c_str());
#endif
  }
  bool interactive() const { return edit_; }

  std::optional<std::string> read(const char* prompt) {
#ifdef CAIRN_LIBEDIT
    if (edit_) {
      char* line = readline(prompt);
      if (!line) return std::nullopt;
      std::string s(line);
      std::free(line);
      if (!s.empty()) add_history(s.c_str());
      return s;
    }
#endif
    if (edit_) std::cout << prompt << std::flush;
    std::string s;
    if (!std::getline(std::cin, s)) return std::nullopt;
    return s;
  }

 private:
  bool edit_;
  std::string history_;
};

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

void help() {
  std::cout << "Enter a constant-level TLA+ expression (it may span several lines).\n"
               "  :load SPEC.tla   evaluate in SPEC's definitions and constants (its cfg's values)\n"
               "  :quit            leave (also Ctrl-D)\n";
}

}  // namespace

int run_repl(const ReplOptions& o) {
  LineReader in(o.batch);
  std::optional<ExprEvaluator> ev;
  try {
    ev.emplace(o);
  } catch (const Error& e) {
    std::cerr << format_diagnostic(e.loc(), e.what());
    return exit_code::status_of(e.code());
  }
  auto evaluate = [&](const std::string& expr) {
    try {
      std::string v = ev->eval(expr);
      std::cout << v << std::endl;
    } catch (const Error& e) {
      std::cout.flush();
      std::cerr << format_diagnostic(e.loc(), e.what()) << std::flush;
    }
  };
  auto load = [&](const std::string& spec) {
    ev->load(spec);
    try {
      ev->eval("TRUE");  // reports the spec's errors now rather than at the first input
      if (!spec.empty() && in.interactive()) std::cout << "Loaded " << spec << "\n";
    } catch (const Error& e) {
      std::cerr << format_diagnostic(e.loc(), e.what()) << std::flush;
    }
  };
  if (in.interactive()) {
    std::cout << "Welcome to the TLA+ REPL (cairn " << CAIRN_VERSION << "). :help lists the commands.\n";
  }
  if (!o.spec_path.empty()) load(o.spec_path);
  std::string pending;
  while (auto line = in.read(pending.empty() ? "(tla+) " : "....... ")) {
    std::string t = trim(*line);
    if (pending.empty()) {
      if (t.empty()) continue;
      if (t == ":quit" || t == ":q") break;
      if (t == ":help") {
        help();
        continue;
      }
      if (t.rfind(":load", 0) == 0) {
        load(trim(t.substr(5)));
        continue;
      }
      if (t[0] == ':') {
        std::cerr << "cairn: error: unknown command " << t << " (:help lists them)\n";
        continue;
      }
    }
    pending += (pending.empty() ? "" : "\n") + *line;
    // An empty line ends an input that still looks incomplete (its error is then shown).
    if (!t.empty() && input_incomplete(pending)) continue;
    evaluate(pending);
    pending.clear();
  }
  if (!pending.empty()) evaluate(pending);
  return 0;
}

}  // namespace cairn
