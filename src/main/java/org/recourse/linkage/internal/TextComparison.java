package org.recourse.linkage.internal;

/**
 * Free text (titles, addresses, author lists): token Jaccard similarity, where a token also
 * matches a token it abbreviates ("blv" and "blvd", "st" excluded as too short), at 0.9, 0.7,
 * 0.5 and 0.3; below that, whether at least half the shorter text's tokens are in the longer
 * (the overlap coefficient, for an author list that one source cuts short). Product names
 * carry model codes: a shared one is its own level below 0.9, and differing ones make two
 * texts different whatever else they share. Quantities ("120gb") and codes that many records
 * carry ("usb20": a specification) are not model codes.
 */
public final class TextComparison extends Comparison {

    private static final String[] LABELS = {"missing", "jaccard>=0.9", "same model code", "jaccard>=0.7", "jaccard>=0.5",
        "jaccard>=0.3", "half the shorter in the longer", "different (or numbers differ)"};
    private static final double[] CUTS = {0.9, 0.7, 0.5, 0.3};
    private static final int SAME_CODE = 2;
    private static final String[] NONE = new String[0];
    /**
     * A model code names one product, so it is in few records (a product's colours and its
     * listing in each source); one in more than this many records (or one in a thousand) is a
     * specification that many products share ("usb 2.0", "802.11g"), not a model.
     */
    static final int MAX_CODE_RECORDS = 5;
    private final String[][] tokens;
    /** Per record: its model codes (see {@link #codes}) and, first, how many are whole tokens. */
    private final String[][] codes;
    private final int[] wholeCodes;

