package org.recourse.search;

/** How hits are ordered. By date uses the start year; passages without a date come last. */
public enum SortOrder {
    RELEVANCE, NEWEST_FIRST, OLDEST_FIRST
}
