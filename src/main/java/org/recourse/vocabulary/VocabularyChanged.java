package org.recourse.vocabulary;

/** A term of a scheme was added or changed; caches built from the thesauri must be rebuilt. */
public record VocabularyChanged(String scheme) {
}
