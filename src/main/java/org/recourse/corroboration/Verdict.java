package org.recourse.corroboration;

import java.util.Locale;
import org.recourse.shared.InvalidInputException;

/** A reviewer's decision on a pair: the two records are linked, or the pair is rejected. */
public enum Verdict {
    LINKED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict parse(String text) {
        for (Verdict v : values()) {
            if (v.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return v;
            }
        }
        throw new InvalidInputException("decision", "must be linked or rejected");
    }
}
