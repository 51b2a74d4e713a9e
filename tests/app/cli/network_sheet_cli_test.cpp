// `backprop-lab sheet` on any small network (issue 21), through the real executable: the CSV names every
// quantity, its numbers agree with an independent computation (the core NetworkSheet of the same spec,
// or hand arithmetic for a 1-1 network), the options choose what they say, and bad input gets one
// sentence and exit code 2. The seed path's bytes are checked by sheet_seed_cli_test.cpp.
#include "tests/app/cli/run_executable.h"

#include "core/sheet/network/network_sheet.h"
#include "core/sheet/training_set/training_set.h"
#include "core/sheet/weight_init.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

using bplab::test::Result;
using bplab::test::run;

// A CSV as network_csv writes it: a header of ids, then one line per row (no quoting: no value has a comma).
struct Csv {
    QStringList header;
    std::vector<QStringList> rows;

    QString text(int row, const QString& id) const {
        const qsizetype column = header.indexOf(id);
        EXPECT_GE(column, 0) << "no column " << id.toStdString();
        if (column < 0) return {};
        return rows.at(static_cast<std::size_t>(row)).value(column);
    }
    // QString::toDouble reads the C locale's decimal point whatever the environment says.
    double number(int row, const QString& id) const {
        bool ok = false;
        const double value = text(row, id).toDouble(&ok);
        EXPECT_TRUE(ok) << id.toStdString() << " of row " << row << " is '" << text(row, id).toStdString()
                        << "'";
        return value;
    }
};

Csv parseCsv(const QString& text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast();
    Csv csv;
    if (lines.isEmpty()) return csv;
    csv.header = lines.takeFirst().split(QLatin1Char(','));
    for (const QString& line : lines) csv.rows.push_back(line.split(QLatin1Char(',')));
    return csv;
}

