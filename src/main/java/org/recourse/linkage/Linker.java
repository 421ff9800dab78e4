package org.recourse.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.linkage.internal.Dataset;
import org.recourse.linkage.internal.EngineResult;
import org.recourse.linkage.internal.EngineSettings;
import org.recourse.linkage.internal.FieldType;
import org.recourse.linkage.internal.LinkageEngine;
import org.recourse.linkage.internal.Text;
import org.recourse.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Deduplicates one list of records or links two; see the package description for the method. */
@Service
public class Linker {

    private final LinkageEngine engine = new LinkageEngine();

    public LinkResult deduplicate(List<LinkRecord> records, LinkOptions options) {
        List<String> fields = new ArrayList<>(new LinkedHashSet<>(records.stream()
                .flatMap(r -> r.fields().keySet().stream()).toList()));
        Dataset data = dataset(fields, fields, records, fields, List.of(), 0);
        return run(data, records, List.of(), options);
    }

    /** Links {@code left} to {@code right}; fields pair up by name (the part after a final '#' or '/', case and punctuation ignored). */
    public LinkResult link(List<LinkRecord> left, List<LinkRecord> right, LinkOptions options) {
        Map<String, String> leftNames = canonicalNames(left);
        Map<String, String> rightNames = canonicalNames(right);
        List<String> shared = leftNames.keySet().stream().filter(rightNames::containsKey).toList();
        if (shared.isEmpty()) {
            throw new InvalidInputException("fields", "the two files have no column name in common");
        }
        List<String> l = shared.stream().map(leftNames::get).toList();
        List<String> r = shared.stream().map(rightNames::get).toList();
        Dataset data = dataset(shared, l, left, r, right, left.size());
        return run(data, left, right, options);
    }

    private LinkResult run(Dataset data, List<LinkRecord> left, List<LinkRecord> right, LinkOptions options) {
        EngineSettings settings = settings(data, options);
        EngineResult result = engine.run(data, settings);
        return Results.of(data, left, right, result);
    }

    private static EngineSettings settings(Dataset data, LinkOptions options) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        List<List<String>> rules = List.of();
        boolean fixed = false;
        if (options.config().isPresent()) {
            LinkConfig c = options.config().get();
            c.fieldTypes().forEach((field, type) -> {
                String name = canonical(field, data);
                types.put(name, FieldType.valueOf(type.toUpperCase(Locale.ROOT)));
            });
            rules = c.blocking().stream().map(rule -> rule.stream().map(k -> {
                int colon = k.lastIndexOf(':');
                return canonical(k.substring(0, colon), data) + k.substring(colon);
            }).toList()).toList();
            fixed = c.fixedModel();
        }
        return new EngineSettings(types, rules, options.effectiveThreshold(), options.oneToOne(), options.reportFloor(),
                fixed);
    }

    private static String canonical(String field, Dataset data) {
        if (data.fields().contains(field)) {
            return field;
        }
        String c = canonicalName(field);
        if (data.fields().contains(c)) {
            return c;
        }
        throw new InvalidInputException("config", "field '" + field + "' is not a column of the input " + data.fields());
    }

    private static Dataset dataset(List<String> fields, List<String> leftKeys, List<LinkRecord> left,
            List<String> rightKeys, List<LinkRecord> right, int leftSize) {
        int n = left.size() + right.size();
        String[][] columns = new String[fields.size()][n];
        for (int f = 0; f < fields.size(); f++) {
            for (int i = 0; i < left.size(); i++) {
                columns[f][i] = Text.normalise(left.get(i).fields().get(leftKeys.get(f)));
            }
            for (int i = 0; i < right.size(); i++) {
                columns[f][left.size() + i] = Text.normalise(right.get(i).fields().get(rightKeys.get(f)));
            }
        }
        return new Dataset(List.copyOf(fields), columns, n, leftSize);
    }

    private static Map<String, String> canonicalNames(List<LinkRecord> records) {
        Map<String, String> names = new LinkedHashMap<>();
        records.stream().flatMap(r -> r.fields().keySet().stream())
                .forEach(k -> names.putIfAbsent(canonicalName(k), k));
        return names;
    }

    static String canonicalName(String field) {
        int cut = Math.max(field.lastIndexOf('#'), field.lastIndexOf('/'));
        return Text.alnum(field.substring(cut + 1).toLowerCase(Locale.ROOT));
    }
}
