package org.recourse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HRDAG (2019) Philippines drug-related killings, six strata, against the published posterior
 * means and 95% intervals. HRDAG's script (lcmcr/src/lcmcr.R) calls lcmCR without K, so the
 * package default K = 5 applies, with a = b = 0.25 and 10,000 burn-in; LCMCR 0.4.3 run with their
 * seed and settings reproduces the published figures exactly (checked on Manila and Caloocan
 * unidentified). These tests use the same model
 * with 10,000 draws thinned by 10 (110,000 iterations per stratum, not HRDAG's 3,000,000), which
 * keeps the Monte Carlo error of the quantiles near 1-2%.
 *
 * <p>One published figure is not a property of the posterior: HRDAG kept 1,000 of their draws, and
 * the 97.5% quantile of 1,000 draws from the long right tail of Manila unidentified has a Monte
 * Carlo error of about 19 (3%). Their 635 is that chain's low draw: all 300,000 draws of the very
 * same LCMCR 0.4.3 chain give 682, as do LCMCR 0.4.14 and this sampler (docs/BENCHMARKS.md), so
 * that bound is held to the long-chain figure instead.
 */
class LcmcrEstimationTests {

    /** 97.5% quantile of 200,000-300,000 draws from LCMCR 0.4.3, LCMCR 0.4.14 and this sampler: 679-682. */
    private static final double MANILA_UNIDENTIFIED_LONG_CHAIN_UPPER = 682;
    private static final Map<String, double[]> PUBLISHED = new LinkedHashMap<>();
    private static final Map<String, MseResult> RESULTS = new LinkedHashMap<>();
    private static MseResult total;

    static {
        PUBLISHED.put("manila_police", new double[] {575, 534, 639});
        PUBLISHED.put("manila_unidentified", new double[] {414, 314, 635});
        PUBLISHED.put("quezon_police", new double[] {348, 338, 368});
        PUBLISHED.put("quezon_unidentified", new double[] {428, 392, 481});
        PUBLISHED.put("caloocan_police", new double[] {331, 302, 379});
        PUBLISHED.put("caloocan_unidentified", new double[] {745, 632, 908});
    }

    @BeforeAll
    static void sampleEveryStratumOnce() {
        MultipleSystemsEstimation mse = new MultipleSystemsEstimation();
        List<CaptureTable> strata = new ArrayList<>();
        PUBLISHED.keySet().forEach(s -> strata.add(MseTestData.table("ph_drug_killings_2016_2017_" + s + ".csv")));
        total = mse.lcmcr(strata, LcmcrSettings.defaults().withSeed(20190101));
        List<String> names = new ArrayList<>(PUBLISHED.keySet());
        for (int i = 0; i < names.size(); i++) {
            RESULTS.put(names.get(i), total.strata().get(i));
        }
    }

    @Test
    void everyStratumLandsWithinThreePercentOfThePublishedMeanAndLowerBound() {
        PUBLISHED.forEach((stratum, published) -> {
            MseResult r = RESULTS.get(stratum);
            assertThat(r.estimate()).as(stratum + " mean").isCloseTo(published[0], withPercentage(3));
            assertThat(r.interval().lower()).as(stratum + " 2.5%").isCloseTo(published[1], withPercentage(3));
        });
    }

    @Test
    void upperBoundsLandWithinThreePercentOfThePublishedOnesSaveManilaUnidentified() {
        PUBLISHED.forEach((stratum, published) -> {
            if (!stratum.equals("manila_unidentified")) {
                assertThat(RESULTS.get(stratum).interval().upper()).as(stratum + " 97.5%")
                        .isCloseTo(published[2], withPercentage(3));
            }
        });
    }

    @Test
    void manilaUnidentifiedUpperBoundLandsWithinThreePercentOfLongLcmcrChains() {
        assertThat(RESULTS.get("manila_unidentified").interval().upper())
                .isCloseTo(MANILA_UNIDENTIFIED_LONG_CHAIN_UPPER, withPercentage(3));
    }

    @Test
    void manilaUnidentifiedTableIsHrdagsInputPatternForPattern() {
        CaptureTable manila = MseTestData.table("ph_drug_killings_2016_2017_manila_unidentified.csv");

        assertThat(manila.observed()).isEqualTo(245);
        assertThat(manila.lists()).containsExactly("police", "news", "tfdp", "philr", "riseup", "academics", "parish");
        assertThat(manila.histories().stream().filter(h -> h.count() > 0)).hasSize(23)
                .noneMatch(h -> !h.onList().contains(true));
        long[] onList = new long[manila.lists().size()];
        manila.histories().forEach(h -> {
            for (int j = 0; j < onList.length; j++) {
                onList[j] += h.onList().get(j) ? h.count() : 0;
            }
        });
        assertThat(onList).containsExactly(178, 111, 17, 6, 6, 52, 23);
    }

    @Test
    void summedDrawsReproduceThePublishedTotalOfAllStrata() {
        assertThat(total.observed()).isEqualTo(2312);
        assertThat(total.estimate()).isCloseTo(2_841, withPercentage(3));
        assertThat(total.interval().lower()).isCloseTo(2_649, withPercentage(3));
        assertThat(total.interval().upper()).isCloseTo(3_111, withPercentage(3));
        assertThat(total.median()).isPresent();
    }

    @Test
    void chainsReportConvergenceDiagnostics() {
        RESULTS.forEach((stratum, r) -> {
            assertThat(r.statistics().get("effectiveSampleSize")).as(stratum).isGreaterThan(500);
            assertThat(Math.abs(r.statistics().get("gewekeZ"))).as(stratum).isLessThan(5);
        });
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        MultipleSystemsEstimation mse = new MultipleSystemsEstimation();
        CaptureTable quezon = MseTestData.table("ph_drug_killings_2016_2017_quezon_police.csv");
        LcmcrSettings shortChain = LcmcrSettings.defaults().withSeed(7).withChain(200, 50, 2);

        assertThat(mse.lcmcr(quezon, shortChain).draws()).containsExactly(mse.lcmcr(quezon, shortChain).draws());
        assertThat(mse.lcmcr(quezon, shortChain.withSeed(8)).draws())
                .isNotEqualTo(mse.lcmcr(quezon, shortChain).draws());
    }
}
