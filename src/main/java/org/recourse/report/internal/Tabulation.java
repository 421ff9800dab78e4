package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Counts acts under their classes and suppresses the small counts. A cell counts distinct units
 * (incidents, acts, victims, testimonies); totals are sums of cells so that the suppression's
 * equations hold exactly.
 */
public final class Tabulation {

    /** A two-way table: row and column keys (codes) and the suppressed counts. */
    public record TwoWay(List<String> rows, List<String> columns, SuppressedTable table) {
    }

    /** A one-way table with one column per measure, each suppressed on its own. */
    public record OneWay(List<String> rows, List<Measure> measures, List<SuppressedTable> tables) {
    }

    private Tabulation() {
    }

    public static TwoWay violationByPerpetrator(List<CodedAct> acts, Measure measure, int k) {
        List<String> rows = List.copyOf(new TreeSet<>(acts.stream().map(a -> a.act().violation()).toList()));
        List<String> cols = List.copyOf(new TreeSet<>(acts.stream().flatMap(a -> a.perpetrators().stream()).toList()));
        List<List<Set<String>>> units = new ArrayList<>();
        rows.forEach(r -> {
            List<Set<String>> line = new ArrayList<>();
            cols.forEach(c -> line.add(new HashSet<>()));
            units.add(line);
        });
        for (CodedAct a : acts) {
            int r = rows.indexOf(a.act().violation());
            for (String p : a.perpetrators()) {
                units.get(r).get(cols.indexOf(p)).addAll(measure.units(a));
            }
        }
        long[][] cells = new long[rows.size()][cols.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                cells[r][c] = units.get(r).get(c).size();
            }
        }
        return new TwoWay(rows, cols, CellSuppression.twoWay(cells, k));
    }

    /** Counts under the classes {@code classify} gives each act (one or several), in the order of {@code order}. */
    public static OneWay oneWay(List<CodedAct> acts, Function<CodedAct, Set<String>> classify, List<Measure> measures, int k,
            java.util.Comparator<String> order) {
        Map<String, List<CodedAct>> byClass = new LinkedHashMap<>();
        for (CodedAct a : acts) {
            classify.apply(a).forEach(c -> byClass.computeIfAbsent(c, x -> new ArrayList<>()).add(a));
        }
        List<String> rows = byClass.keySet().stream().sorted(order).toList();
        List<SuppressedTable> tables = new ArrayList<>();
        for (Measure m : measures) {
            long[] cells = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                cells[i] = byClass.get(rows.get(i)).stream().flatMap(a -> m.units(a).stream()).distinct().count();
            }
            tables.add(CellSuppression.oneWay(cells, k));
        }
        return new OneWay(rows, measures, tables);
    }
}
