package org.recourse.linkage.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date spellings found in record files into {@code yyyymmdd} digits. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/. ](\\d{1,2})[-/. ](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Dates() {
    }

    /** Eight digits {@code yyyymmdd}, or null when the text is not a plausible date. */
    public static String digits(String s) {
        if (s.length() < 8 || s.length() > 10 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return plausible(m.group(1), m.group(2), m.group(3));
        }
        m = DMY.matcher(s);
        if (m.matches()) {
            return plausible(m.group(3), m.group(2), m.group(1));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return plausible(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static String plausible(String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (year < 1800 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        char[] c = new char[8];
        int v = year * 10000 + month * 100 + day;
        for (int i = 7; i >= 0; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return new String(c);
    }
}
