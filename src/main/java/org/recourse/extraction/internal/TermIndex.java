package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recourse.extraction.ExtractionTerm;

/**
 * Every label and synonym of the terms, ready to be found in a passage. English entries are
 * matched word by word on stems ({@link EnglishTrie}); Korean entries as substrings inside
 * eojeol, since particles and endings attach to the stem ({@code 보위부에서}, {@code 강간당했다})
 * ({@link KoreanTrie}). Where one match lies inside a longer one of the same scheme the longer wins
 * ("market official" is not an official of another kind); across schemes both stay ("market
 * official" is also a place), and an agency named inside a facility ({@code 보위부 구류장})
 * stays a candidate perpetrator.
 */
final class TermIndex {

    /** Places that a title names as its service, not as a scene: "border agents", "prison guard". */
    private static final Set<String> FORCE_PLACES = Set.of("border_crossing", "detention");
    private static final List<String> KO_OTHER_WORDS = List.of("여성폭력");
    static final Set<String> SCHEMES = Set.of("violation", "perpetrator", "location", "response");

    private final EnglishTrie english = new EnglishTrie();
    private final KoreanTrie korean = new KoreanTrie();

    TermIndex(List<ExtractionTerm> terms) {
        for (ExtractionTerm t : terms) {
            if (SCHEMES.contains(t.scheme())) {
                patternsOf(t).forEach(p -> add(p, t));
            }
        }
    }

    private static List<String> patternsOf(ExtractionTerm t) {
        List<String> out = new ArrayList<>(t.synonyms());
        if (!t.code().equals("unknown")) {
            out.add(t.labelEn());
            String ko = t.labelKo().strip();
            if (!ko.contains(" ") && ko.contains("·")) {
                out.addAll(List.of(ko.split("·")));
            } else {
                out.add(ko);
            }
        }
        return out;
    }

    private void add(String pattern, ExtractionTerm t) {
        String p = pattern.strip();
        if (p.isEmpty()) {
            return;
        }
        TermRef ref = new TermRef(t.scheme(), t.code());
        if (Hangul.any(p)) {
            korean.add(p, ref);
        } else {
            english.add(EnglishTokens.of(p), ref);
        }
    }

    List<TermMatch> find(String text, List<Token> tokens) {
        List<TermMatch> all = new ArrayList<>();
        english.findAll(text, tokens, all);
        korean.findAll(text, all);
        all.removeIf(m -> insideOtherWord(text, m));
        return withoutContained(all, text);
    }

    /**
     * {@code 여성폭력} (violence against women, any kind) holds {@code 성폭력} (sexual violence)
     * only by the spelling: a Korean match that is the tail of such a word is not the term.
     */
    private static boolean insideOtherWord(String text, TermMatch m) {
        for (String word : KO_OTHER_WORDS) {
            if (!Hangul.is(text.charAt(m.start()))) {
                return false;
            }
            int k = word.indexOf(text.substring(m.start(), m.end()));
            if (k > 0 && m.start() >= k && text.startsWith(word, m.start() - k)) {
                return true;
            }
        }
        return false;
    }

    /** Sweep over matches by start (longest first), dropping any inside an earlier, longer one. */
    private static List<TermMatch> withoutContained(List<TermMatch> all, String text) {
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<TermMatch> kept = new ArrayList<>(all.size());
        TermMatch cover = null;
        for (TermMatch m : all) {
            boolean inside = cover != null && cover.contains(m) && shadows(cover, m, text);
            boolean agencyInFacility = cover != null && cover.contains(m) && m.scheme().equals("perpetrator")
                    && cover.scheme().equals("location");
            if (agencyInFacility) {
                kept.add(m.asEmbedded());
            } else if (!inside) {
                kept.add(m);
            }
            if (cover == null || m.end() > cover.end()) {
                cover = m;
            }
        }
        return kept;
    }

    /**
     * A longer match hides a shorter one of its own scheme, and a Korean place inside a violation
     * ({@code 가정} in {@code 가정폭력}; "custody" in "died in custody" stays a place); a place in a title ("market official") stays a place,
     * except the border in a border force ("border agents", {@code 국경경비대}), which patrols
     * far from any crossing, and the prison in "prison guard", who may speak of anywhere.
     */
    private static boolean shadows(TermMatch cover, TermMatch m, String text) {
        return cover.scheme().equals(m.scheme())
                || m.scheme().equals("location") && cover.scheme().equals("violation") && Hangul.is(text.charAt(m.start()))
                || m.scheme().equals("location") && FORCE_PLACES.contains(m.code()) && cover.scheme().equals("perpetrator");
    }

    /** The scheme and code one pattern stands for. */
    record TermRef(String scheme, String code) {
    }
}
