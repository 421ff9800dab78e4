package org.recourse.linkage.internal;

/** Reads the date spellings found in record files into {@code yyyymmdd} digits. */
public final class Dates {

    private Dates() {
    }

    /**
     * Eight digits {@code yyyymmdd}, or null when the text is not a plausible date. Accepted:
     * {@code yyyy-m-d}, {@code d-m-yyyy} (each separator one of {@code - / . } and space, day and
     * month one or two digits) and {@code yyyymmdd}. Read with a loop rather than regular
     * expressions: every value of every column is tried when fields are profiled, usually before
     * the JIT has compiled anything.
     */
    public static String digits(String s) {
        int n = s.length();
        if (n < 8 || n > 10 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        int[] value = new int[3];
        int[] length = new int[3];
        int groups = 0;
        int i = 0;
        while (true) {
            int start = i;
            int v = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || groups == 3 || i - start > 8) {
                return null;
            }
            value[groups] = v;
            length[groups++] = i - start;
            if (i == n) {
                break;
            }
            char c = s.charAt(i++);
            if (c != '-' && c != '/' && c != '.' && c != ' ') {
                return null;
            }
        }
        if (groups == 1) {
            return length[0] == 8 ? plausible(value[0] / 10000, value[0] / 100 % 100, value[0] % 100) : null;
        }
        if (groups != 3) {
            return null;
        }
        if (length[0] == 4 && length[1] <= 2 && length[2] <= 2) {
            return plausible(value[0], value[1], value[2]);
        }
        if (length[0] <= 2 && length[1] <= 2 && length[2] == 4) {
            return plausible(value[2], value[1], value[0]);
        }
        return null;
    }

    private static String plausible(int year, int month, int day) {
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
