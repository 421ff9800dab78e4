package org.recourse.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import org.recourse.shared.InvalidInputException;

/**
 * What a table can and cannot tell. A list that shares no case with any other list makes the
 * unseen count unidentifiable (the estimate runs to infinity): that is an error. Pairs of lists
 * that never overlap, few overlaps and mostly empty cells are warnings: the estimate exists but
 * leans on assumptions the data cannot check.
 */
final class TableWarnings {

    private static final int FEW_CASES = 50;
    private static final int FEW_OVERLAPS = 20;

    private TableWarnings() {
    }

    /** Lists whose every case is on no other list. */
    static List<String> isolatedLists(CellData data) {
        List<String> isolated = new ArrayList<>();
        for (int j = 0; j < data.listCount(); j++) {
            double alone = data.counts()[(1 << j) - 1];
            double onList = 0;
            for (int i = 0; i < data.cells(); i++) {
                onList += (CellData.mask(i) >> j & 1) == 1 ? data.counts()[i] : 0;
            }
            if (onList == alone) {
                isolated.add(data.lists().get(j));
            }
        }
        return isolated;
    }

    /** A log-linear model cannot estimate the unseen when a list is isolated: its MLE is infinite. */
    static void requireOverlapsForLogLinear(CellData data, String label) {
        List<String> isolated = isolatedLists(data);
        if (!isolated.isEmpty()) {
            throw new InvalidInputException(label, "list " + isolated.get(0) + " shares no case with any other list, "
                    + "so a log-linear model cannot estimate the number unseen; drop that list or use the lcmcr method");
        }
    }

    /** The latent-class model still runs, but leans on its prior for such a list. */
    static List<String> isolatedListWarnings(CellData data) {
        return isolatedLists(data).stream().map(l -> "list " + l + " shares no case with any other list: "
                + "what it says about the unseen comes from the model, not the data").toList();
    }

    static List<String> of(CellData data) {
        List<String> warnings = new ArrayList<>();
        for (int a = 0; a < data.listCount(); a++) {
            for (int b = a + 1; b < data.listCount(); b++) {
                Interaction term = new Interaction(a, b);
                if (data.overlap(term) == 0) {
                    warnings.add("lists " + data.lists().get(a) + " and " + data.lists().get(b)
                            + " never overlap: their interaction cannot be estimated and was not considered");
                }
            }
        }
        double observed = data.observed();
        if (observed < FEW_CASES) {
            warnings.add("only " + (long) observed + " documented cases: the estimate is very uncertain");
        }
        double onSeveral = observed;
        for (int j = 0; j < data.listCount(); j++) {
            onSeveral -= data.counts()[(1 << j) - 1];
        }
        if (onSeveral < FEW_OVERLAPS) {
            warnings.add("only " + (long) onSeveral + " cases are on more than one list: overlaps carry the estimate, "
                    + "so it is fragile");
        }
        long empty = java.util.Arrays.stream(data.counts()).filter(c -> c == 0).count();
        if (data.listCount() > 3 && empty * 2 > data.cells()) {
            warnings.add(empty + " of " + data.cells() + " capture patterns are empty: the table is sparse, "
                    + "and interaction estimates rest on few cases");
        }
        return warnings;
    }
}
