package org.recourse.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.extraction.ExtractionTerm;
import org.recourse.extraction.SynonymProposal;

/**
 * Turns a span a coder accepted for a code into a synonym worth learning: English lower-cased
 * and trimmed; Korean cut back to its stem (particles and verb endings removed from the last
 * eojeol, {@code 보위부에서} to {@code 보위부}, {@code 두들겨 팼다} to {@code 두들겨 팼}), so that the
 * thesaurus learns the form the matcher looks for. Nothing is proposed when the thesaurus
 * already finds the span under that code.
 */
public final class SynonymLearner {

    private static final List<String> KO_ENDINGS = List.of(
            "했습니다", "했어요", "했는데", "했지만", "했으며", "했다고", "했다", "했고", "었어요", "았어요", "었다", "았다",
            "에게서", "한테서", "이라는", "에서는", "들에게", "에서", "에게", "한테", "으로", "까지", "부터", "라는",
            "들이", "들은", "들을", "을", "를", "이", "가", "은", "는", "의", "도", "로", "와", "과", "고", "다");
    private static final int MAX_LENGTH = 60;

    private final TermIndex index;

    public SynonymLearner(List<ExtractionTerm> terms) {
        this.index = new TermIndex(terms);
    }

    public Optional<SynonymProposal> propose(String accepted, String scheme, String code) {
        String span = accepted.strip().replaceAll("\\s+", " ");
        boolean korean = Hangul.any(span);
        String synonym = korean ? koreanStem(span) : englishForm(span);
        if (synonym.length() < 2 || synonym.length() > MAX_LENGTH || alreadyFound(synonym, code)) {
            return Optional.empty();
        }
        return Optional.of(new SynonymProposal(scheme, code, synonym, korean ? "ko" : "en"));
    }

    private boolean alreadyFound(String synonym, String code) {
        Passage p = new Passage(synonym);
        return index.find(synonym, p.tokens).stream()
                .anyMatch(m -> m.code().equals(code) && m.start() == 0 && m.end() == synonym.length());
    }

    private static String englishForm(String span) {
        return span.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    static String koreanStem(String span) {
        String s = span.replaceAll("[^\\p{L}\\p{N} ]+$", "");
        int lastSpace = s.lastIndexOf(' ');
        String head = s.substring(0, lastSpace + 1);
        String last = s.substring(lastSpace + 1);
        for (String ending : KO_ENDINGS) {
            if (last.endsWith(ending) && last.length() - ending.length() >= 1) {
                last = last.substring(0, last.length() - ending.length());
                break;
            }
        }
        return (head + last).strip();
    }
}
