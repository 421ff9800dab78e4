package org.recourse.search;

/**
 * A code a query filters on, such as {@code violation:rape}: the field (named as its vocabulary
 * scheme), the code as the index holds it, and the 1-based character where the filter starts.
 */
public record QueryCode(String field, String code, int position) {
}
