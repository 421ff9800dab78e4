package org.recourse.extraction;

import java.util.Objects;

/**
 * One thing the coder suggests, with the words that justify it: {@code start} and
 * {@code end} are UTF-16 offsets into the passage ({@code text.substring(start, end)} is
 * {@code evidenceText}). {@code value} is a thesaurus code, a year range {@code 2000..2009},
 * a victim descriptor {@code female/40s} or a count.
 */
public record Suggestion(SuggestionKind kind, String value, int start, int end, String evidenceText) {

    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end");
        }
    }
}
