package org.recourse.web.support;

/**
 * Browsers show a transcript with every CR LF folded into one LF, so a selection's offsets
 * count one character where the stored text has two. This maps them back to stored offsets.
 */
public final class DisplayOffsets {

    private DisplayOffsets() {
    }

    public static int toStored(String stored, int display) {
        int shown = 0;
        int i = 0;
        while (i < stored.length() && shown < display) {
            i += stored.startsWith("\r\n", i) ? 2 : 1;
            shown++;
        }
        return i;
    }

    /** The inverse: where a stored offset stands in the text as a browser shows it. */
    public static int toDisplay(String stored, int offset) {
        int shown = 0;
        for (int i = 0; i < offset && i < stored.length(); i++) {
            if (!stored.startsWith("\r\n", i)) {
                shown++;
            }
        }
        return shown;
    }
}
