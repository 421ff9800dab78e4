package org.recourse.cli;

import java.io.PrintStream;
import org.recourse.exchange.ImportProgress;

/**
 * An import's progress on standard error: on a terminal one line rewritten in place; into a log
 * or a pipe a line at each tenth of the way (not one endless line of carriage returns).
 */
final class ImportProgressPrinter implements ImportProgress {

    private final PrintStream err;
    private final boolean inPlace;
    private int tenth = -1;
    private boolean printed;

    private ImportProgressPrinter(PrintStream err, boolean inPlace) {
        this.err = err;
        this.inPlace = inPlace;
    }

    static ImportProgressPrinter on(PrintStream err) {
        return new ImportProgressPrinter(err, err == System.err && System.console() != null);
    }

    @Override
    public synchronized void rows(long done, long total) {
        if (inPlace) {
            err.printf("\rimported %,d of %,d", done, total);
            printed = true;
            return;
        }
        int now = total <= 0 ? 10 : (int) Math.min(10, 10 * done / total);
        if (now != tenth) {
            tenth = now;
            err.printf("imported %,d of %,d%n", done, total);
        }
    }

    /** Ends the line rewritten in place, if there is one. */
    synchronized void finish() {
        if (inPlace && printed) {
            err.println();
        }
    }
}
