package org.recourse.extraction.internal;

/**
 * A Latin-script word of the passage: its span, lower-cased form and stem. {@code possessive}
 * marks "husband's": the possessor is not the actor.
 */
record Token(int start, int end, String word, String stem, boolean possessive) {
}
