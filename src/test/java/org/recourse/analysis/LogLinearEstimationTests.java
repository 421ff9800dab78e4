package org.recourse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recourse.shared.InvalidInputException;

class LogLinearEstimationTests {

    private final MultipleSystemsEstimation mse = new MultipleSystemsEstimation();

    @Test
    void stepwiseSelectionReproducesTheUkEstimate() {
        MseResult r = mse.logLinear(MseTestData.table("uk_modern_slavery_2013_5lists.csv"), LogLinearSettings.defaults());

        assertThat(r.observed()).isEqualTo(2744);
        assertThat(r.estimate()).isCloseTo(11_313, withPercentage(0.1));
        assertThat(r.interval().kind()).isEqualTo("wald");
        assertThat(r.interval().lower()).isCloseTo(9_884, withPercentage(0.1));
        assertThat(r.interval().upper()).isCloseTo(13_027, withPercentage(0.1));
        assertThat(r.terms()).containsExactly("LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO");
        assertThat(r.statistics().get("logUnseen")).isCloseTo(9.0559, within(1e-4));
        assertThat(r.statistics().get("logUnseenSe")).isCloseTo(0.0931, within(1e-4));
    }

    @Test
    void profileLikelihoodIntervalIsCloseToThePublishedOne() {
        MseResult r = mse.logLinear(MseTestData.table("uk_modern_slavery_2013_5lists.csv"), LogLinearSettings.defaults());

        Interval profile = r.intervals().stream().filter(i -> i.kind().equals("profile")).findFirst().orElseThrow();
        assertThat(profile.lower()).isCloseTo(9_889, withPercentage(0.5));
        assertThat(profile.upper()).isCloseTo(13_063, withPercentage(0.5));
    }

    @Test
    void listsThatNeverOverlapAreReportedAndTheirInteractionIsNotTried() {
        MseResult r = mse.logLinear(MseTestData.table("uk_modern_slavery_2013_5lists.csv"), LogLinearSettings.defaults());

        assertThat(r.warnings()).anyMatch(w -> w.contains("LA and GP never overlap"));
        assertThat(r.terms()).doesNotContain("LA:GP");
    }

    @Test
    void mainEffectsOnTheRomeHivTableGiveTheClassicEstimate() {
        MseResult r = mse.logLinear(MseTestData.table("rome_hiv_1990_4lists.csv"),
                LogLinearSettings.defaults().withMainEffectsOnly());

        assertThat(r.estimate()).isCloseTo(11_125, withPercentage(0.1));
        assertThat(r.terms()).isEmpty();
    }

    @Test
    void bicChoiceIsNeverWorseByBicThanTheStepwiseModel() {
        CaptureTable allegheny = MseTestData.table("allegheny_lesbian_4lists.csv");

        MseResult bic = mse.logLinear(allegheny, LogLinearSettings.defaults().withCriterion("bic"));
        MseResult aic = mse.logLinear(allegheny, LogLinearSettings.defaults());

        assertThat(bic.statistics().get("bic")).isLessThanOrEqualTo(aic.statistics().get("bic"));
        assertThat(bic.terms().size()).isLessThan(aic.terms().size());
    }

    @Test
    void bootstrapRedoesSelectionAndIsReproducibleWithItsSeed() {
        CaptureTable uk4 = MseTestData.table("uk_modern_slavery_2013_4lists.csv");
        LogLinearSettings settings = LogLinearSettings.defaults().withBootstrap(100, 42);

        MseResult first = mse.logLinear(uk4, settings);
        MseResult again = mse.logLinear(uk4, settings);

        Interval boot = first.intervals().stream().filter(i -> i.kind().equals("bootstrap")).findFirst().orElseThrow();
        assertThat(again.intervals()).contains(boot);
        assertThat(boot.lower()).isLessThan(first.estimate()).isGreaterThan(first.observed());
        assertThat(boot.upper()).isGreaterThan(first.estimate());
    }

    @Test
    void strataAreEstimatedSeparatelyAndSummedWithTheirUncertainty() {
        CaptureTable uk = MseTestData.table("uk_modern_slavery_2013_5lists.csv");
        CaptureTable rome = MseTestData.table("rome_hiv_1990_4lists.csv");
        MseResult a = mse.logLinear(uk, LogLinearSettings.defaults());
        MseResult b = mse.logLinear(rome, LogLinearSettings.defaults());

        MseResult sum = mse.logLinear(List.of(uk, rome), LogLinearSettings.defaults());

        assertThat(sum.observed()).isEqualTo(a.observed() + b.observed());
        assertThat(sum.estimate()).isCloseTo(a.estimate() + b.estimate(), within(1e-6));
        assertThat(sum.strata()).hasSize(2);
        double halfWidth = (sum.interval().upper() - sum.interval().lower()) / 2;
        double widest = Math.max(a.interval().upper() - a.interval().lower(), b.interval().upper() - b.interval().lower()) / 2;
        assertThat(halfWidth).isGreaterThan(widest)
                .isLessThan((a.interval().upper() - a.interval().lower() + b.interval().upper() - b.interval().lower()) / 2);
    }

    @Test
    void aListThatOverlapsNoOtherIsRefusedByTheLogLinearMethod() {
        CaptureTable table = MseTestData.inline("isolated.csv", "A,B,C,count\n1,0,0,10\n0,1,0,20\n0,0,1,5\n1,1,0,4\n");

        assertThatThrownBy(() -> mse.logLinear(table, LogLinearSettings.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("list C shares no case with any other list");
    }

    @Test
    void aSparseTableGetsWarnings() {
        CaptureTable table = MseTestData.inline("sparse.csv", "A,B,C,D,count\n1,0,0,0,9\n0,1,0,0,7\n0,0,1,0,8\n"
                + "0,0,0,1,6\n1,1,0,0,1\n0,0,1,1,1\n1,0,1,0,1\n0,1,0,1,1\n");

        MseResult r = mse.logLinear(table, LogLinearSettings.defaults());

        assertThat(r.warnings()).anyMatch(w -> w.contains("documented cases"))
                .anyMatch(w -> w.contains("on more than one list"));
    }

    @Test
    void linkedRecordsBecomeACaptureTable() {
        CaptureTable t = CaptureTable.fromLinkedRecords("fictional", List.of("ngo", "police"),
                List.of(Set.of("ngo"), Set.of("ngo", "police"), Set.of("police"), Set.of("ngo")));

        assertThat(t.observed()).isEqualTo(4);
        assertThat(t.histories()).extracting(CaptureHistory::pattern, CaptureHistory::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", 2L), org.assertj.core.groups.Tuple.tuple("01", 1L),
                        org.assertj.core.groups.Tuple.tuple("11", 1L));
    }
}
