package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A linkage found one-to-one (each place once per file) where one file also holds one place
 * twice. Fictional places made up for the tests: a name, an area that the second source
 * reports a little differently for two places in three, and a capital.
 */
class LinkerFileDuplicatesTests {

    private static final int N = 300;
    private static final int TWICE = 41;

    private final Linker linker = new Linker();

    @Test
    void aRecordThatRepeatsAnotherOfItsFileSharesThatRecordsPartner() {
        List<LinkRecord> left = places("a", false);
        left.add(copy(left.get(TWICE), "a-again", fields -> fields));
        LinkResult result = linker.link(left, places("b", true), LinkOptions.defaults());
        assertThat(cluster(result, 0, "a" + TWICE))
                .isEqualTo(cluster(result, 0, "a-again"))
                .isEqualTo(cluster(result, 1, "b" + TWICE));
        // Everything else stays one-to-one.
        assertThat(cluster(result, 0, "a" + (TWICE + 1))).isEqualTo(cluster(result, 1, "b" + (TWICE + 1)));
        assertThat(clusterSizes(result)).containsOnly(2, 3);
        assertThat(clusterSizes(result).stream().filter(s -> s == 3)).hasSize(1);
    }

    @Test
    void aNearRelativeOfAMatchedPairStaysAloneThoughItsLinkReachesTheThreshold() {
        List<LinkRecord> left = places("a", false);
        // The same name and capital as place TWICE, the area a fifth smaller: the other source
        // has only TWICE, which matches its own record more closely than this one does.
        left.add(copy(left.get(TWICE), "a-relative", fields -> {
            fields.put("area", String.valueOf(Math.round(Double.parseDouble(fields.get("area")) * 0.8)));
            return fields;
        }));
        LinkResult result = linker.link(left, places("b", true), LinkOptions.defaults());
        assertThat(result.pairs()).anySatisfy(p -> {
            assertThat(p.left()).isEqualTo("a-relative");
            assertThat(p.right()).isEqualTo("b" + TWICE);
            assertThat(p.probability()).isGreaterThanOrEqualTo(0.5);
        });
        assertThat(cluster(result, 0, "a" + TWICE)).isEqualTo(cluster(result, 1, "b" + TWICE));
        assertThat(cluster(result, 0, "a-relative")).isNotEqualTo(cluster(result, 1, "b" + TWICE));
    }

    @Test
    void askedForOneToOneEachRecordKeepsAtMostOnePartner() {
        List<LinkRecord> left = places("a", false);
        left.add(copy(left.get(TWICE), "a-again", fields -> fields));
        LinkResult result = linker.link(left, places("b", true), LinkOptions.defaults().withOneToOne(true));
        assertThat(cluster(result, 0, "a" + TWICE)).isNotEqualTo(cluster(result, 0, "a-again"));
        assertThat(clusterSizes(result)).allMatch(s -> s <= 2);
    }

    /** N fictional places; the second source's areas differ by 1% or 3% for two places in three. */
    private static List<LinkRecord> places(String prefix, boolean secondSource) {
        List<LinkRecord> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Fictional " + word(i * 13 + 5) + " " + word(i));
            // Spread over five orders of magnitude, as areas are (from islets to continents' countries).
            double area = 20 * Math.pow(10, 5 * ((i * 0.6180339887) % 1.0));
            double factor = !secondSource || i % 3 == 0 ? 1.0 : i % 3 == 1 ? 1.01 : 0.97;
            fields.put("area", String.valueOf(Math.round(area * factor)));
            fields.put("capital", "Port " + word(i * 7 + 11));
            out.add(new LinkRecord(prefix + i, fields));
        }
        return out;
    }

    private static LinkRecord copy(LinkRecord r, String id, UnaryOperator<Map<String, String>> change) {
        return new LinkRecord(id, change.apply(new LinkedHashMap<>(r.fields())));
    }

    private static int cluster(LinkResult result, int source, String id) {
        return result.assignments().stream().filter(a -> a.source() == source && a.id().equals(id))
                .findFirst().orElseThrow().cluster();
    }

    private static List<Integer> clusterSizes(LinkResult result) {
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        result.assignments().forEach(a -> sizes.merge(a.cluster(), 1, Integer::sum));
        return List.copyOf(sizes.values());
    }

    private static String word(int i) {
        return "K" + DistinctWords.of(i);
    }
}
