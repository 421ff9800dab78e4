package org.recourse.corroboration;

import java.util.Locale;
import org.recourse.shared.InvalidInputException;

/** What a pair is made of: two persons (the same person?) or two incidents (the same event?). */
public enum LinkKind {
    PERSON, INCIDENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkKind parse(String text) {
        for (LinkKind k : values()) {
            if (k.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return k;
            }
        }
        throw new InvalidInputException("kind", "must be person or incident");
    }
}
