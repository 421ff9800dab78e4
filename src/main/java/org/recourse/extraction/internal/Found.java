package org.recourse.extraction.internal;

/** Something found at [start, end) of the passage. */
record Found<T>(T value, int start, int end) {
}
