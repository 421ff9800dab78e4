package org.recourse.linkage.internal;

import java.util.HashMap;
import java.util.Map;

/** Relative frequency of each record's value in its column. */
final class Frequencies {

    private Frequencies() {
    }

    static double[] of(String[] values) {
        Map<String, Integer> counts = new HashMap<>();
        int present = 0;
        for (String v : values) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
                present++;
            }
        }
        double[] f = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = values[i] == null ? 0.0 : counts.get(values[i]) / (double) Math.max(1, present);
        }
        return f;
    }
}
