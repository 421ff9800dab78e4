package org.recourse.analysis.internal;

import java.util.List;
import org.recourse.analysis.CaptureTable;

/**
 * The complete table of observable cells: every pattern except all-zero, in mask order, with its
 * count (0 when absent). This is the data a log-linear model is fitted to.
 */
record CellData(List<String> lists, double[] counts) {

    static CellData of(CaptureTable table) {
        long[] byMask = table.countsByMask();
        double[] y = new double[byMask.length - 1];
        for (int m = 1; m < byMask.length; m++) {
            y[m - 1] = byMask[m];
        }
        return new CellData(table.lists(), y);
    }

    CellData withCounts(double[] newCounts) {
        return new CellData(lists, newCounts);
    }

    int listCount() {
        return lists.size();
    }

    int cells() {
        return counts.length;
    }

    /** The pattern of cell {@code i}. */
    static int mask(int cell) {
        return cell + 1;
    }

    double observed() {
        double s = 0;
        for (double c : counts) {
            s += c;
        }
        return s;
    }

    /** Cases on both lists of the interaction (and maybe others). */
    double overlap(Interaction term) {
        double s = 0;
        for (int i = 0; i < counts.length; i++) {
            if ((mask(i) & term.mask()) == term.mask()) {
                s += counts[i];
            }
        }
        return s;
    }

    String name(Interaction term) {
        return lists.get(term.a()) + ":" + lists.get(term.b());
    }
}
