package org.recourse.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a revision: its value before and after, as shown in the history. A value that
 * must not be kept (an identifying field) is empty on both sides and {@code hidden}; a long
 * text is kept as its length only ("1,204 characters"), never its words.
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after, boolean hidden) {

    public FieldChange {
        Objects.requireNonNull(field);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }

    public static FieldChange value(String field, String before, String after) {
        return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after), false);
    }

    /** An identifying field changed: the history says so, and holds neither value. */
    public static FieldChange hidden(String field) {
        return new FieldChange(field, Optional.empty(), Optional.empty(), true);
    }

    /** A long text (testimony body, translation): its length, never its words. */
    public static FieldChange length(String field, Optional<String> before, Optional<String> after) {
        return new FieldChange(field, before.map(FieldChange::characters), after.map(FieldChange::characters), false);
    }

    private static String characters(String text) {
        return String.format(java.util.Locale.ROOT, "%,d characters", text.length());
    }
}
