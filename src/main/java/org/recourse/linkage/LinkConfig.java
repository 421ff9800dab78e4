package org.recourse.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.recourse.shared.InvalidInputException;

/**
 * Expert settings that replace what linkage would choose from the data. A properties file:
 * <pre>
 * # how a field is compared: name, date, year, numeric, code, text, categorical or ignore
 * field.surname = name
 * field.soc_sec_id = code
 * field.Site\ name = text        (escape spaces in field names)
 * # two columns paired by content (named differently in the two files) are one field A~B
 * field.startYear~release_year = ignore
 * # blocking rules (replace the automatic ones); a rule joins keys with &amp;.
 * # key kinds: exact romanised romanised4 initial soundex year halves tokens1 tokens2 tokens3
 * block.1 = surname:soundex &amp; date_of_birth:year
 * block.2 = soc_sec_id:exact
 * threshold = 0.8
 * # em (default): m estimated from the data; fixed: a documented prior m with u counted on
 * # the data, for collections too small for EM (see FixedModel)
 * model = fixed
 * </pre>
 * Fields not named keep their detected type.
 */
public record LinkConfig(Map<String, String> fieldTypes, List<List<String>> blocking, Optional<Double> threshold,
        boolean fixedModel) {

    static final Set<String> TYPES = Set.of("name", "date", "year", "numeric", "code", "text", "categorical", "ignore");
    static final Set<String> KINDS = Set.of("exact", "romanised", "romanised4", "initial", "soundex", "year", "halves",
            "tokens1", "tokens2", "tokens3");

    public LinkConfig {
        fieldTypes = Map.copyOf(fieldTypes);
        blocking = blocking.stream().map(List::copyOf).toList();
    }

    public LinkConfig(Map<String, String> fieldTypes, List<List<String>> blocking, Optional<Double> threshold) {
        this(fieldTypes, blocking, threshold, false);
    }

    public static LinkConfig read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "is not UTF-8 text; a configuration is a UTF-8 properties file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the configuration: " + e.getMessage());
        }
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<String>> rules = new TreeMap<>();
        Optional<Double> threshold = Optional.empty();
        boolean fixed = false;
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("field.")) {
                types.put(key.substring(6), checkedType(file, key, value));
            } else if (key.startsWith("block.")) {
                rules.put(key, checkedRule(file, key, value));
            } else if (key.equals("threshold")) {
                threshold = Optional.of(checkedThreshold(file, value));
            } else if (key.equals("model") && (value.equals("em") || value.equals("fixed"))) {
                fixed = value.equals("fixed");
            } else {
                throw new InvalidInputException(file.toString(), "unknown setting '" + key
                        + "' (field.NAME, block.N, threshold, model = em|fixed)");
            }
        }
        return new LinkConfig(types, new ArrayList<>(rules.values()), threshold, fixed);
    }

    private static String checkedType(Path file, String key, String value) {
        String type = value.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new InvalidInputException(file.toString(), key + ": unknown type '" + value + "' (one of " + TYPES + ")");
        }
        return type;
    }

    private static List<String> checkedRule(Path file, String key, String value) {
        List<String> keys = Arrays.stream(value.split("&")).map(String::trim).toList();
        for (String k : keys) {
            int colon = k.lastIndexOf(':');
            if (colon <= 0 || !KINDS.contains(k.substring(colon + 1))) {
                throw new InvalidInputException(file.toString(), key + ": '" + k
                        + "' is not FIELD:KIND with KIND one of " + KINDS);
            }
        }
        return keys;
    }

    private static double checkedThreshold(Path file, String value) {
        try {
            double t = Double.parseDouble(value);
            if (t > 0 && t < 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(file.toString(), "threshold: '" + value + "' is not a probability between 0 and 1");
    }
}