// Runs `sheet ARGUMENTS` (the table on standard output) and expects success.
Csv sheetCsv(const QStringList& arguments) {
    const Result result = run(QStringList{QStringLiteral("sheet")} + arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return parseCsv(result.out);
}

class NetworkSheetCli : public ::testing::Test {
protected:
    // A training-set file in a fresh folder; its path.
    QString writeData(const QString& name, const QByteArray& text) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    }
    // The command refuses: exit code 2, nothing on standard output, and the sentence after the command's
    // name on standard error.
    void expectRefused(const QStringList& arguments, const QString& sentence) {
        const Result result = run(QStringList{QStringLiteral("sheet")} + arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
        EXPECT_TRUE(result.appErr().startsWith(QStringLiteral("backprop-lab sheet: ") + sentence))
            << "expected: " << sentence.toStdString() << "\n     got: " << result.appErr().toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(NetworkSheetCli, XorFullBatchWritesEveryQuantityAndTheCoreSheetsNumbers) {
    const QString path = m_dir.filePath(QStringLiteral("xor.csv"));
    const Result result =
        run({"sheet", "--layers", "2,2,1", "--data", "xor", "--iterations", "3", "--csv", path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << "with --csv FILE the table goes to the file only";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Csv csv = parseCsv(QString::fromUtf8(file.readAll()));

    // The header names each quantity: w1_21 feeds hidden unit 2 from input 1; "@4" is the step's 4th example.
    EXPECT_EQ(csv.header.mid(0, 2), (QStringList{"iteration", "examples"}));
    for (const char* id : {"w1_11", "w1_21", "w2_12", "x2@4", "t1@4", "z1_2@1", "a2_1@4", "E1@3", "E_total",
                           "d1_1@2", "dE_dw1_11", "w2_12_new", "eta"}) {
        EXPECT_TRUE(csv.header.contains(QString::fromLatin1(id))) << id;
    }
    ASSERT_EQ(csv.rows.size(), 3u);
    EXPECT_EQ(csv.text(0, "examples"), "1 2 3 4"); // full batch: every example in every row

    // The same spec built here: XOR, sigmoid on both layers, Xavier weights from seed 1 (the defaults).
    bplab::NetworkSpec spec;
    spec.layers = {2, 2, 1};
    spec.activations = {bplab::Activation::Sigmoid, bplab::Activation::Sigmoid};
    spec.data = bplab::trainingSetPreset(bplab::TrainingSetPreset::Xor);
    bplab::WeightInitializer init(bplab::WeightInit::XavierUniform, 1);
    spec.weights = {init.drawLayer(2, 2), init.drawLayer(2, 1)};
    bplab::NetworkSheet sheet(spec, 3);
    sheet.runToEnd();
    const int eTotal = sheet.quantities().indexOf("E_total");
    for (int row = 0; row < 3; ++row) // every digit is written, so the doubles are equal
        EXPECT_EQ(csv.number(row, "E_total"), sheet.value(row, eTotal)) << "row " << row;
    EXPECT_EQ(csv.number(0, "w1_21"), spec.weights[0][1][0]);

    // Row 0's E_total by hand from its own columns: Σ over the 4 examples of ½(a2_1 − t1)².
    double byHand = 0;
    for (int s = 1; s <= 4; ++s) {
        const double error =
            csv.number(0, QStringLiteral("a2_1@%1").arg(s)) - csv.number(0, QStringLiteral("t1@%1").arg(s));
        byHand += 0.5 * error * error;
    }
    EXPECT_NEAR(csv.number(0, "E_total"), byHand, 1e-15);
}

TEST_F(NetworkSheetCli, OneToOneIdentityNetworkMatchesHandArithmetic) {
    // One example x = 2 → t = 1 through a = w·x: E = ½(2w − 1)², ∂E/∂w = (2w − 1)·2, w′ = w − 0.5·∂E/∂w.
    const QString data = writeData("one.csv", "i1,t1\n2,1\n");
    const Csv csv = sheetCsv({"--layers", "1,1", "--data", data, "--activation", "identity", "--init",
                              "uniform", "--init-seed", "7", "--iterations", "2"});
    ASSERT_EQ(csv.rows.size(), 2u);
    const double w = csv.number(0, "w1_11");
    EXPECT_GE(w, -0.5); // uniform ±0.5
    EXPECT_LT(w, 0.5);
    EXPECT_DOUBLE_EQ(csv.number(0, "E_total"), 0.5 * (2 * w - 1) * (2 * w - 1));
    EXPECT_DOUBLE_EQ(csv.number(0, "dE_dw1_11"), (2 * w - 1) * 2);
    EXPECT_DOUBLE_EQ(csv.number(1, "w1_11"), w - 0.5 * (2 * w - 1) * 2);
}

TEST_F(NetworkSheetCli, ActivationListGivesEachLayerItsOwn) {
    const Csv tanhThenSigmoid =
        sheetCsv({"--layers", "2,2,1", "--data", "xor", "--activation", "tanh,sigmoid", "--iterations", "1"});
    const Csv tanhEverywhere =
        sheetCsv({"--layers", "2,2,1", "--data", "xor", "--activation", "tanh", "--iterations", "1"});
    for (int s = 1; s <= 4; ++s) {
        const QString slot = QStringLiteral("@%1").arg(s);
        const double z1 = tanhThenSigmoid.number(0, "z1_1" + slot),
                     z2 = tanhThenSigmoid.number(0, "z2_1" + slot);
        EXPECT_NEAR(tanhThenSigmoid.number(0, "a1_1" + slot), std::tanh(z1), 1e-15);
        EXPECT_NEAR(tanhThenSigmoid.number(0, "a2_1" + slot), 1 / (1 + std::exp(-z2)), 1e-15);
        // One value means every layer: the output is tanh too.
        EXPECT_NEAR(tanhEverywhere.number(0, "a2_1" + slot),
                    std::tanh(tanhEverywhere.number(0, "z2_1" + slot)), 1e-15);
    }
}

TEST_F(NetworkSheetCli, BatchTakesExamplesInOrderAndWrapsAround) {
    const Csv stochastic = sheetCsv({"--data", "xor", "--batch", "1", "--iterations", "6"});
    ASSERT_EQ(stochastic.rows.size(), 6u);
    const QStringList expected{"1", "2", "3", "4", "1", "2"};
    for (int row = 0; row < 6; ++row) EXPECT_EQ(stochastic.text(row, "examples"), expected[row]) << row;
    EXPECT_TRUE(stochastic.header.contains("x1")); // one example a step: no "@1" suffix

    // k = 3: step s uses examples 3s … 3s + 2 modulo 4.
    const Csv threes = sheetCsv({"--data", "xor", "--batch", "3", "--iterations", "3"});
    ASSERT_EQ(threes.rows.size(), 3u);
    EXPECT_EQ(threes.text(0, "examples"), "1 2 3");
    EXPECT_EQ(threes.text(1, "examples"), "4 1 2");
    EXPECT_EQ(threes.text(2, "examples"), "3 4 1");
}

TEST_F(NetworkSheetCli, MeanReductionDividesTheSumByTheExamples) {
    const Csv sum = sheetCsv({"--data", "xor", "--iterations", "1"});
    const Csv mean = sheetCsv({"--data", "xor", "--loss-reduction", "mean", "--iterations", "1"});
    EXPECT_DOUBLE_EQ(mean.number(0, "E_total"), sum.number(0, "E_total") / 4);
}

TEST_F(NetworkSheetCli, BiasesArePerUnitOrSharedAndStartAtZero) {
    const Csv perUnit =
        sheetCsv({"--data", "xor", "--biases", "per-unit", "--learn-biases", "--iterations", "1"});
    for (const char* id : {"b1_1", "b1_2", "b2_1", "dE_db1_2", "b2_1_new"})
        EXPECT_TRUE(perUnit.header.contains(QString::fromLatin1(id))) << id;
    EXPECT_EQ(perUnit.number(0, "b1_2"), 0.0);
    // --learn-biases alone learns one shared bias per layer, as the seed sheet's b1 and b2.
    const Csv shared = sheetCsv({"--data", "xor", "--learn-biases", "--iterations", "1"});
    for (const char* id : {"b1", "b2", "dE_db1", "b2_new"})
        EXPECT_TRUE(shared.header.contains(QString::fromLatin1(id))) << id;
}

TEST_F(NetworkSheetCli, DivergenceIsSaidAndTheTableEndsThere) {
    // η = 100 with identity units: each step overshoots more than the last, as on the seed sheet.
    const Result result = run({"sheet", "--data", "xor", "--activation", "identity", "--lr", "100"});
    ASSERT_EQ(result.exitCode, 0) << "a diverged run is a result, not an error";
    static const QRegularExpression said(QStringLiteral("^backprop-lab sheet: diverged at iteration (\\d+) "
                                                        "\\(.*\\); try a smaller --lr$"));
    const QRegularExpressionMatch match = said.match(result.appErr().trimmed());
    ASSERT_TRUE(match.hasMatch()) << result.appErr().toStdString();
    // Rows 0 … k were started; row k holds the value that overflowed.
    EXPECT_EQ(parseCsv(result.out).rows.size(), match.captured(1).toULongLong() + 1);
}

TEST_F(NetworkSheetCli, RefusesBadInputWithOneSentence) {
    expectRefused({"--layers", "2,7,1", "--data", "xor"}, "hidden layer 1 has 7 units: it may have 1 to 6");
    expectRefused({"--layers", "2,x,1", "--data", "xor"}, "--layers expects unit counts separated by commas");
    expectRefused({"--layers", "2,2,1"}, "--layers 2,2,1 needs --data");
    expectRefused({"--data", "xor", "--batch", "5"},
                  "a step cannot use 5 examples of a training set of 4: choose 1 to 4, or the full batch");
    expectRefused({"--data", "xor", "--init", "glorot"},
                  "unknown initialisation 'glorot' (choose xavier, he or uniform)");
    expectRefused({"--layers", "2,2,1", "--data", "xor", "--activation", "tanh,sigmoid,relu"},
                  "the network has 3 activations for 2 layers after the inputs: give one per layer");
    expectRefused({"--data", "xor", "--activation", "tanh,soft"}, "unknown activation 'soft'");
    expectRefused({"--data", "xor", "--learn-biases", "--biases", "none"}, "--learn-biases needs biases");
    expectRefused({"--data", "xor", "--set", "w1=1"}, "--set works on the seed's 2-2-2 sheet only");
    expectRefused({"--data", m_dir.filePath("missing.csv")},
                  "--data: '" + m_dir.filePath("missing.csv") + "' is neither");
}

// Options that would change nothing are refused (biases that stay 0) or said (a mean of one loss), and the
// seed's range is the scenario file's, so every run can be saved.
TEST_F(NetworkSheetCli, OptionsThatWouldChangeNothingAreRefusedOrSaid) {
    for (const char* biases : {"shared", "per-unit"}) {
        expectRefused(
            {"--data", "xor", "--biases", biases},
            QStringLiteral("--biases %1 needs --learn-biases: biases start at 0 and, unlearned, stay 0 "
                           "and change nothing")
                .arg(QLatin1String(biases)));
    }
    // One example a step: the mean of one loss is that loss, so the numbers are sum's, with a note.
    const Result mean =
        run({"sheet", "--data", "xor", "--batch", "1", "--loss-reduction", "mean", "--iterations", "2"});
    ASSERT_EQ(mean.exitCode, 0) << mean.err.toStdString();
    EXPECT_EQ(
        mean.appErr().trimmed(),
        "backprop-lab sheet: note: with 1 example per step --loss-reduction mean gives the same numbers as "
        "sum; choose --batch 2 or more to see them differ");
    EXPECT_EQ(mean.out, run({"sheet", "--data", "xor", "--batch", "1", "--iterations", "2"}).out);
    const Result seedMean = run({"sheet", "--loss-reduction", "mean", "--iterations", "1"}); // 1 example
    EXPECT_TRUE(seedMean.appErr().contains("choose --data with more examples (e.g. xor)"))
        << seedMean.err.toStdString();
    EXPECT_TRUE(
        run({"sheet", "--data", "xor", "--loss-reduction", "mean", "--iterations", "1"}).appErr().isEmpty());
    // Seeds up to 2^53 = 9007199254740992, as a scenario file holds them: the weights of the core's recipe.
    const Csv largest = sheetCsv({"--data", "xor", "--init-seed", "9007199254740992", "--iterations", "1"});
    const auto weights =
        bplab::drawNetworkWeights({2, 2, 1}, bplab::WeightInit::XavierUniform, std::uint64_t{1} << 53);
    EXPECT_EQ(largest.number(0, "w1_21"), weights[0][1][0]);
    EXPECT_EQ(largest.number(0, "w2_12"), weights[1][0][1]);
    expectRefused(
        {"--data", "xor", "--init-seed", "9007199254740993"},
        "--init-seed must be a whole number from 0 to 9007199254740992 (2^53, the largest a scenario file "
        "holds exactly, so the run can be saved), not '9007199254740993'");
    expectRefused({"--data", "xor", "--init-seed", "-1"}, "--init-seed must be a whole number from 0 to");
}

// A run keeps every row, so the largest network gets fewer iterations than the seed (no gigabytes,
// no crash): 4-6-6-6-4 with 16 examples keeps NetworkSheet::quantityCount() values a row. And a long
// --layers list of large sizes is refused before anything is drawn for it.
TEST_F(NetworkSheetCli, TooManyIterationsOrLayersForMemoryGetASentence) {
    QByteArray text = "i1,i2,i3,i4,t1,t2,t3,t4\n";
    for (int e = 0; e < 16; ++e) text += QByteArray::number(e % 2) + ",0,1,0,0,1,0,1\n";
    const QString data = writeData("sixteen.csv", text);
    const Result result = run({"sheet", "--layers", "4,6,6,6,4", "--data", data, "--iterations", "1000000"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.appErr().contains("iterations (not 1000000): ask for fewer"))
        << result.err.toStdString();
    QStringList many;
    for (int l = 0; l < 1000; ++l) many << QStringLiteral("999");
    expectRefused({"--layers", many.join(QLatin1Char(',')), "--data", "xor"},
                  "the network has 1000 layers: it needs an input layer");
}

// `sheet --scenario FILE` runs a version 2 file's network (η and iterations changeable on the line).
TEST_F(NetworkSheetCli, AVersionTwoScenarioRunsItsNetwork) {
    const QString file =
        writeData("xor.json", R"({"format": "backprop-lab-scenario", "version": 2, "layers": [2, 2, 1],
            "activations": "sigmoid", "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],
            "data": "xor", "learning_rate": 0.5, "iterations": 7})");
    const Csv csv = sheetCsv({"--scenario", file});
    ASSERT_EQ(csv.rows.size(), 7u);
    EXPECT_DOUBLE_EQ(csv.number(0, "w1_12"), -0.4);
    EXPECT_DOUBLE_EQ(csv.number(0, "w2_11"), 0.7);
    // Example 1 is (0, 0): z¹ = 0, a¹ = ½, z² = 0.7·½ − 0.6·½ = 0.05.
    EXPECT_NEAR(csv.number(0, "z2_1@1"), 0.05, 1e-15);
    EXPECT_EQ(sheetCsv({"--scenario", file, "--iterations", "3", "--lr", "2"}).rows.size(), 3u);
    expectRefused({"--scenario", file, "--set", "w1=1"}, "--set does not apply to a version 2 scenario");
}

TEST_F(NetworkSheetCli, RefusesABadTrainingFileWithTheReadersSentence) {
    const QString ragged = writeData("ragged.csv", "i1,i2,t1\n0,0,0\n0,1\n");
    expectRefused({"--layers", "2,2,1", "--data", ragged},
                  ragged + ": line 3, column 3 (t1): missing: the line has 2 values, the header names 3");
    const QString word = writeData("word.csv", "i1,i2,t1\n0,abc,1\n");
    expectRefused({"--layers", "2,2,1", "--data", word},
                  word + ": line 2, column 2 (i2): 'abc' is not a number");
    const QString big = writeData("big.csv", "i1,t1\n0,2\n");
    expectRefused({"--layers", "1,1", "--data", big, "--loss", "cross-entropy"},
                  "cross-entropy needs targets between 0 and 1, but example 1 has t1 = 2");
}

TEST_F(NetworkSheetCli, HelpNamesTheNewOptions) {
    const Result result = run({"sheet", "--help"});
    ASSERT_EQ(result.exitCode, 0);
    for (const char* option : {"--layers", "--data", "--batch", "--init ", "--init-seed", "--loss-reduction",
                               "--biases", "tanh,sigmoid"})
        EXPECT_TRUE(result.out.contains(QString::fromLatin1(option))) << option;
    // The limits are the core's (network_spec.h, training_set.h, weight_init.h), not a copy.
    const QString help = result.out.simplified(); // the help wraps its lines
    for (const QString& limit :
         {QStringLiteral("%1-%2 inputs, %3-%4 hidden layers of %5-%6 units, %7-%8 outputs")
              .arg(bplab::kMinInputUnits)
              .arg(bplab::kMaxInputUnits)
              .arg(bplab::kMinHiddenLayers)
              .arg(bplab::kMaxHiddenLayers)
              .arg(bplab::kMinHiddenUnits)
              .arg(bplab::kMaxHiddenUnits)
              .arg(bplab::kMinOutputUnits)
              .arg(bplab::kMaxOutputUnits),
          QStringLiteral("at most %1").arg(bplab::kMaxTrainingExamples),
          QStringLiteral("uniform ±%1").arg(bplab::kDefaultUniformRange),
          QStringLiteral("2^53 = %1").arg(bplab::kMaxWeightSeed)})
        EXPECT_TRUE(help.contains(limit)) << limit.toStdString() << "\n" << help.toStdString();
}

} // namespace
