package org.recourse.linkage.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * A spelling-tolerant key for Korean names, so that a name written in Hangul, in Revised
 * Romanisation (2000), in McCune-Reischauer (1939) or in a common passport spelling gets the
 * same key: 박 = Park = Pak = Bak, 서연 = Seo-yeon = Sŏyŏn. Hangul syllables are decomposed
 * arithmetically (Unicode 15, section 3.12) and each jamo maps to a consonant or vowel class
 * that both systems agree on (voiced and unvoiced stops merge, eo/ŏ and o merge, eu/ŭ and u
 * merge, ae and e merge). Latin spellings reduce to the same classes. Surnames, whose
 * customary spellings do not follow either system (Lee, Rhee, Choi), come from a table.
 */
public final class KoreanRomanisation {

    private static final String[] INITIAL = {"k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "c", "c",
        "c", "k", "t", "p", "h"};
    private static final String[] VOWEL = {"a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "wa", "we", "we", "yo",
        "u", "wo", "we", "wi", "yu", "u", "i", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    private static final Map<String, String> SURNAMES = surnames();

    private KoreanRomanisation() {
    }

    /** The tolerant key of a normalised (lower-case) name; tokens are joined without spaces. */
    public static String key(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (String token : Text.tokens(name)) {
            String hangulSurname = SURNAMES.get(token);
            out.append(hangulSurname != null ? hangul(hangulSurname) : Text.hasHangul(token) ? hangul(token) : latin(token));
        }
        return collapse(out);
    }

    /** The Hangul surname a romanised surname stands for, if it is a common one. */
    public static String surname(String latin) {
        return SURNAMES.getOrDefault(latin, latin);
    }

    static String hangul(String s) {
        StringBuilder b = new StringBuilder(s.length() * 3);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) {
                b.append(c);
                continue;
            }
            int index = c - 0xAC00;
            b.append(INITIAL[index / 588]).append(VOWEL[(index % 588) / 28]).append(FINAL[index % 28]);
        }
        return b.toString();
    }

    static String latin(String s) {
        String t = s.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ae", "e").replace("ee", "i")
                .replace("ui", "i").replace("tch", "c").replace("ch", "c").replace("sh", "s").replace('j', 'c')
                .replace("ng", "\u0000").replace('g', 'k').replace("\u0000", "ng").replace('b', 'p').replace('d', 't')
                .replace('r', 'l');
        return t;
    }

    private static String collapse(StringBuilder s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((b.length() == 0 || b.charAt(b.length() - 1) != c) && (Character.isLetterOrDigit(c))) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Map<String, String> surnames() {
        String[] rows = {
            "김 kim gim ghim", "이 lee yi rhee i ri li rhie yee", "박 park pak bak bahk pack",
            "최 choi choe chey choy chwe", "정 jung jeong chung chong cheong joung", "강 kang gang",
            "조 cho jo joe", "윤 yoon yun youn", "장 jang chang", "임 lim im rim yim", "한 han", "오 oh o",
            "서 seo suh so sur", "신 shin sin shinn", "권 kwon gwon kweon", "황 hwang whang", "안 ahn an",
            "송 song", "유 ryu yu yoo ryoo you rhyu", "전 jeon jun chun cheon chon", "홍 hong", "고 ko go koh",
            "문 moon mun", "양 yang", "손 son sohn", "배 bae pae", "백 baek paek paik baik", "허 heo hur huh",
            "남 nam", "노 noh roh no ro", "하 ha", "곽 kwak gwak", "성 sung seong", "차 cha", "주 joo ju chu choo",
            "우 woo wu", "민 min", "구 koo gu ku", "나 na ra", "진 jin chin", "지 ji chi", "엄 eom um uhm",
            "채 chae chai", "원 won", "방 bang pang", "공 kong gong", "현 hyun hyeon", "함 ham",
            "변 byun byeon pyon", "염 yeom yum", "여 yeo yo", "도 do doh toh", "석 seok suk sok", "설 seol sul",
            "마 ma", "길 gil kil", "위 wi wee", "표 pyo", "명 myung myeong", "기 ki gi", "반 ban pan", "왕 wang",
            "금 geum keum kum", "옥 ok ock", "육 yook yuk", "인 in", "맹 maeng", "모 mo", "탁 tak",
            "국 kook guk kuk", "은 eun", "용 yong", "경 kyung gyeong kyeong", "봉 bong pong"};
        Map<String, String> map = new HashMap<>();
        for (String row : rows) {
            String[] parts = row.split(" ");
            for (String p : parts) {
                map.put(p, parts[0]);
            }
        }
        return Map.copyOf(map);
    }
}
