package org.recourse.cli;

import java.util.List;
import java.util.Map;

/**
 * Duke 1.2 settings per evaluation set, written the way Duke's documentation and examples
 * do (Levenshtein or Jaro-Winkler for names, q-grams for long text, exact for codes, low/high
 * probabilities by judgement, threshold 0.8-0.85, Lucene database). Written once and not
 * tuned against the truth, as the brief asks.
 */
final class DukeConfigs {

    /** One property: CSV column (canonical name), Duke comparator class, low and high probability, cleaner. */
    record Prop(String column, String comparator, double low, double high, String cleaner) {
    }

    /** {@code objects}: Duke {@code <object>} elements (configured comparators) placed before the schema. */
    record Spec(double threshold, List<Prop> props, String objects) {
        Spec(double threshold, List<Prop> props) {
            this(threshold, props, "");
        }
    }

    private static final String C = "no.priv.garshol.duke.comparators.";
    private static final String LOWER = "no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner";
    private static final String DIGITS = "no.priv.garshol.duke.cleaners.DigitsOnlyCleaner";

    private static final Spec FEBRL = new Spec(0.85, List.of(
            new Prop("givenname", C + "JaroWinkler", 0.3, 0.8, LOWER),
            new Prop("surname", C + "JaroWinkler", 0.2, 0.85, LOWER),
            new Prop("streetnumber", C + "ExactComparator", 0.4, 0.6, LOWER),
            new Prop("address1", C + "Levenshtein", 0.3, 0.7, LOWER),
            new Prop("address2", C + "Levenshtein", 0.4, 0.6, LOWER),
            new Prop("suburb", C + "Levenshtein", 0.3, 0.7, LOWER),
            new Prop("postcode", C + "Levenshtein", 0.3, 0.7, DIGITS),
            new Prop("state", C + "ExactComparator", 0.45, 0.55, LOWER),
            new Prop("dateofbirth", C + "Levenshtein", 0.2, 0.85, DIGITS),
            new Prop("socsecid", C + "Levenshtein", 0.2, 0.95, DIGITS)));

    private static final String EXAMPLES = "no.priv.garshol.duke.examples.";

    /**
     * Duke's own configuration for its countries example, as shipped with Duke (comparators,
     * probabilities, threshold 0.7, its country-name and capital cleaners). One difference: the
     * capital cleaner, which lower-cases and drops a parenthesis, runs on both files where Duke
     * lower-cases Mondial's capitals only (they have no parentheses).
     */
    private static final Spec COUNTRIES = new Spec(0.7, List.of(
            new Prop("country", C + "Levenshtein", 0.3, 0.88, EXAMPLES + "CountryNameCleaner"),
            new Prop("area", "AreaComparator", 0.2, 0.6, LOWER),
            new Prop("capital", C + "Levenshtein", 0.4, 0.88, EXAMPLES + "CapitalCleaner")),
            " <object class=\"" + C + "NumericComparator\" name=\"AreaComparator\">\n"
                    + "  <param name=\"min-ratio\" value=\"0.7\"/>\n </object>\n");

    private static final Map<String, Spec> SPECS = Map.of(
            "duke countries", COUNTRIES,
            "febrl", FEBRL,
            "splink fake_1000", new Spec(0.85, List.of(
                    new Prop("firstname", C + "JaroWinkler", 0.3, 0.8, LOWER),
                    new Prop("surname", C + "JaroWinkler", 0.2, 0.85, LOWER),
                    new Prop("dob", C + "Levenshtein", 0.2, 0.85, DIGITS),
                    new Prop("city", C + "Levenshtein", 0.4, 0.6, LOWER),
                    new Prop("email", C + "Levenshtein", 0.2, 0.9, LOWER))),
            "restaurants", new Spec(0.8, List.of(
                    new Prop("name", C + "JaroWinkler", 0.2, 0.9, LOWER),
                    new Prop("address", C + "Levenshtein", 0.2, 0.8, LOWER),
                    new Prop("addr", C + "Levenshtein", 0.2, 0.8, LOWER),
                    new Prop("street", C + "Levenshtein", 0.2, 0.8, LOWER),
                    new Prop("phone", C + "Levenshtein", 0.2, 0.9, DIGITS),
                    new Prop("phonenumber", C + "Levenshtein", 0.2, 0.9, DIGITS),
                    new Prop("city", C + "Levenshtein", 0.4, 0.6, LOWER),
                    new Prop("cuisine", C + "Levenshtein", 0.45, 0.6, LOWER),
                    new Prop("type", C + "Levenshtein", 0.45, 0.6, LOWER))),
            "dblp-acm", new Spec(0.8, List.of(
                    new Prop("title", C + "QGramComparator", 0.1, 0.95, LOWER),
                    new Prop("authors", C + "QGramComparator", 0.3, 0.8, LOWER),
                    new Prop("venue", C + "ExactComparator", 0.45, 0.55, LOWER),
                    new Prop("year", C + "ExactComparator", 0.3, 0.6, DIGITS))),
            "chicago childcare", new Spec(0.8, List.of(
                    new Prop("sitename", C + "QGramComparator", 0.2, 0.85, LOWER),
                    new Prop("address", C + "QGramComparator", 0.2, 0.85, LOWER),
                    new Prop("zip", C + "ExactComparator", 0.4, 0.6, DIGITS),
                    new Prop("phone", C + "Levenshtein", 0.2, 0.9, DIGITS))));

    private DukeConfigs() {
    }

    static Spec forSet(String name) {
        return SPECS.entrySet().stream().filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Duke settings for " + name));
    }
}
