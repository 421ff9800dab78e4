package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.extraction.Period;

/**
 * Periods and dates as whole years: ranges ("between 2000 and 2009", {@code 2000년부터 2009년까지}),
 * decades and their parts ("the late 1990s", {@code 1990년대 말}), Juche years (Juche 1 = 1912,
 * so 주체96 = 2007), the Arduous March ({@code 고난의 행군}, 1994-1998, the famine years as
 * North Korean usage names them), single years, and years relative to the last year named
 * ("the year after I was sent back", {@code 그 이듬해}). Earlier patterns win overlaps.
 */
final class Periods {

    private static final String Y = "((?:19|20)\\d{2})";
    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:between|from)\\s+" + Y + "\\s+(?:and|to|until|till)\\s+" + Y + "\\b"
            + "|(?<!\\d)" + Y + "\\s*년?\\s*(?:부터|에서)\\s*" + Y + "\\s*년?\\s*(?:까지|사이)?"
            + "|(?<!\\d)" + Y + "\\s*[-–~]\\s*" + Y + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADE = Pattern.compile(
            "\\b(?:the\\s+)?(?:(early|mid|late)[- ]?)?((?:19|20)\\d)0s\\b"
            + "|(?<!\\d)((?:19|20)\\d)0\\s*년대\\s*(초반|초|중반|중|후반|말)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern JUCHE = Pattern.compile("\\bjuche\\s+(\\d{1,3})\\b|주체\\s*(\\d{1,3})(?:\\s*년)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARDUOUS = Pattern.compile("\\b(?:the\\s+)?arduous\\s+march\\b|고난의\\s*행군",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])" + Y + "(?![\\d]|s\\b|\\s*년대|\\s*명)(?:\\s*년)?");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\bthe\\s+(?:following|next)\\s+year\\b"
            + "|\\bthe\\s+year\\s+(after|before)\\b[^.,;!?\\n]{0,60}"
            + "|\\b(a|one|two|three|four|five|\\d)\\s+years?\\s+(later|after)\\b"
            + "|(?:그\\s*)?(?:이듬\\s*해|다음\\s*해)|(그\\s*전\\s*해)|(\\d|한|두|세)\\s*년\\s*(?:후|뒤)",
            Pattern.CASE_INSENSITIVE);

    private Periods() {
    }

    static List<Found<Period>> find(String text) {
        List<Found<Period>> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        String lowered = Windows.lower(text);
        scan(RANGE, text, Windows.aroundDigits(text, 8, 30), taken, out, Periods::range);
        scan(DECADE, text, Windows.aroundDigits(text, 11, 16), taken, out, Periods::decade);
        scan(JUCHE, text, Windows.aroundWords(text, lowered, 0, 20, "juche", "주체"), taken, out,
                m -> year(1911 + Integer.parseInt(group(m, 1, 2)), m));
        scan(ARDUOUS, text, Windows.aroundWords(text, lowered, 4, 20, "arduous", "고난"), taken, out,
                m -> new Period(m.group(), 1994, 1998));
        scan(YEAR, text, Windows.aroundDigits(text, 0, 12), taken, out, m -> year(Integer.parseInt(m.group(1)), m));
        out.sort(Comparator.comparingInt(Found::start));
        if (!out.isEmpty()) {
            relative(text, Windows.aroundWords(text, lowered, 20, 70, "year", "이듬", "다음", "전 해", "전해", "년 후", "년 뒤",
                    "년후", "년뒤"), taken, out);
            out.sort(Comparator.comparingInt(Found::start));
        }
        return out;
    }

    private interface Reader {
        Period read(Matcher m);
    }

    private static void scan(Pattern p, String text, Windows windows, BitSet taken, List<Found<Period>> out,
            Reader reader) {
        windows.find(p, text, m -> {
            int s = m.start();
            if (taken.nextSetBit(s) >= 0 && taken.nextSetBit(s) < m.end()) {
                return;
            }
            Period period = reader.read(m);
            if (period != null) {
                taken.set(s, m.end());
                out.add(new Found<>(period, s, m.end()));
            }
        });
    }

    private static Period range(Matcher m) {
        int a = Integer.parseInt(group(m, 1, 3, 5));
        int b = Integer.parseInt(group(m, 2, 4, 6));
        return b >= a ? new Period(m.group(), a, b) : null;
    }

    private static Period decade(Matcher m) {
        String part = group(m, 1, 4);
        int base = Integer.parseInt(group(m, 2, 3)) * 10;
        int[] span = switch (part.toLowerCase(Locale.ROOT)) {
            case "early", "초", "초반" -> new int[] {0, 3};
            case "mid", "중", "중반" -> new int[] {4, 6};
            case "late", "말", "후반" -> new int[] {7, 9};
            default -> new int[] {0, 9};
        };
        return new Period(m.group().strip(), base + span[0], base + span[1]);
    }

    private static Period year(int y, Matcher m) {
        return y >= 1900 && y <= 2099 ? new Period(m.group().strip(), y, y) : null;
    }

    private static String group(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** Relative years count from the last single year named before them (one pass, both in order). */
    private static void relative(String text, Windows windows, BitSet taken, List<Found<Period>> out) {
        List<Found<Period>> found = new ArrayList<>();
        int[] next = {0};
        Integer[] anchor = {null};
        windows.find(RELATIVE, text, m -> {
            for (; next[0] < out.size() && out.get(next[0]).start() < m.start(); next[0]++) {
                Period p = out.get(next[0]).value();
                anchor[0] = p.from() == p.to() ? Integer.valueOf(p.from()) : anchor[0];
            }
            boolean clash = taken.nextSetBit(m.start()) >= 0 && taken.nextSetBit(m.start()) < m.end();
            if (!clash && anchor[0] != null) {
                int y = anchor[0] + offset(m);
                found.add(new Found<>(new Period(m.group().strip(), y, y), m.start(), m.end()));
            }
        });
        out.addAll(found);
    }

    private static int offset(Matcher m) {
        if ("before".equalsIgnoreCase(m.group(1)) || m.group(4) != null) {
            return -1;
        }
        String n = group(m, 2, 5);
        return switch (n.toLowerCase(Locale.ROOT)) {
            case "", "a", "one", "한", "1" -> 1;
            case "two", "두", "2" -> 2;
            case "three", "세", "3" -> 3;
            case "four", "4" -> 4;
            case "five", "5" -> 5;
            default -> Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1;
        };
    }
}
