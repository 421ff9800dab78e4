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
