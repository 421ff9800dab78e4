package org.recourse.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recourse.linkage.LinkRecord;

/**
 * Fictional person records with known duplicates, for the linkage scale benchmark and tests:
 * half Korean names (Hangul, Revised Romanisation or McCune-Reischauer, hyphenated or not),
 * half English; birth dates; provinces. About 30% of people appear two or three times, with
 * typing errors, another script or romanisation, day and month swapped, a wrong digit or a
 * missing value. Ids are {@code pN-k}: same N, same person. Fixed seed: the same N gives the
 * same records. All names are generated; none is a real person's.
 */
final class SyntheticPeople {

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
        "신", "권", "황", "안", "송", "전", "홍"};
    private static final double[] SURNAME_SHARE = {21, 15, 8, 5, 4, 2.3, 2.1, 2, 2, 1.7, 1.5, 1.5, 1.5, 1.4, 1.4, 1.4,
        1.3, 1.3, 1.1, 1.1};
    private static final Map<String, String[]> SURNAME_LATIN = Map.ofEntries(Map.entry("김", new String[] {"Kim", "Gim"}),
            Map.entry("이", new String[] {"Lee", "Yi", "Rhee", "I"}), Map.entry("박", new String[] {"Park", "Pak", "Bak"}),
            Map.entry("최", new String[] {"Choi", "Choe"}), Map.entry("정", new String[] {"Jung", "Jeong", "Chong"}),
            Map.entry("강", new String[] {"Kang", "Gang"}), Map.entry("조", new String[] {"Cho", "Jo"}),
            Map.entry("윤", new String[] {"Yoon", "Yun"}), Map.entry("장", new String[] {"Jang", "Chang"}),
            Map.entry("임", new String[] {"Lim", "Im"}), Map.entry("한", new String[] {"Han"}),
            Map.entry("오", new String[] {"Oh", "O"}), Map.entry("서", new String[] {"Seo", "Suh", "So"}),
            Map.entry("신", new String[] {"Shin", "Sin"}), Map.entry("권", new String[] {"Kwon", "Gwon"}),
            Map.entry("황", new String[] {"Hwang"}), Map.entry("안", new String[] {"Ahn", "An"}),
            Map.entry("송", new String[] {"Song"}), Map.entry("전", new String[] {"Jeon", "Chon"}),
            Map.entry("홍", new String[] {"Hong"}));
    private static final String SYLLABLES = "민서지현수영준우진하은유연도윤성혜경숙미정희철동호상승재태선아주예나소";
    private static final String[] ENGLISH_GIVEN = {"james", "mary", "john", "patricia", "robert", "jennifer", "michael",
        "linda", "william", "elizabeth", "david", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah",
        "charles", "karen", "daniel", "nancy", "matthew", "lisa", "anthony", "betty", "mark", "margaret", "paul",
        "sandra", "steven", "ashley", "andrew", "kimberly", "joshua", "emily", "kevin", "donna", "brian", "michelle"};
    private static final String[] ENGLISH_SURNAMES = {"smith", "johnson", "williams", "brown", "jones", "garcia",
        "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas",
        "taylor", "moore", "jackson", "martin", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis",
        "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores",
        "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts"};
    private static final String[] PROVINCES = {"North Hamgyong", "South Hamgyong", "Ryanggang", "Chagang",
        "North Pyongan", "South Pyongan", "Kangwon", "North Hwanghae", "South Hwanghae", "Pyongyang", "Rason",
        "Nampo"};

    record Person(String given, String surname, String hangulGiven, String hangulSurname, int year, int month, int day,
            String province) {
    }

    private final SplittableRandom random;

    SyntheticPeople(long seed) {
        this.random = new SplittableRandom(seed);
    }

    List<LinkRecord> generate(int records) {
        List<LinkRecord> out = new ArrayList<>(records);
        int person = 0;
        while (out.size() < records) {
            Person p = person();
            int copies = random.nextDouble() < 0.3 ? 2 + random.nextInt(2) : 1;
            for (int k = 0; k < copies && out.size() < records; k++) {
                out.add(new LinkRecord("p" + person + "-" + k, k == 0 ? fields(p, false) : fields(p, true)));
            }
            person++;
        }
        return out;
    }

    private Person person() {
        int y = 1935 + random.nextInt(70);
        int m = 1 + random.nextInt(12);
        int d = 1 + random.nextInt(28);
        String province = PROVINCES[random.nextInt(PROVINCES.length)];
        if (random.nextBoolean()) {
            return new Person(ENGLISH_GIVEN[random.nextInt(ENGLISH_GIVEN.length)],
                    ENGLISH_SURNAMES[random.nextInt(ENGLISH_SURNAMES.length)], null, null, y, m, d, province);
        }
        String hs = SURNAMES[weighted()];
        String hg = "" + SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + SYLLABLES.charAt(random.nextInt(SYLLABLES.length()));
        return new Person(null, null, hg, hs, y, m, d, province);
    }

    private Map<String, String> fields(Person p, boolean variant) {
        Map<String, String> f = new LinkedHashMap<>();
        String given = p.hangulGiven() == null ? p.given() : korean(p.hangulGiven(), variant, false);
        String surname = p.hangulSurname() == null ? p.surname() : korean(p.hangulSurname(), variant, true);
        int y = p.year();
        int m = p.month();
        int d = p.day();
        String province = p.province();
        if (variant) {
            switch (random.nextInt(6)) {
                case 0 -> given = typo(given);
                case 1 -> surname = typo(surname);
                case 2 -> { int t = m; m = Math.min(d, 12); d = t; }
                case 3 -> y += random.nextBoolean() ? 1 : -1;
                case 4 -> given = "";
                default -> province = PROVINCES[random.nextInt(PROVINCES.length)];
            }
        }
        f.put("given_name", given);
        f.put("surname", surname);
        f.put("birth_date", y + (m < 10 ? "-0" : "-") + m + (d < 10 ? "-0" : "-") + d);
        f.put("province", province);
        return f;
    }

    private String korean(String hangul, boolean variant, boolean surname) {
        int style = variant ? random.nextInt(3) : 0;
        if (style == 0) {
            return hangul;
        }
        if (surname) {
            String[] options = SURNAME_LATIN.get(hangul);
            return options[random.nextInt(options.length)];
        }
        return Romaniser.romanise(hangul, style == 2, random.nextBoolean());
    }

    private String typo(String s) {
        if (s.length() < 2) {
            return s;
        }
        int i = random.nextInt(s.length());
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + (char) ('a' + random.nextInt(26)) + s.substring(i + 1);
            default -> i + 1 < s.length() ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2) : s;
        };
    }

    private int weighted() {
        double total = 0;
        for (double w : SURNAME_SHARE) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < SURNAME_SHARE.length; i++) {
            x -= SURNAME_SHARE[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }
}
