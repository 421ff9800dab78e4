package org.recourse.extraction;

/** What a suggestion would fill in; the coder owns this list, so it is an enum. */
public enum SuggestionKind {
    VIOLATION, PERPETRATOR, LOCATION, RESPONSE, PERIOD, VICTIM, INTERVIEWEE_COUNT;

    /** The thesaurus scheme a term-based kind draws from, e.g. {@code violation}. */
    public String scheme() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
