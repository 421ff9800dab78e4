package org.recourse.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.linkage.internal.ColumnPairing;
import org.recourse.linkage.internal.ColumnPairing.ColumnPair;
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
        return run(data, records, List.of(), options, List.of());
    }

    /**
     * Links {@code left} to {@code right}; fields pair up by name (the part after a final '#' or
     * '/', case and punctuation ignored), then the columns left without a partner by content
     * ({@link ColumnPairing}). A content pair is one field named {@code leftColumn~rightColumn},
     * the name the configuration gives it a type by ({@code ignore} drops the pair).
     */
    public LinkResult link(List<LinkRecord> left, List<LinkRecord> right, LinkOptions options) {
        Map<String, String> leftNames = canonicalNames(left);
        Map<String, String> rightNames = canonicalNames(right);
        List<String> shared = leftNames.keySet().stream().filter(rightNames::containsKey).toList();
        List<ColumnPair> byContent = ColumnPairing.pair(unpaired(left, leftNames, rightNames),
                unpaired(right, rightNames, leftNames));
        if (shared.isEmpty() && byContent.isEmpty()) {
            throw new InvalidInputException("fields", "the two files have no column name in common and no columns whose values match");
        }
        List<String> fields = new ArrayList<>(shared);
        List<String> l = new ArrayList<>(shared.stream().map(leftNames::get).toList());
        List<String> r = new ArrayList<>(shared.stream().map(rightNames::get).toList());
        List<String> described = new ArrayList<>();
        for (ColumnPair p : byContent) {
            fields.add(p.left() + "~" + p.right());
            l.add(p.left());
            r.add(p.right());
            described.add(p.left() + "~" + p.right() + String.format(Locale.ROOT, " (overlap %.2f%s)", p.overlap(),
                    p.yearOf() == ColumnPairing.YearOf.NEITHER ? "" : ", compared as years"));
        }
        Dataset data = dataset(fields, l, left, r, right, left.size());
        for (ColumnPair p : byContent) {
            String[] column = data.column(p.left() + "~" + p.right());
            switch (p.yearOf()) {
                case LEFT -> ColumnPairing.cutToYears(column, 0, left.size());
                case RIGHT -> ColumnPairing.cutToYears(column, left.size(), column.length);
                case NEITHER -> { }
            }
        }
        return run(data, left, right, options, described);
    }

    /** The columns of {@code records} (normalised values) with no same-named column in the other file. */
    private static Map<String, String[]> unpaired(List<LinkRecord> records, Map<String, String> names,
            Map<String, String> otherNames) {
        Map<String, String[]> out = new LinkedHashMap<>();
        names.forEach((canonical, original) -> {
            if (!otherNames.containsKey(canonical)) {
                String[] values = new String[records.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Text.normalise(records.get(i).fields().get(original));
                }
                out.put(original, values);
            }
        });
        return out;
    }

    private LinkResult run(Dataset data, List<LinkRecord> left, List<LinkRecord> right, LinkOptions options,
            List<String> pairedByContent) {
        EngineSettings settings = settings(data, options);
        EngineResult result = engine.run(data, settings);
        return Results.of(data, left, right, result, pairedByContent);
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
