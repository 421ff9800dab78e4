package org.recourse.cli;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.recourse.search.PassageDocument;

/**
 * A reproducible FICTIONAL corpus for benchmarks: passage {@code i} depends only on the seed and
 * {@code i}, so every engine sees the same text without holding it in memory. Half Korean, half
 * English; the first two sentences name domain words from DOMAIN.md in inflected forms, the
 * rest is Zipf-distributed made-up filler words (so the vocabulary is large and each domain
 * noun occurs in a few percent of passages, not most); 300–600 characters each.
 */
final class SyntheticPassages {

    static final long SEED = 20261123L;
    static final List<String> VIOLATIONS = List.of("rape", "sexual_assault", "sexual_exploitation", "invasive_body_search",
            "trafficking", "forced_marriage", "physical_assault", "forced_abortion", "arbitrary_detention", "torture",
            "forced_labour", "denial_of_justice");
    private static final List<String> PERPETRATORS = List.of("police", "state_security", "detention_guard", "soldier",
            "broker", "intimate_partner", "workplace_superior", "party_official", "market_official");
    private static final List<String> LOCATIONS = List.of("pretrial_detention", "interrogation_facility", "market",
            "labour_training_camp", "reeducation_camp", "border_crossing", "abroad_transit", "home", "workplace");
    private static final List<String> KO_NOUNS = List.of("보위부", "보위원", "보안원", "보안서", "집결소", "구류장", "노동단련대",
            "교화소", "관리소", "장마당", "꽃제비", "브로커", "남편", "직장 상사", "군인", "경비원", "여성", "아이", "국경", "두만강",
            "회령", "무산", "청진", "혜산", "온성", "신의주", "중국", "강제북송", "인신매매", "탈북");
    private static final List<String> KO_PARTICLES = List.of("에서", "의", "가", "이", "를", "로", "에게", "은", "는", "도");
    private static final List<String> KO_VERBS = List.of("조사를 받았다.", "때렸다.", "일했다.", "빼앗았다.", "팔았다.",
            "추행했다.", "지켜보았다.", "끌려갔다.", "갇혀 있었다.", "도망쳤다.", "신고했지만 소용없었다.");
    private static final List<String> EN_NOUNS = List.of("police", "officer", "guard", "broker", "husband", "soldier",
            "detention", "holding centre", "labour training camp", "prison camp", "market", "trader", "border", "river",
            "China", "interrogation", "Hoeryong", "Musan", "Chongjin", "Hyesan", "women", "children", "self-criticism letter",
            "state security", "repatriation", "trafficking");
    private static final List<String> EN_VERBS = List.of("detained", "beat", "interrogated", "searched", "sold", "abused",
            "threatened", "released", "reported", "blamed", "crossed", "trafficked", "watched", "questioned");
    private static final int FILLER_WORDS = 30_000;
    /** Sentences per passage that name domain nouns; the rest is filler, so each noun is in a few percent of passages. */
    private static final int DOMAIN_SENTENCES = 2;
    private static final String[] KO_FILLER = filler(true);
    private static final String[] EN_FILLER = filler(false);

    private SyntheticPassages() {
    }

    /** Binds passage {@code i} to an insert of {@code (id, body, violation, country, year_from, year_to)}. */
    static void bind(java.sql.PreparedStatement insert, int i) throws java.sql.SQLException {
        PassageDocument p = passage(i);
        insert.setInt(1, i);
        insert.setString(2, p.text());
        insert.setString(3, p.violations().get(0));
        insert.setString(4, p.country());
        insert.setInt(5, p.yearFrom().getAsInt());
        insert.setInt(6, p.yearTo().getAsInt());
    }

    static PassageDocument passage(int i) {
        SplittableRandom r = new SplittableRandom(SEED * 31 + i);
        boolean korean = r.nextBoolean();
        int target = 300 + r.nextInt(301);
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; text.length() < target; sentence++) {
            boolean domain = sentence < DOMAIN_SENTENCES;
            if (korean) {
                koreanSentence(r, text, domain);
            } else {
                englishSentence(r, text, domain);
            }
        }
        int year = 1995 + r.nextInt(25);
        return new PassageDocument("p" + i, "t" + i / 5, "s" + i / 50, korean ? "ko" : "en", text.toString(),
                OptionalInt.of(year), OptionalInt.of(year + r.nextInt(3)), List.of(pick(r, VIOLATIONS)),
                List.of(pick(r, PERPETRATORS)), List.of(pick(r, LOCATIONS)), r.nextInt(4) == 0 ? "china" : "north_korea",
                r.nextInt(50) == 0 ? Set.of("source-restricted") : Set.of());
    }

    private static void koreanSentence(SplittableRandom r, StringBuilder sb, boolean domain) {
        sb.append(domain ? pick(r, KO_NOUNS) : zipf(r, KO_FILLER)).append(pick(r, KO_PARTICLES)).append(' ');
        for (int k = r.nextInt(2, 6); k > 0; k--) {
            sb.append(zipf(r, KO_FILLER)).append(r.nextInt(3) == 0 ? pick(r, KO_PARTICLES) : "").append(' ');
        }
        sb.append(domain ? pick(r, KO_NOUNS) : zipf(r, KO_FILLER)).append(pick(r, KO_PARTICLES)).append(' ')
                .append(pick(r, KO_VERBS)).append(' ');
    }

    private static void englishSentence(SplittableRandom r, StringBuilder sb, boolean domain) {
        sb.append("The ").append(domain ? pick(r, EN_NOUNS) : zipf(r, EN_FILLER)).append(' ').append(pick(r, EN_VERBS)).append(' ');
        for (int k = r.nextInt(2, 7); k > 0; k--) {
            sb.append(zipf(r, EN_FILLER)).append(' ');
        }
        sb.append("near the ").append(domain ? pick(r, EN_NOUNS) : zipf(r, EN_FILLER)).append(". ");
    }

    private static String pick(SplittableRandom r, List<String> words) {
        return words.get(r.nextInt(words.size()));
    }

    /** A rough Zipf draw: rank = N·u³ puts most mass on the first few hundred words. */
    private static String zipf(SplittableRandom r, String[] words) {
        double u = r.nextDouble();
        return words[(int) (words.length * u * u * u)];
    }

    private static String[] filler(boolean korean) {
        SplittableRandom r = new SplittableRandom(SEED + (korean ? 1 : 2));
        String[] words = new String[FILLER_WORDS];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            int len = korean ? r.nextInt(2, 4) : r.nextInt(4, 10);
            for (int k = 0; k < len; k++) {
                w.append(korean ? (char) (0xAC00 + r.nextInt(11172)) : (char) ('a' + r.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }
}
