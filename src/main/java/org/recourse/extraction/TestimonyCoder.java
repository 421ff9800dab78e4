package org.recourse.extraction;

import java.util.List;
import java.util.Optional;
import org.recourse.extraction.internal.CodingEngine;
import org.recourse.extraction.internal.SeedTerms;
import org.recourse.extraction.internal.SynonymLearner;
import org.recourse.shared.InvalidInputException;

/**
 * Suggests codes for a passage of testimony. Built from thesaurus terms (labels and synonyms
 * are data: a new synonym needs no code change); {@link #fromSeed()} reads the seed thesaurus
 * for uses without a database. Thread-safe once built.
 */
public final class TestimonyCoder {

    /** Longest passage accepted, in UTF-16 chars; longer text is refused, not truncated. */
    public static final int MAX_CHARS = 32 * 1024 * 1024;

    private final List<ExtractionTerm> terms;
    private final CodingEngine engine;
    private final SynonymLearner learner;

    public TestimonyCoder(List<ExtractionTerm> terms) {
        this.terms = List.copyOf(terms);
        this.engine = new CodingEngine(this.terms);
        this.learner = new SynonymLearner(this.terms);
    }

    public static TestimonyCoder fromSeed() {
        return new TestimonyCoder(SeedTerms.load());
    }

    public List<ExtractionTerm> terms() {
        return terms;
    }

    /** Codes a passage, detecting its language. */
    public CodingResult code(String text) {
        return code(text, "auto");
    }

    /** Codes a passage; {@code language} is {@code en}, {@code ko}, or {@code auto}/blank to detect Hangul. */
    public CodingResult code(String text, String language) {
        if (text == null) {
            throw new InvalidInputException("text", "is missing");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException("text", "is longer than " + MAX_CHARS + " characters");
        }
        String lang = language == null || language.isBlank() || language.equals("auto") ? detectLanguage(text) : language;
        return engine.code(text, lang);
    }

    /**
     * The synonym to learn when a coder accepts the span [start, end) of {@code text} as
     * {@code code} of {@code scheme}; empty when the thesaurus already finds it there.
     */
    public Optional<SynonymProposal> proposeSynonym(String text, int start, int end, String scheme, String code) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            throw new InvalidInputException("span", "must lie inside the text and not be empty");
        }
        return learner.propose(text.substring(start, end), scheme, code);
    }

    /** {@code ko} when Hangul makes up at least a fifth of the letters, else {@code en}. */
    public static String detectLanguage(String text) {
        return org.recourse.extraction.internal.Languages.detect(text);
    }
}
