// TLC's fingerprint-collision estimate and its wording (AbstractChecker.java): the
// expected strings follow ProbabilityToString's steps by hand on Java's Double.toString.
#include <gtest/gtest.h>

#include "checker/report/report.hpp"

using namespace cairn;

TEST(CollisionProbability, OptimisticFormula) {
  // distinct * (generated - distinct) / 2^64
  EXPECT_DOUBLE_EQ(collision_probability(8, 10), 16.0 / 18446744073709551616.0);
  EXPECT_EQ(collision_probability(5, 5), 0.0);
}

TEST(CollisionProbability, TlcWording) {
  EXPECT_EQ(probability_text(0, 2), "0.0");
  EXPECT_EQ(probability_text(3.14159E-12, 2), "3.1E-12");    // cut after 2 digits
  EXPECT_EQ(probability_text(1e-10, 2), "1.0E-10");          // Java writes 1.0E-10
  EXPECT_EQ(probability_text(9.96E-11, 2), "10.0E-11");      // the carry runs past the front
  EXPECT_EQ(probability_text(0.5, 2), ".5");                 // leading zeros are dropped
  EXPECT_EQ(probability_text(0.0995, 2), ".100");            // zeros after "." kept, then rounded
  EXPECT_EQ(probability_text(0.0022351, 2), ".0022");
  EXPECT_EQ(probability_text(16.0 / 18446744073709551616.0, 2), "8.7E-19");  // 8.673617379884035E-19
}
