package org.recourse.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Blocking keys by kind, and the kinds each field type offers, the most error-tolerant first.
 * Kinds (also the vocabulary of the expert configuration file): {@code exact},
 * {@code romanised} (Korean-tolerant name key), {@code romanised4} (its first four
 * letters), {@code initial}, {@code soundex}, {@code year}, {@code halves} (either half of a
 * code, so one typing error still shares a key), {@code tokens1..3} (the one to three rarest
 * tokens of a text).
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /** Keys that can stand alone as a rule for this field. */
    public static List<String> primaryKinds(FieldType type) {
        return switch (type) {
            case NAME -> List.of("romanised4", "soundex", "romanised", "tokens3", "tokens2", "tokens1");
            case CODE -> List.of("halves", "exact");
            case DATE, NUMERIC -> List.of("exact");
            case TEXT -> List.of("tokens3", "tokens2", "tokens1");
            default -> List.of();
        };
    }

    /** Coarse keys that split another field's blocks when those are too large. */
    public static List<String> refiningKinds(FieldType type) {
        return switch (type) {
            case DATE -> List.of("year", "exact");
            case YEAR, CATEGORICAL, CODE -> List.of("exact");
            case NAME -> List.of("initial", "romanised");
            default -> List.of();
        };
    }

    public static BlockingKey key(String field, String kind, String[] column) {
        String name = field + ":" + kind;
        return switch (kind) {
            case "exact" -> single(name, field, column, Function.identity());
            case "romanised" -> single(name, field, column, KoreanRomanisation::key);
            case "romanised4" -> single(name, field, column, v -> prefix(KoreanRomanisation.key(v), 4));
            case "initial" -> single(name, field, column, v -> prefix(KoreanRomanisation.key(v), 1));
            case "soundex" -> single(name, field, column, BlockingKeys::soundex);
            case "year" -> single(name, field, column, v -> prefix(Dates.digits(v), 4));
            case "halves" -> halves(name, field, CodeComparison.alnum(column));
            case "tokens1", "tokens2", "tokens3" -> rareTokens(name, field, column, kind.charAt(6) - '0');
            default -> throw new IllegalArgumentException("unknown blocking key kind '" + kind
                    + "' (exact, romanised, romanised4, initial, soundex, year, halves, tokens1, tokens2, tokens3)");
        };
    }

    private static BlockingKey single(String name, String field, String[] column, Function<String, String> f) {
        String[] keys = new String[column.length];
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < column.length; i++) {
            keys[i] = column[i] == null ? null : seen.computeIfAbsent(column[i], f);
        }
        return new BlockingKey(name, field, r -> BlockingKey.one(keys[r]));
    }

    private static BlockingKey halves(String name, String field, String[] codes) {
        return new BlockingKey(name, field, r -> {
            String code = codes[r];
            if (code == null || code.length() < 4) {
                return BlockingKey.one(code);
            }
            int h = code.length() / 2;
            return new String[] {"<" + code.substring(0, h), ">" + code.substring(h)};
        });
    }

    private static BlockingKey rareTokens(String name, String field, String[] column, int n) {
        Map<String, Integer> df = new HashMap<>();
        String[][] tokens = new String[column.length][];
        for (int r = 0; r < column.length; r++) {
            tokens[r] = column[r] == null ? BlockingKey.NONE
                    : Arrays.stream(Text.tokens(column[r])).filter(t -> t.length() >= 2).distinct().toArray(String[]::new);
            for (String t : tokens[r]) {
                df.merge(t, 1, Integer::sum);
            }
        }
        for (int r = 0; r < column.length; r++) {
            String[] sorted = tokens[r].clone();
            Arrays.sort(sorted, Comparator.comparingInt((String s) -> df.get(s)).thenComparing(s -> s));
            tokens[r] = Arrays.copyOf(sorted, Math.min(n, sorted.length));
        }
        return new BlockingKey(name, field, r -> tokens[r]);
    }

    static String soundex(String v) {
        String[] tokens = Text.tokens(v);
        String code = Soundex.code(tokens.length == 0 ? v : tokens[0]);
        return code.isEmpty() ? null : code;
    }

    private static String prefix(String s, int n) {
        return s == null || s.isEmpty() ? null : s.substring(0, Math.min(n, s.length()));
    }
}
