package org.recourse.extraction;

/** A synonym worth adding to a term, learnt from a suggestion a coder accepted. */
public record SynonymProposal(String scheme, String code, String synonym, String language) {
}
