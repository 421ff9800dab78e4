package org.recourse.web.support;

import java.util.Arrays;

/**
 * Browsers show a transcript with every CR LF folded into one LF, so a selection's offsets
 * count one character where the stored text has two. This maps them both ways. Made once per
 * text, each mapping is a binary search over the text's CR LF positions: a reader page maps
 * every suggestion of a long transcript without reading the text again for each.
 */
public final class DisplayOffsets {

    private final int length;
    /** Where each CR LF starts in the stored text, in order. */
    private final int[] crlf;

    private DisplayOffsets(String stored) {
        this.length = stored.length();
        int[] found = new int[16];
        int n = 0;
        for (int i = stored.indexOf("\r\n"); i >= 0; i = stored.indexOf("\r\n", i + 2)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i;
        }
        this.crlf = Arrays.copyOf(found, n);
    }

    public static DisplayOffsets of(String stored) {
        return new DisplayOffsets(stored);
    }

    public static int toStored(String stored, int display) {
        return of(stored).toStored(display);
    }

    public static int toDisplay(String stored, int offset) {
        return of(stored).toDisplay(offset);
    }

    /** Where a browser's offset stands in the stored text (at most its length). */
    public int toStored(int display) {
        // The k-th CR LF (from 0) is shown at crlf[k] - k; each one shown before the offset adds a character.
        int lo = 0;
        int hi = crlf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (crlf[mid] - mid < display) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(length, Math.max(0, display) + lo);
    }

    /** Where a stored offset stands in the text as a browser shows it. */
    public int toDisplay(int offset) {
        int end = Math.max(0, Math.min(offset, length));
        int before = Arrays.binarySearch(crlf, end);
        return end - (before >= 0 ? before : -before - 1);
    }
}
