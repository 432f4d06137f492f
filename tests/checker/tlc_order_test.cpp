// TLC's order of a state's variables (report/tlc_order.hpp): the model of java.util.Hashtable
// it rests on, checked against Java's own answers.
#include <gtest/gtest.h>

#include "checker/report/tlc_order.hpp"

namespace cairn {
namespace {

TEST(TlcOrder, JavaStringHash) {
  EXPECT_EQ(java_string_hash("hr"), 3338);
  EXPECT_EQ(java_string_hash("now"), 109270);
  EXPECT_EQ(java_string_hash("polygenelubricants"), INT32_MIN);  // wraps around as Java's int
  EXPECT_EQ(java_string_hash("Aa"), java_string_hash("BB"));
}

// The keys put in this order into a java.util.Hashtable, and the order its elements()
// enumerates them (printed by Java 17): three rehashes (11, 23, 47, 95 buckets) and a
// collision (Aa, BB).
TEST(TlcOrder, HashtableEnumerationIsJavas) {
  std::vector<std::string> keys = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                   "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
                                   "Aa", "BB", "alpha", "zeta", "hr", "now", "tt", "counter", "inbox",
                                   "color", "active"};
  std::vector<int32_t> hashes;
  for (const auto& k : keys) hashes.push_back(java_string_hash(k));
  std::vector<size_t> java = {33, 29, 35, 34, 25, 24, 23, 22, 21, 20, 26, 27, 19, 18, 31, 17, 16, 15, 14,
                              13, 12, 36, 30, 11, 28, 10, 9,  8,  7,  6,  5,  32, 4,  3,  2,  1,  0};
  std::vector<size_t> got = java_hashtable_order(hashes);
  EXPECT_EQ(got, java);
}

}  // namespace
}  // namespace cairn
