package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
            + "|(\\d{1,2})[- ]years?[- ]old(?:\\s+" + EN_NOUN + ")?"
            + "|([1-9])0\\s*대(?:였던|인|의)?\\s*(?:한\\s*)?(?:탈북\\s*)?(여성|여자|남성|남자|소녀|소년)?"
            + "|(\\d{1,2})\\s*(?:살|세)(?!대)"
            + "|(?<=[A-Za-z\uAC00-\uD7A3]\\s?\\(|[A-Za-z], )([1-9]\\d)(?=\\)|,)"
            + "|(\\d{1,2})\\b"
            + "|teenage\\s+(girl|boy)\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand before an age: "a woman in her", "a man of", "she was". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:\\b" + EN_NOUN + "\\s*,?\\s*(?:now\\s+)?)?\\bin\\s+(her|his)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?$"
            + "|\\b" + EN_NOUN + "\\s+(?:of|aged|who\\s+was)\\s+$"
            + "|\\b(she|he)\\s+was\\s+(?:only\\s+|just\\s+)?$"
            + "|\\bat\\s+the\\s+age\\s+of\\s+(?:only\\s+|just\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EN_GENDERED = Set.of("woman", "women", "girl", "girls", "female",
            "man", "men", "boy", "boys", "male", "daughter", "sister", "mother", "wife", "son", "she", "her", "he", "him",
            "brother", "father", "husband", "wives", "daughters", "sisters", "mothers", "sons", "brothers", "females",
            "males");
    /** How far (characters) an age and the words that give its person's gender may stand apart. */
    private static final int NEAR = 200;
    private static final Set<String> KO_FEMALE = Set.of("여성", "여자", "소녀", "언니", "딸", "어머니",
            "아내", "누나", "여학생", "아가씨", "여군", "임산부", "임신부", "모녀", "처녀", "여동생", "할머니", "(여)");
    private static final Set<String> PRONOUNS = Set.of("she", "her", "he", "him");
    private static final Set<String> KIN = Set.of("brother", "brothers", "father", "husband",
            "family", "daughter", "daughters", "son", "sons", "mother", "sister", "sisters", "children", "child", "baby",
            "parents", "grandfather", "grandmother", "relatives", "boyfriend", "in-laws", "uncle", "aunt", "cousin");
    private static final List<String> KO_GENDERED = List.of("여성", "여자", "남성", "남자", "소녀", "소년", "언니", "딸",
            "어머니", "아내", "누나", "여학생", "아가씨", "여군", "임산부", "임신부", "모녀", "처녀", "여동생", "할머니",
            "아들", "남동생", "오빠", "(여)", "(남)");
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(said|says|told|tells|described|recalled|testified|explained)\\b|^according\\s+to"
            + "|말했|진술|증언했|밝혔|전했|답했", Pattern.CASE_INSENSITIVE);

    private Victims() {
    }

    static List<Found<VictimDescriptor>> find(Passage p, List<TermMatch> violations, Found<Integer> sample) {
        List<Found<VictimDescriptor>> out = new ArrayList<>();
        List<Found<VictimDescriptor>> agedAgents = new ArrayList<>();
        BitSet aged = new BitSet(p.text.length());
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
                    } else {
                        agedAgents.add(f);
                    }
                }
            });
        }
        List<int[]> gendered = gendered(p);
        for (int[] g : gendered) {
            if (inSample(g[0], sample) || aged.get(g[0]) || !Roles.anyInSentence(p, g[0], violations)
                    || possessiveOfKin(p, g)) {
                continue;
            }
            Roles.Role role = insideAViolation(g, violations) ? Roles.Role.PATIENT
                    : Roles.roleOf(p, g[0], g[1], violations);
            boolean speaks = !PRONOUNS.contains(Windows.lower(p.text.substring(g[0], g[1]))) && speaker(p, g[0], g[1]);
            if (role == Roles.Role.PATIENT && recipient(p, g[0])) {
                continue;
            }
            boolean korean = Hangul.any(p.text.substring(g[0], g[1]));
            if (role == Roles.Role.PATIENT || speaks
                    || korean && role != Roles.Role.AGENT) {
                String word = p.text.substring(g[0], g[1]);
                out.add(new Found<>(new VictimDescriptor(Optional.of(gender(word)), Optional.empty()), g[0], g[1]));
            }
        }
        agedAgents.replaceAll(f -> f.value().gender().isPresent() ? f : withGenderOfSentence(p, f, gendered));
        List<Found<VictimDescriptor>> patients = new ArrayList<>(out);
        patients.sort(Comparator.comparingInt(Found::start));
        for (Found<VictimDescriptor> a : agedAgents) {
            if (samePersonDoneTo(a, patients)) {
                out.add(a);
            }
        }
        out.replaceAll(f -> f.value().gender().isPresent() ? f : withGenderOfSentence(p, f, gendered));
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** "beat him": an object pronoun the violation's own words take in. */
    private static boolean insideAViolation(int[] g, List<TermMatch> violations) {
        return Roles.overlapsAny(violations, g[0], g[1]);
    }

    /**
     * "She was 45 when the soldiers caught her": an age read as the subject of the act is the victim's
     * when a word of the same gender the act was done to stands within {@link #NEAR} characters.
     */
    private static boolean samePersonDoneTo(Found<VictimDescriptor> aged, List<Found<VictimDescriptor>> byStart) {
        int from = Sorted.firstAtOrAfter(byStart, Found::start, aged.start() - NEAR);
        for (int i = from; i < byStart.size() && byStart.get(i).start() <= aged.end() + NEAR; i++) {
            Found<VictimDescriptor> v = byStart.get(i);
            if (v.value().ageBand().isEmpty() && v.value().gender().equals(aged.value().gender())) {
                return true;
            }
        }
        return false;
    }

    /** "sold to a man": the one a person was handed to is not the one the act was done to. */
    private static boolean recipient(Passage p, int start) {
        int i = p.tokenAt(start) - 1;
        while (i >= 0 && (p.word(i).equals("a") || p.word(i).equals("an") || p.word(i).equals("the"))) {
            i--;
        }
        return p.word(i).equals("to");
    }

    /** "her" before a kinship noun ("her brother died") is not the one the act was done to. */
    private static boolean possessiveOfKin(Passage p, int[] g) {
        int i = p.tokenAt(g[0]);
        return i >= 0 && i + 1 < p.tokens.size() && p.tokens.get(i).word().equals("her")
                && KIN.contains(p.tokens.get(i + 1).word());
    }

    /**
     * An age without a gender ("a 14-year-old", "Kim (45)") takes the gender of the first "she" or "he"
     * after it in the sentence, else the sentence's gendered words when they all have one gender.
     */
    private static Found<VictimDescriptor> withGenderOfSentence(Passage p, Found<VictimDescriptor> f,
            List<int[]> gendered) {
        int from = Math.max(p.sentenceStart(f.start()), f.start() - NEAR);
        int to = Math.min(p.sentenceEnd(f.start()), f.end() + NEAR);
        Set<String> genders = new HashSet<>();
        for (int[] g : gendered.subList(Sorted.firstAtOrAfter(gendered, a -> a[0], from), gendered.size())) {
            if (g[0] > to) {
                break;
            }
            String word = p.text.substring(g[0], g[1]).toLowerCase(Locale.ROOT);
            if (g[0] >= f.end() && g[1] <= to && (word.equals("she") || word.equals("he"))) {
                genders = Set.of(gender(word));
                break;
            }
            if (g[0] >= from && g[1] <= to) {
                genders.add(gender(word));
            }
        }
        return genders.size() != 1 ? f
                : new Found<>(new VictimDescriptor(Optional.of(genders.iterator().next()), f.value().ageBand()),
                        f.start(), f.end());
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
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /**
     * Groups of AGED: 1 decade "40s", 2-3 "35-year-old woman", 4-5 Korean decade, 6 Korean age, 7 an age in
     * brackets or commas after a name ("Kim (45)", "Kim, 45,", {@code 김모(45)씨}), 8 bare, 9 teenage.
     */
    private static Optional<Found<VictimDescriptor>> aged(String text, Matcher m) {
        Matcher before = BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start());
        boolean hasBefore = before.find();
        if ((m.group(1) != null || m.group(8) != null) && !hasBefore) {
            return Optional.empty();
        }
        if (m.group(1) != null && (before.group(2) == null)) {
            return Optional.empty();
        }
        String noun = first(m, 3, 5, 9);
        String decade = first(m, 1, 4);
        String years = first(m, 2, 6, 7, 8);
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
                || w.equals("she") || w.startsWith("wives") || KO_FEMALE.contains(w);
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
