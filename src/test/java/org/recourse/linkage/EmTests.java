package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recourse.linkage.internal.ComparisonVectors.Pattern;
import org.recourse.linkage.internal.Em;
import org.recourse.linkage.internal.Parameters;

class EmTests {

    private static final double[][] M = {{0, 0.85, 0.10, 0.05}, {0, 0.90, 0.10}, {0, 0.75, 0.20, 0.05}};
    private static final double[][] U = {{0, 0.02, 0.08, 0.90}, {0, 0.10, 0.90}, {0, 0.05, 0.15, 0.80}};

    @Test
    void emRecoversTheMProbabilitiesAndMatchShareOfASimulatedMixture() {
        SplittableRandom random = new SplittableRandom(7);
        Map<Pattern, long[]> histogram = new HashMap<>();
        double share = 0.2;
        for (int p = 0; p < 200_000; p++) {
            double[][] dist = random.nextDouble() < share ? M : U;
            byte[] levels = new byte[3];
            for (int f = 0; f < 3; f++) {
                levels[f] = (byte) draw(dist[f], random);
            }
            histogram.computeIfAbsent(new Pattern(levels), k -> new long[1])[0]++;
        }
        double[][] roughU = {{0, 0.05, 0.1, 0.85}, {0, 0.2, 0.8}, {0, 0.1, 0.1, 0.8}};
        Parameters fit = Em.estimate(histogram, new int[] {4, 3, 4}, roughU, 1e-3);
        assertThat(fit.lambda()).isCloseTo(share, within(0.02));
        for (int f = 0; f < 3; f++) {
            for (int l = 1; l < M[f].length; l++) {
                assertThat(fit.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.03));
            }
        }
        assertThat(fit.iterations()).isLessThan(200);
    }

    @Test
    void pairsThatTheirBlockingRuleMadeAgreeDoNotBecomeTheMatchClass() {
        // Three rules, as in a people register with few distinct names: rule 0 pairs records with the
        // same first field, rule 1 with the same second, rule 2 with the same third. Their
        // non-matches agree on that field because the rule chose them; 2% of the pairs are matches.
        SplittableRandom random = new SplittableRandom(11);
        Map<Pattern, long[]> histogram = new HashMap<>();
        double[][] m = {{0, 0.9, 0.1}, {0, 0.9, 0.1}, {0, 0.9, 0.1}};
        double[][] u = {{0, 0.05, 0.95}, {0, 0.05, 0.95}, {0, 0.05, 0.95}};
        boolean[][] forced = {{true, false, false}, {false, true, false}, {false, false, true}};
        for (int p = 0; p < 300_000; p++) {
            int rule = p % 3;
            boolean match = random.nextDouble() < 0.02;
            byte[] levels = new byte[3];
            for (int f = 0; f < 3; f++) {
                levels[f] = (byte) (!match && f == rule ? 1 : draw((match ? m : u)[f], random));
            }
            histogram.computeIfAbsent(new Pattern(levels), k -> new long[3])[rule]++;
        }
        Parameters oneMixture = Em.estimate(histogram, new int[] {3, 3, 3}, u, 1e-3, -1, null);
        Parameters byRule = Em.estimate(histogram, new int[] {3, 3, 3}, u, 1e-3, -1, forced);
        assertThat(byRule.lambda()).isCloseTo(0.02, within(0.005));
        for (int f = 0; f < 3; f++) {
            assertThat(byRule.m()[f][1]).as("m[%d] agree", f).isCloseTo(0.9, within(0.03));
        }
        assertThat(oneMixture.lambda()).as("one mixture takes forced agreement for matches").isGreaterThan(0.1);
    }

    private static int draw(double[] p, SplittableRandom random) {
        double x = random.nextDouble();
        for (int l = 1; l < p.length; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }
}