    public TextComparison(String field, String[] values) {
        super(field, values, LABELS);
        tokens = new String[values.length][];
        codes = new String[values.length][];
        wholeCodes = new int[values.length];
        String[][] whole = new String[values.length][];
        java.util.HashMap<String, Integer> records = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            String[] all = values[i] == null ? NONE : Text.tokens(values[i]);
            // Sorted, so that a token's matches are found by binary search (see common).
            tokens[i] = java.util.Arrays.stream(all).filter(t -> !t.isEmpty()).distinct().sorted().toArray(String[]::new);
            codes[i] = codes(all);
            whole[i] = java.util.Arrays.stream(all).filter(TextComparison::codeLike).distinct().toArray(String[]::new);
            for (String c : codes[i]) {
                records.merge(c, 1, Integer::sum);
            }
        }
        int common = Math.max(MAX_CODE_RECORDS, values.length / 1000);
        for (int i = 0; i < values.length; i++) {
            if (java.util.Arrays.stream(codes[i]).anyMatch(c -> records.get(c) > common)) {
                codes[i] = java.util.Arrays.stream(codes[i]).filter(c -> records.get(c) <= common).toArray(String[]::new);
            }
            wholeCodes[i] = (int) java.util.Arrays.stream(whole[i]).filter(c -> records.get(c) <= common).count();
        }
    }

    /**
     * Model codes of a text: tokens of letters and digits together, four characters or more
     * ("pslx350h", "nnsn667w"), first the whole tokens, then two or three consecutive tokens
     * joined ("dvp fx820 p" is "dvpfx820p"), as one source writes a code with hyphens or
     * slashes that the other leaves out. Only code fragments are joined (a part with a digit,
     * or of three characters or fewer): a word and a number next to each other ("series 5",
     * "samsung 52") are not a code. Quantities ("120gb", "28mm", "1080p") are not codes either.
     */
    static String[] codes(String[] tokens) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        for (String t : tokens) {
            if (codeLike(t)) {
                codes.add(t);
            }
        }
        for (int k = 0; k + 1 < tokens.length; k++) {
            if (!fragment(tokens[k]) || !fragment(tokens[k + 1])) {
                continue;
            }
            String two = tokens[k] + tokens[k + 1];
            if (codeLike(two)) {
                codes.add(two);
            }
            if (k + 2 < tokens.length && fragment(tokens[k + 2]) && codeLike(two + tokens[k + 2])) {
                codes.add(two + tokens[k + 2]);
            }
        }
        return codes.toArray(NONE);
    }

    /** A piece a code may be written in: three characters or fewer, or with a digit. */
    private static boolean fragment(String t) {
        if (t.length() <= 3) {
            return !t.isEmpty();
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean codeLike(String t) {
        if (t.length() < 4 || ordinal(t) || quantity(t)) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    /** "120gb", "28mm", "1080p", "5000mah": up to four digits and a unit of up to three letters. */
    static boolean quantity(String t) {
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        int letters = t.length() - digits;
        if (digits == 0 || digits > 4 || letters == 0 || letters > 3) {
            return false;
        }
        for (int i = digits; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "79th", "101st": a street or an edition, not a model. */
    private static boolean ordinal(String t) {
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        String rest = t.substring(digits);
        return digits > 0 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
    }

    /**
     * 1 when a model code of one text is a code of the other or begins it followed by at most
     * three letters ("nnsn667w" and "nnsn667wh", a colour suffix; not "series5" and
     * "series52lg70", whose rest has digits); -1 when both texts carry model codes of their own and none does ("sc pt760"
     * and "scpt960": different products, however many other words they share); 0 otherwise.
     */
    private int sameCode(int i, int j) {
        if (wholeCodes[i] == 0 || wholeCodes[j] == 0) {
            return 0;
        }
        for (String a : codes[i]) {
            for (String b : codes[j]) {
                if (variant(a, b) || variant(b, a)) {
                    return 1;
                }
            }
        }
        return -1;
    }

    /** Whether code {@code longer} is {@code code} or {@code code} and a suffix of up to three letters. */
    static boolean variant(String longer, String code) {
        if (!longer.startsWith(code) || longer.length() - code.length() > 3) {
            return false;
        }
        for (int i = code.length(); i < longer.length(); i++) {
            if (!Character.isLetter(longer.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean termFrequency() {
        return false;
    }

    @Override
    public boolean expensive() {
        return true;
    }

    @Override
    protected int compare(int i, int j, String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (numbersDiffer(tokens[i], tokens[j])) {
            return LABELS.length - 1;
        }
        int sameCode = sameCode(i, j);
        if (sameCode < 0) {
            return LABELS.length - 1;
        }
        int common = common(tokens[i], tokens[j]);
        double jaccard = jaccard(common, tokens[i], tokens[j]);
        if (jaccard >= CUTS[0]) {
            return 1;
        }
        if (sameCode > 0) {
            return SAME_CODE;
        }
        for (int k = 1; k < CUTS.length; k++) {
            if (jaccard >= CUTS[k]) {
                return k + 2;
            }
        }
        int shorter = Math.min(tokens[i].length, tokens[j].length);
        return shorter > 0 && 2 * common >= shorter ? LABELS.length - 2 : LABELS.length - 1;
    }

    /** House numbers and the like: when both texts have some and share none, they name different things. */
    static boolean numbersDiffer(String[] x, String[] y) {
        boolean xHas = false;
        boolean yHas = false;
        for (String s : x) {
            if (allDigits(s)) {
                xHas = true;
                for (String t : y) {
                    if (s.equals(t)) {
                        return false;
                    }
                }
            }
        }
        for (String t : y) {
            yHas |= allDigits(t);
        }
        return xHas && yHas;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static double jaccard(int common, String[] x, String[] y) {
        return x.length == 0 || y.length == 0 ? 0.0 : common / (double) (x.length + y.length - common);
    }

    /**
     * How many tokens of x equal a token of y or abbreviate one or are abbreviated by one;
     * y sorted. Long texts (product descriptions) have hundreds of tokens: each is looked up,
     * not compared with every token of the other text.
     */
    static int common(String[] x, String[] sortedY) {
        int common = 0;
        for (String s : x) {
            if (matchesOne(s, sortedY)) {
                common++;
            }
        }
        return common;
    }

    private static boolean matchesOne(String s, String[] sortedY) {
        int found = java.util.Arrays.binarySearch(sortedY, s);
        if (found >= 0) {
            return true;
        }
        // The tokens that s abbreviates begin with s, so they sort right after where s would be.
        int after = -found - 1;
        if (after < sortedY.length && abbreviates(s, sortedY[after])) {
            return true;
        }
        // A token that abbreviates s is one of its beginnings, three characters or longer, so it
        // sorts between s's first three characters and s: only the few tokens there are tried.
        if (s.length() > 3) {
            int from = java.util.Arrays.binarySearch(sortedY, 0, after, s.substring(0, 3));
            for (int j = from >= 0 ? from : -from - 1; j < after; j++) {
                if (s.startsWith(sortedY[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean abbreviates(String shorter, String longer) {
        return shorter.length() >= 3 && shorter.length() < longer.length() && longer.startsWith(shorter);
    }
}
