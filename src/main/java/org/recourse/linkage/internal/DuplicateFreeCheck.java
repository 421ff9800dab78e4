package org.recourse.linkage.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Whether both files of a linkage are free of duplicates by the fitted model itself: the
 * pairs the blocking rules make within each file are scored as if they came from the two
 * files. When almost no record of either file has a match in its own file, each entity
 * appears at most once per file and the linkage is one-to-one, so each record should keep
 * only its best partner (the assignment constraint of Jaro 1989, "Advances in record-linkage
 * methodology as applied to matching the 1985 census of Tampa, Florida", section 4).
 */
final class DuplicateFreeCheck {

    /**
     * Share of a file's records that may have a match inside their own file (the model's
     * mistakes, such as two papers of the same authors in one year, or a few true duplicates).
     * If they were all true duplicates, the one-to-one constraint would cost about half this
     * share of recall; it removes the many-to-one links that make most linkage errors, so
     * that is a good trade.
     */
    static final double TOLERATED_SHARE = 0.10;

    private DuplicateFreeCheck() {
    }

    /**
     * {@code withinFiles}: the pairs the blocking rules make within each file (see
     * {@link Blocker#candidates(List, LongHashSet)}), in any order.
     */
    static boolean bothFilesDuplicateFree(Dataset data, long[] withinFiles, Scorer scorer, double threshold) {
        if (!data.linkage()) {
            return false;
        }
        double logitThreshold = Math.log(threshold / (1 - threshold));
        boolean[] hasMatch = new boolean[data.size()];
        // In parallel: a record's flag only ever goes from false to true, and the skip below only
        // saves work, so the flags end the same in any order.
        IntStream.range(0, (withinFiles.length + 4095) / 4096).parallel().forEach(chunk -> {
            int end = Math.min(withinFiles.length, (chunk + 1) * 4096);
            for (int p = chunk * 4096; p < end; p++) {
                int i = (int) (withinFiles[p] >>> 32);
                int j = (int) withinFiles[p];
                if (!(hasMatch[i] && hasMatch[j]) && scorer.reaches(i, j, logitThreshold)) {
                    hasMatch[i] = true;
                    hasMatch[j] = true;
                }
            }
        });
        long[] matched = new long[2];
        for (int r = 0; r < data.size(); r++) {
            matched[r < data.leftSize() ? 0 : 1] += hasMatch[r] ? 1 : 0;
        }
        return matched[0] <= TOLERATED_SHARE * data.leftSize()
                && matched[1] <= TOLERATED_SHARE * (data.size() - data.leftSize());
    }
}
