package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.extraction.VictimDescriptor;

/**
 * Victim descriptors: gender and age band ("in her 40s", "a 35-year-old woman", "she was 45",
 * {@code 40대 여성}, {@code 35살}). A descriptor counts unless the person is the agent of the
 * violation; a gendered noun without an age counts only as the one the violation was done to
 * ("sold women", {@code 여성 세 명을 강간했다}) or as the speaker of the account.
 */
final class Victims {

    private static final String EN_NOUN = "(woman|women|girl|girls|female|man|men|boy|boys|male|daughter|sister|mother"
            + "|wife|son)";
    /** Age forms that start at their digits (or "teenage"); what stands before is read by {@link #BEFORE}. */
    private static final Pattern AGED = Pattern.compile(
            "([1-9])0s\\b"
            + "|(\\d{1,2})[- ]year[- ]old(?:\\s+" + EN_NOUN + ")?"
            + "|([1-9])0\\s*대(?:였던|인|의)?\\s*(?:한\\s*)?(?:탈북\\s*)?(여성|여자|남성|남자|소녀|소년)?"
            + "|(\\d{1,2})\\s*(?:살|세)(?!대)"
            + "|(\\d{1,2})\\b"
            + "|teenage\\s+(girl|boy)\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand before an age: "a woman in her", "a man of", "she was". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:\\b" + EN_NOUN + "\\s*,?\\s*(?:now\\s+)?)?\\bin\\s+(her|his)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?$"
            + "|\\b" + EN_NOUN + "\\s+(?:of|aged|who\\s+was)\\s+$"
            + "|\\b(she|he)\\s+was\\s+$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> EN_GENDERED = java.util.Set.of("woman", "women", "girl", "girls", "female",
            "man", "men", "boy", "boys", "male", "daughter", "sister", "mother", "wife", "son");
    private static final List<String> KO_GENDERED = List.of("여성", "여자", "남성", "남자", "소녀", "소년", "언니", "딸",
            "어머니", "아내", "누나");
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(said|says|told|tells|described|recalled|testified|explained)\\b|^according\\s+to"
            + "|말했|진술|증언했|밝혔|전했|답했", Pattern.CASE_INSENSITIVE);

    private Victims() {
    }

    static List<Found<VictimDescriptor>> find(Passage p, List<TermMatch> violations, Found<Integer> sample) {
        List<Found<VictimDescriptor>> out = new ArrayList<>();
        java.util.BitSet aged = new java.util.BitSet(p.text.length());
        Windows near = Windows.aroundDigits(p.text, 0, 30);
        Windows teen = Windows.aroundWords(p.text, Windows.lower(p.text), 0, 20, "teenage");
        for (Windows w : List.of(near, teen)) {
            w.find(AGED, p.text, m -> {
                Optional<Found<VictimDescriptor>> d = aged(p.text, m);
                if (d.isPresent() && !inSample(m.start(), sample) && !aged.get(m.start())) {
                    Found<VictimDescriptor> f = d.get();
                    aged.set(f.start(), f.end());
                    if (Roles.roleOf(p, f.start(), f.end(), violations) != Roles.Role.AGENT
                            || speaker(p, f.start(), f.end())) {
                        out.add(f);
                    }
                }
            });
        }
        for (int[] g : gendered(p)) {
            if (inSample(g[0], sample) || aged.get(g[0])) {
                continue;
            }
            Roles.Role role = Roles.roleOf(p, g[0], g[1], violations);
            boolean speaks = speaker(p, g[0], g[1]) && Roles.anyInSentence(p, g[0], violations);
            if (role == Roles.Role.PATIENT || speaks) {
                String word = p.text.substring(g[0], g[1]);
                out.add(new Found<>(new VictimDescriptor(Optional.of(gender(word)), Optional.empty()), g[0], g[1]));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** Gendered nouns: English from the words already split, Korean by substring search. */
    private static List<int[]> gendered(Passage p) {
        List<int[]> out = new ArrayList<>();
        for (Token t : p.tokens) {
            if (EN_GENDERED.contains(t.word())) {
                out.add(new int[] {t.start(), t.end()});
            }
        }
        for (String w : KO_GENDERED) {
            for (int i = p.text.indexOf(w); i >= 0; i = p.text.indexOf(w, i + 1)) {
                out.add(new int[] {i, i + w.length()});
            }
        }
        out.sort(java.util.Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** Groups of AGED: 1 decade "40s", 2-3 "35-year-old woman", 4-5 Korean decade, 6 Korean age, 7 bare, 8 teenage. */
    private static Optional<Found<VictimDescriptor>> aged(String text, Matcher m) {
        Matcher before = BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start());
        boolean hasBefore = before.find();
        if ((m.group(1) != null || m.group(7) != null) && !hasBefore) {
            return Optional.empty();
        }
        if (m.group(1) != null && (before.group(2) == null)) {
            return Optional.empty();
        }
        String noun = first(m, 3, 5, 8);
        String decade = first(m, 1, 4);
        String years = first(m, 2, 6, 7);
        if (hasBefore) {
            noun = noun.isEmpty() ? first(before, 1, 3) : noun;
            noun = noun.isEmpty() ? first(before, 2, 4) : noun;
        }
        Optional<String> band = !decade.isEmpty() ? Optional.of(decade + "0s")
                : !years.isEmpty() ? Optional.of((Integer.parseInt(years) / 10) + "0s") : Optional.of("10s");
        Optional<String> gender = noun.isEmpty() ? Optional.empty() : Optional.of(gender(noun));
        int start = hasBefore ? before.start() : m.start();
        return Optional.of(new Found<>(new VictimDescriptor(gender, band), start, m.end()));
    }

    static String gender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean female = w.startsWith("wom") || w.startsWith("girl") || w.startsWith("fem") || w.startsWith("daughter")
                || w.startsWith("sister") || w.startsWith("mother") || w.startsWith("wife") || w.equals("her")
                || w.equals("she") || "여성 여자 소녀 언니 딸 어머니 아내 누나".contains(w);
        return female ? "female" : "male";
    }

    private static boolean speaker(Passage p, int start, int end) {
        int s = p.sentenceStart(start);
        String before = p.text.substring(Math.max(s, start - 25), start).toLowerCase(Locale.ROOT);
        if (before.contains("according to")) {
            return true;
        }
        String after = p.text.substring(end, Math.min(p.sentenceEnd(start), end + 200));
        Matcher m = SPEAKER.matcher(after);
        return m.find() && (Hangul.any(m.group()) || m.start() < 60);
    }

    private static boolean inSample(int offset, Found<Integer> sample) {
        return sample != null && offset >= sample.start() && offset < sample.end();
    }

    private static String first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }
}
