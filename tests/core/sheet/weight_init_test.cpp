// Starting weights from a named initialisation and a seed must be the same numbers on every computer, so
// a class sees what its teacher sees. The expected values below were computed independently of this
// code and of any C++ library: mt19937_64 written out from the standard's parameters in a few lines
// of Python (its 10000th output from the default seed is the standard's 9981545732273789042), then
// the exact arithmetic shown beside each value.
#include "core/sheet/weight_init.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace bplab {
namespace {

TEST(PortableRandom, IsTheStandardsMersenneTwister) {
    // [rand.predef]: "the 10000th consecutive invocation of a default-constructed object of type
    // mt19937_64 produces the value 9981545732273789042"; 5489 is its default seed.
    PortableRandom random(5489);
    for (int k = 1; k < 10000; ++k) random.nextBits();
    EXPECT_EQ(random.nextBits(), 9981545732273789042u);
}

TEST(PortableRandom, TurnsTheTop53BitsIntoADoubleExactly) {
    // First output of seed 5489: 14514284786278117030; its top 53 bits k = that >> 11 = 7087053118299861;
    // k / 2^53 = 7087053118299861 / 9007199254740992 = 0.7868209548678019 (exact: k < 2^53).
    PortableRandom unit(5489);
    EXPECT_EQ(unit.unitInterval(), 7087053118299861.0 / 9007199254740992.0);
    EXPECT_EQ(PortableRandom(5489).unitInterval(), 0.7868209548678019);
    // Seed 42's first output 13930160852258120406: k = 6801836353641660, and
    // (k − 2^52) / 2^52 = (6801836353641660 − 4503599627370496) / 4503599627370496 = 0.5103110659090779.
    EXPECT_EQ(PortableRandom(42).symmetricUnit(), 0.5103110659090779);
}

TEST(WeightInit, XavierFromSeed42IsPinned) {
    // 2 inputs → 2 units: r = √(6 / (2 + 2)) = √1.5 = 1.224744871391589. Seed 42's first four outputs give
    // s = 0.5103110659090779, 0.27806278770939485, 0.5042904014960532, −0.7274546327351259, and w = r·s
    // (one correctly rounded product): 1.224744871391589 · 0.5103110659090779 = 0.6250008607865183, …
    WeightInitializer xavier(WeightInit::XavierUniform, 42);
    const std::vector<std::vector<double>> expected{{0.6250008607865183, 0.3405559731719295},
                                                    {0.6176270829242965, -0.8909463306123974}};
    EXPECT_EQ(xavier.drawLayer(2, 2), expected); // [to][from]: unit 1's two weights first
}

TEST(WeightInit, HeAndUniformFromSeed7ArePinned) {
    // Seed 7's first outputs give s = 0.508770608305716, 0.8986024057852884, −0.765171437930964.
    // He, 2 inputs → 1 unit: r = √(6 / 2) = √3 = 1.7320508075688772; w = √3 · s.
    WeightInitializer he(WeightInit::HeUniform, 7);
    EXPECT_EQ(he.drawLayer(2, 1),
              (std::vector<std::vector<double>>{{0.8812165429832243, 1.5564250226237446}}));
    // The next layer continues the sequence: 1 input → 1 unit, r = √6 ... on s = −0.765171437930964.
    EXPECT_EQ(he.drawLayer(1, 1)[0][0], std::sqrt(6.0) * -0.765171437930964);
    // Uniform ±0.5: w = 0.5·s, exact (a power of two): 0.254385304152858, 0.4493012028926442,
    // −0.382585718965482.
    WeightInitializer uniform(WeightInit::Uniform, 7, 0.5);
    EXPECT_EQ(uniform.drawLayer(3, 1), (std::vector<std::vector<double>>{
                                           {0.254385304152858, 0.4493012028926442, -0.382585718965482}}));
}

TEST(WeightInit, TheSameSeedGivesTheSameNumbersAndAnotherSeedOthers) {
    WeightInitializer first(WeightInit::XavierUniform, 2024), second(WeightInit::XavierUniform, 2024);
    WeightInitializer other(WeightInit::XavierUniform, 2025);
    const auto a = first.drawLayer(4, 6), b = second.drawLayer(4, 6), c = other.drawLayer(4, 6);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_NE(first.drawLayer(4, 6), a) << "a second layer continues the sequence";
}

TEST(WeightInit, RangesAreTheTextbooks) {
    // Xavier: r = √(6 / (fan_in + fan_out)); 2 → 1: √(6/3) = √2; 4 → 6: √(6/10) = √0.6.
    EXPECT_EQ(weightInitRange(WeightInit::XavierUniform, 2, 1, 0.0), std::sqrt(2.0));
    EXPECT_EQ(weightInitRange(WeightInit::XavierUniform, 4, 6, 0.0), std::sqrt(0.6));
    // He: r = √(6 / fan_in), whatever fan_out; 3 → any: √2.
    EXPECT_EQ(weightInitRange(WeightInit::HeUniform, 3, 1, 0.0), std::sqrt(2.0));
    EXPECT_EQ(weightInitRange(WeightInit::HeUniform, 3, 5, 0.0), std::sqrt(2.0));
    // Uniform: the r given.
    EXPECT_EQ(weightInitRange(WeightInit::Uniform, 3, 5, 0.25), 0.25);
}

TEST(WeightInit, EveryWeightLiesInItsRangeAndTheRangeIsUsed) {
    for (const WeightInit init : kAllWeightInits) {
        WeightInitializer initializer(init, 1, 0.3);
        const double r = weightInitRange(init, 5, 6, 0.3);
        double smallest = r, largest = -r, sum = 0.0;
        int count = 0;
        for (int layer = 0; layer < 300; ++layer) {
            for (const auto& unit : initializer.drawLayer(5, 6)) {
                for (const double w : unit) {
                    ASSERT_GE(w, -r);
                    ASSERT_LT(w, r);
                    smallest = std::min(smallest, w);
                    largest = std::max(largest, w);
                    sum += w;
                    ++count;
                }
            }
        }
        // 9,000 draws from [−r, r): the extremes come within 1 % of the ends, and the mean
        // (standard deviation r/√3/√9000 ≈ 0.006·r) within 0.03·r of 0.
        EXPECT_LT(smallest, -0.99 * r) << weightInitName(init);
        EXPECT_GT(largest, 0.99 * r) << weightInitName(init);
        EXPECT_LT(std::fabs(sum / count), 0.03 * r) << weightInitName(init);
    }
}

TEST(WeightInit, NamesReadBack) {
    for (const WeightInit init : kAllWeightInits) EXPECT_EQ(parseWeightInit(weightInitName(init)), init);
    EXPECT_EQ(parseWeightInit("xavier"), WeightInit::XavierUniform);
    EXPECT_EQ(parseWeightInit("glorot-normal"), std::nullopt);
    EXPECT_EQ(weightInitLabel(WeightInit::XavierUniform), "Xavier/Glorot uniform");
}

TEST(WeightInit, RefusesFansBelowOneAndUnusableRanges) {
    EXPECT_THROW(weightInitRange(WeightInit::XavierUniform, 0, 2, 0.0), std::invalid_argument);
    EXPECT_THROW(weightInitRange(WeightInit::HeUniform, 2, 0, 0.0), std::invalid_argument);
    EXPECT_THROW(WeightInitializer(WeightInit::Uniform, 1, 0.0), std::invalid_argument);
    EXPECT_THROW(WeightInitializer(WeightInit::Uniform, 1, NAN), std::invalid_argument);
    EXPECT_NO_THROW(WeightInitializer(WeightInit::XavierUniform, 1, 0.0)); // r of its own
}

} // namespace
} // namespace bplab
