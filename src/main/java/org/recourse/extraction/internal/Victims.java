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
    private static final Pattern AGED = Pattern.compile(
            "\\b(?:" + EN_NOUN + "\\s*,?\\s*(?:now\\s+)?)?in\\s+(her|his)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?([1-9])0s\\b"
            + "|\\b(\\d{1,2})[- ]year[- ]old(?:\\s+" + EN_NOUN + ")?"
            + "|\\b" + EN_NOUN + "\\s+(?:of|aged|who\\s+was)\\s+(\\d{1,2})\\b"
            + "|\\b(she|he)\\s+was\\s+(\\d{1,2})\\b"
            + "|\\bteenage\\s+(girl|boy)\\b"
            + "|(?<!\\d)([1-9])0\\s*대(?:였던|인|의)?\\s*(?:한\\s*)?(?:탈북\\s*)?(여성|여자|남성|남자|소녀|소년)?"
            + "|(?<!\\d)(\\d{1,2})\\s*(?:살|세)(?![가-힣]{0,1}대)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENDERED = Pattern.compile("\\b" + EN_NOUN + "\\b|(여성|여자|남성|남자|소녀|소년|언니|딸|어머니|아내|누나)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(said|says|told|tells|described|recalled|testified|explained)\\b|^according\\s+to"
            + "|말했|진술|증언했|밝혔|전했|답했", Pattern.CASE_INSENSITIVE);

    private Victims() {
    }

    static List<Found<VictimDescriptor>> find(Passage p, List<TermMatch> violations, Found<Integer> sample) {
        List<Found<VictimDescriptor>> out = new ArrayList<>();
        Matcher m = AGED.matcher(p.text);
        while (m.find()) {
            VictimDescriptor d = aged(m);
            if (inSample(m.start(), sample)) {
                continue;
            }
            if (Roles.roleOf(p, m.start(), m.end(), violations) != Roles.Role.AGENT || speaker(p, m.start(), m.end())) {
                out.add(new Found<>(d, m.start(), m.end()));
            }
        }
        Matcher g = GENDERED.matcher(p.text);
        while (g.find()) {
            if (inSample(g.start(), sample) || covered(out, g.start())) {
                continue;
            }
            Roles.Role role = Roles.roleOf(p, g.start(), g.end(), violations);
            boolean speaks = speaker(p, g.start(), g.end()) && Roles.anyInSentence(p, g.start(), violations);
            if (role == Roles.Role.PATIENT || speaks) {
                out.add(new Found<>(new VictimDescriptor(Optional.of(gender(g.group())), Optional.empty()), g.start(), g.end()));
            }
        }
        return out;
    }

    private static VictimDescriptor aged(Matcher m) {
        String noun = first(m, 1, 5, 6, 10, 12);
        String pronoun = first(m, 2, 8);
        String decade = first(m, 3, 11);
        String years = first(m, 4, 7, 9, 13);
        Optional<String> band = !decade.isEmpty() ? Optional.of(decade + "0s")
                : !years.isEmpty() ? Optional.of((Integer.parseInt(years) / 10) + "0s")
                : Optional.of("10s");
        String who = !noun.isEmpty() ? noun : pronoun;
        Optional<String> gender = who.isEmpty() ? Optional.empty() : Optional.of(gender(who));
        return new VictimDescriptor(gender, band);
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

    private static boolean covered(List<Found<VictimDescriptor>> out, int offset) {
        return out.stream().anyMatch(f -> offset >= f.start() && offset < f.end());
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
