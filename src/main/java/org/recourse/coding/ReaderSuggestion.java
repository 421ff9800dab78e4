package org.recourse.coding;

/**
 * A code the coder suggests for a span of a testimony, as the reader shows it: which form field
 * it fills ({@code violation}, {@code perpetratorType}, {@code locationType}, {@code date}), the
 * value, and the span [start, end) of the words that justify it. {@code key} names it in decisions.
 */
public record ReaderSuggestion(String key, String field, String value, int start, int end, String evidence) {
}
