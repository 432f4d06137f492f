// The simulation's building blocks, independently of its output: behaviour seeds are a
// function of (root, index) only, the shrinker's replay accepts exactly the legal
// violating behaviours, and shrinking returns a legal, shorter one.
#include <gtest/gtest.h>

#include <set>

#include "checker/model/model.hpp"
#include "checker/search/shrink.hpp"
#include "checker/search/simulate.hpp"
#include "checker/search/state_space.hpp"

#ifndef CAIRN_SOURCE_DIR
#error "CAIRN_SOURCE_DIR must be defined (tests/CMakeLists.txt)"
#endif

namespace cairn {
namespace {

TEST(Simulate, BehaviourSeedsDependOnRootAndIndexOnly) {
  EXPECT_EQ(behaviour_seed(1, 0), behaviour_seed(1, 0));
  std::set<uint64_t> seen;
  for (uint64_t root = 0; root < 4; ++root)
    for (uint64_t i = 0; i < 256; ++i) seen.insert(behaviour_seed(root, i));
  EXPECT_EQ(seen.size(), 4u * 256u);  // no two streams start alike
}

// SimShrinkCycles: x walks on 0..5 by Up, Down, Stay; Inv is x < 5.
class ShrinkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ModelOptions mo;
    mo.spec_path = std::string(CAIRN_SOURCE_DIR) + "/tests/golden/simulate/SimShrinkCycles.tla";
    model_ = load_model(mo);
    space_ = std::make_unique<StateSpace>(*model_);
  }
  Behaviour walk(std::vector<int64_t> xs) const {
    Behaviour b;
    for (int64_t x : xs) {
      b.states.push_back({Value::integer(x)});
      b.actions.push_back(b.actions.empty() ? -1 : 0);  // a wrong hint: any action is searched
    }
    return b;
  }
  Shrinker shrinker() const {
    Verdict v = Verdict::found(VerdictKind::invariant, "Inv");
    return Shrinker(*space_, ShrinkTarget::of(*model_, v));
  }
  std::unique_ptr<Model> model_;
  std::unique_ptr<StateSpace> space_;
};

TEST_F(ShrinkTest, ReplayAcceptsOnlyLegalViolatingBehaviours) {
  Shrinker s = shrinker();
  EXPECT_TRUE(s.replays(walk({0, 1, 2, 3, 4, 5})));
  EXPECT_TRUE(s.replays(walk({0, 1, 1, 0, 1, 2, 3, 4, 5})));
  EXPECT_FALSE(s.replays(walk({0, 2, 3, 4, 5})));     // 0 -> 2 is no step
  EXPECT_FALSE(s.replays(walk({1, 2, 3, 4, 5})));     // 1 is not initial
  EXPECT_FALSE(s.replays(walk({0, 1, 2, 3, 4})));     // no violation at the end
  EXPECT_FALSE(s.replays(walk({0, 1, 2, 3, 4, 5, 4, 5})));  // violated before the end
}

TEST_F(ShrinkTest, ShrinksToTheShortestLegalBehaviour) {
  Shrinker s = shrinker();
  Behaviour b = s.shrink(walk({0, 1, 0, 0, 1, 2, 1, 2, 3, 2, 3, 4, 5}));
  ASSERT_EQ(b.size(), 6u);
  EXPECT_TRUE(s.replays(b));
}

}  // namespace
}  // namespace cairn
