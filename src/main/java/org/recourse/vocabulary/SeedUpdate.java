package org.recourse.vocabulary;

/** What {@link Vocabulary#addFromSeed} added: new terms, terms that got synonyms, and those synonyms. */
public record SeedUpdate(int termsAdded, int termsExtended, int synonymsAdded) {
}
