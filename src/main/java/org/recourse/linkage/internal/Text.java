package org.recourse.linkage.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value normalisation shared by comparisons and blocking keys. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final java.util.Map<String, String> ENTITIES = java.util.Map.of("amp", "&", "quot", "\"",
            "apos", "'", "lt", "<", "gt", ">", "nbsp", " ", "mdash", "-", "ndash", "-");

    private Text() {
    }

    /** Lower case, accents removed (Hangul kept whole), whitespace collapsed; null when blank. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = collapseSpaces(raw.indexOf('&') >= 0 ? decodeReferences(raw) : raw);
        if (s.isEmpty()) {
            return null;
        }
        if (!isAscii(s)) {
            // NFD splits Hangul syllables into jamo; recompose after dropping Latin accents.
            s = Normalizer.normalize(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""),
                    Normalizer.Form.NFC);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only. */
    public static String alnum(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Tokens split on anything that is not a letter or digit; never empty strings. */
    public static String[] tokens(String s) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * HTML character references ("N&#248;rv&#229;g", "&mdash;"), which web-scraped sources
     * such as the ACM digital library leave in their text, replaced by the characters they
     * stand for so that both spellings of a name compare equal.
     */
    static String decodeReferences(String raw) {
        return CHARACTER_REFERENCE.matcher(raw).replaceAll(m -> {
            String ref = m.group(1);
            if (ref.charAt(0) != '#') {
                return java.util.regex.Matcher.quoteReplacement(ENTITIES.getOrDefault(ref.toLowerCase(Locale.ROOT), m.group()));
            }
            boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x');
            int code = Integer.parseInt(ref.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code)
                    ? java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code))) : "";
        });
    }

    private static String collapseSpaces(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static boolean hasHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                return true;
            }
        }
        return false;
    }
}
