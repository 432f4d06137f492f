// Source files, locations and diagnostics shared by every stage.
//
// One error type with a location is used everywhere (as in Rumur): parse errors, meaning
// errors, config errors and run-time evaluation errors all print as
// `path/File.tla:LINE:COL: error: message`, then the source line with a caret.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cairn {

struct SourceFile;

/// A range in one source file (null: no location). Lines and columns are 1-based, as
/// editors show them.
struct Loc {
  const SourceFile* file = nullptr;
  int line = 0, col = 0;
  int end_line = 0, end_col = 0;
  bool valid() const { return file && line > 0; }
  bool operator==(const Loc& o) const {
    return file == o.file && line == o.line && col == o.col && end_line == o.end_line && end_col == o.end_col;
  }
};

struct SourceFile {
  int id = 0;        // its index in its SourceManager (stable across runs of one model)
  std::string path;  // as given on the command line or found on the search path
  std::string text;
  std::vector<size_t> line_starts;  // offset of each line's first byte
  /// Line and column (1-based, as advance_col counts) of a byte offset.
  std::pair<int, int> line_col(size_t offset) const;
  /// The text of a line, without its newline.
  std::string_view line_text(int line) const;
};

/// Owns the text of every file a model reads (modules and cfg); a model's Session owns
/// one. Append-only, so files stay where they are; not thread-safe for adding (files are
/// read before exploring). A Loc points at its file, so printing one needs no manager.
class SourceManager {
 public:
  SourceManager() = default;
  SourceManager(const SourceManager&) = delete;
  SourceManager& operator=(const SourceManager&) = delete;
  const SourceFile& add(std::string path, std::string text);
  const SourceFile& file(int id) const { return *files_.at(static_cast<size_t>(id)); }
  int size() const { return static_cast<int>(files_.size()); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

/// The column after a byte of a line at column `col`, counted as SANY counts (JavaCC's
/// SimpleCharStream): a tab moves to the next multiple of 8 plus one, a character is one
/// column (two beyond the BMP: UTF-16 units).
int advance_col(int col, unsigned char byte);

/// TLC's exit codes (tlc2.output.EC.ExitStatus).
namespace exit_code {
constexpr int success = 0;
constexpr int assumption = 10;
constexpr int deadlock = 11;
constexpr int invariant = 12;
constexpr int property = 13;
constexpr int assert_failed = 14;
constexpr int eval_spec = 75;
constexpr int eval_invariant = 76;
constexpr int eval_property = 77;
constexpr int parse = 150;
constexpr int config = 151;
constexpr int memory_limit = 152;  // TLC's ERROR_STATESPACE_TOO_LARGE (README "Long runs")
constexpr int system = 153;
constexpr int other = 255;
/// Not an exit status: an error TLC raises as an EvalException from a standard module's
/// Java code (report/verdict.cpp maps it by stage: 255 in the next-state relation).
constexpr int eval_module = 256 + eval_spec;
/// The exit status for an Error's code outside a checking stage (loading a model).
constexpr int status_of(int code) { return code == eval_module ? eval_spec : code; }
}  // namespace exit_code

/// What TLC's front ends are told of an error beyond its exit code (`-tool`'s message
/// code, checker/report/tool.cpp): an evaluation error of a standard module's Java code is
/// an EvalException carrying one of tlc2/output/EC.java's codes (TLC_MODULE_*), 0 when
/// there is none; a module's syntax error is SANY's parse error, not a semantic one.
namespace tlc_ec {
constexpr int none = 0;
constexpr int sany_parse_error = -1;  // no EC: SANY's "***Parse Error***" report
constexpr int module_check_member_of = 2158;
constexpr int module_argument_error = 2169;
constexpr int module_applying_to_wrong_value = 2176;
constexpr int module_overflow = 2178;
constexpr int module_division_by_zero = 2179;
constexpr int module_null_power_null = 2180;
constexpr int module_computing_cardinality = 2181;
constexpr int module_argument_not_in_domain = 2183;
constexpr int module_apply_empty_seq = 2184;
constexpr int module_argument_error_an = 2266;
constexpr int module_one_argument_error = 2283;
}  // namespace tlc_ec

/// The one error type: a message, where it happened, the exit code it maps to and, for
/// `-tool`, TLC's message code (tlc_ec above).
class Error : public std::runtime_error {
 public:
  Error(Loc loc, std::string message, int code, int tlc_code = tlc_ec::none)
      : std::runtime_error(message), loc_(loc), code_(code), tlc_code_(tlc_code) {}
  const Loc& loc() const { return loc_; }
  int code() const { return code_; }
  int tlc_code() const { return tlc_code_; }

  /// The expressions the error passed through on its way out of the evaluator, innermost
  /// first, each once in a row: TLC's CallStack (TLC_NESTED_EXPRESSION) read outside in.
  const std::vector<Loc>& nesting() const { return nesting_; }
  void nested_in(const Loc& l) {
    if (l.valid() && (nesting_.empty() || !(nesting_.back() == l))) nesting_.push_back(l);
  }
  void set_nesting(std::vector<Loc> n) { nesting_ = std::move(n); }

 private:
  Loc loc_;
  int code_;
  int tlc_code_;
  std::vector<Loc> nesting_;
};

/// `path:line:col: error: message` followed by the source line and a caret (if located).
std::string format_diagnostic(const Loc& loc, std::string_view message,
                              std::string_view severity = "error");

/// Collects front-end errors so a user sees all of them at once (as Souffle does).
struct Diagnostics {
  struct Item {
    Loc loc;
    std::string message;
  };
  std::vector<Item> items;
  void error(Loc loc, std::string message) { items.push_back({loc, std::move(message)}); }
  bool empty() const { return items.empty(); }
};

}  // namespace cairn
