// Typed verdicts: the exit code TLC gives each outcome (tlc2.output.EC.ExitStatus), the
// wording report/ gives it, and the JSON report's fields for a run that stopped early.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "checker/report/report.hpp"

namespace cairn {
namespace {

Verdict error_in(Stage stage, int code) { return Verdict::from_error(Error(Loc{}, "boom", code), stage); }

TEST(Verdict, ExitCodesOfViolations) {
  EXPECT_EQ(exit_code_of(Verdict{}), 0);
  EXPECT_EQ(exit_code_of(Verdict::found(VerdictKind::assumption_false)), 10);
  EXPECT_EQ(exit_code_of(Verdict::found(VerdictKind::postcondition_false, "P")), 10);
  EXPECT_EQ(exit_code_of(Verdict::found(VerdictKind::deadlock)), 11);
  EXPECT_EQ(exit_code_of(Verdict::found(VerdictKind::invariant, "Inv")), 12);
  EXPECT_EQ(exit_code_of(Verdict::found(VerdictKind::action_property, "P")), 13);
  EXPECT_EQ(exit_code_of(Verdict::found(VerdictKind::liveness, "L")), 13);
}

// An Assert is 14 only in the next-state relation; in Init or a constraint it is an
// evaluation error of the spec (75), in an invariant 76; an action property's error is 13.
TEST(Verdict, ErrorsAreCodedByStage) {
  EXPECT_EQ(error_in(Stage::next, exit_code::assert_failed).kind, VerdictKind::assertion);
  EXPECT_EQ(exit_code_of(error_in(Stage::next, exit_code::assert_failed)), 14);
  EXPECT_EQ(exit_code_of(error_in(Stage::init, exit_code::assert_failed)), 75);
  EXPECT_EQ(exit_code_of(error_in(Stage::constraint, exit_code::assert_failed)), 75);
  EXPECT_EQ(exit_code_of(error_in(Stage::invariant, exit_code::assert_failed)), 76);
  EXPECT_EQ(exit_code_of(error_in(Stage::invariant, exit_code::eval_spec)), 76);
  // A standard module's error (module_error, 255) keeps TLC's 255 where TLC reports the
  // EvalException's own code; an invariant's errors are all 76, Init's all 75.
  EXPECT_EQ(exit_code_of(error_in(Stage::action_property, exit_code::eval_spec)), 13);
  EXPECT_EQ(exit_code_of(error_in(Stage::action_property, exit_code::other)), 255);
  EXPECT_EQ(exit_code_of(error_in(Stage::next, exit_code::other)), 255);
  EXPECT_EQ(exit_code_of(error_in(Stage::constraint, exit_code::other)), 255);
  EXPECT_EQ(exit_code_of(error_in(Stage::invariant, exit_code::other)), 76);
  EXPECT_EQ(exit_code_of(error_in(Stage::init, exit_code::other)), 75);
  EXPECT_EQ(exit_code_of(error_in(Stage::liveness, exit_code::eval_spec)), 255);
  EXPECT_EQ(exit_code_of(error_in(Stage::liveness, exit_code::assert_failed)), 14);
  EXPECT_EQ(exit_code_of(error_in(Stage::symmetry, exit_code::eval_spec)), 151);
  EXPECT_EQ(exit_code_of(error_in(Stage::load, exit_code::parse)), 150);
  EXPECT_EQ(result_name(error_in(Stage::invariant, exit_code::assert_failed)), "error");
  EXPECT_EQ(result_name(error_in(Stage::next, exit_code::assert_failed)), "safety failure");
}

TEST(Verdict, Wording) {
  EXPECT_EQ(headline(Verdict::found(VerdictKind::invariant, "Inv")), "Invariant Inv is violated.");
  EXPECT_EQ(headline(Verdict::found(VerdictKind::invariant, "Inv", true)),
            "Invariant Inv is violated by the initial state:");
  EXPECT_EQ(headline(Verdict::found(VerdictKind::liveness, "L")), "Temporal property L was violated.");
  Verdict inv_err = Verdict::from_error(Error(Loc{}, "boom", exit_code::eval_spec), Stage::invariant, "Inv");
  EXPECT_EQ(headline(inv_err), "Evaluating invariant Inv failed.");
  EXPECT_EQ(located_error(inv_err)->message, "boom");
  EXPECT_FALSE(located_error(Verdict::found(VerdictKind::deadlock)));
  Loc l;
  l.line = 3, l.col = 8, l.end_line = 3, l.end_col = 20;
  Verdict a = Verdict::found(VerdictKind::assumption_false);
  a.loc = l;
  EXPECT_EQ(located_error(a)->message, "Assumption line 3, col 8 to line 3, col 20 is false.");
}

// A run stopped by a parse error reports every field a finished run reports.
TEST(Verdict, ErrorReportHasTheFullReportsFields) {
  auto full = nlohmann::json::parse(report_json(CheckResult{}));
  auto early = nlohmann::json::parse(error_json(Error(Loc{}, "bad", exit_code::parse)));
  for (const auto& [key, value] : full.items()) EXPECT_TRUE(early.contains(key)) << key;
  EXPECT_EQ(early["result"], "error");
  EXPECT_EQ(early["exit_code"], 150);
  EXPECT_EQ(early["error"]["message"], "bad");
}

}  // namespace
}  // namespace cairn
