package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixed-prior model: a dozen records, too few for EM, still give a clear answer and no estimation runs. */
class FixedModelTests {

    private static final LinkConfig CONFIG = new LinkConfig(Map.of("place", "text", "kind", "categorical", "year", "year"),
            List.of(List.of("kind:exact")), Optional.empty(), true);

    @Test
    void aSmallCollectionIsScoredFromThePriorWithoutEm() {
        List<LinkRecord> records = List.of(
                record("a", "riverside holding centre", "detention", "2008"),
                record("b", "riverside holding centre", "detention", "2008"),
                record("c", "north gate market", "detention", "2019"),
                record("d", "hill farm", "detention", "1998"),
                record("e", "east station", "detention", "2004"),
                record("f", "harbour office", "detention", "2013"));
        LinkResult r = new Linker().deduplicate(records, LinkOptions.defaults().withReportFloor(0.0).withConfig(CONFIG));
        assertThat(r.stats().emIterations()).isZero();
        assertThat(probability(r, "a", "b")).isGreaterThan(0.9);
        assertThat(probability(r, "a", "c")).isLessThan(0.05);
    }

    @Test
    void theModelIsChosenInTheExpertFile() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("link", ".properties");
        java.nio.file.Files.writeString(file, "model = fixed\n");
        assertThat(LinkConfig.read(file).fixedModel()).isTrue();
        java.nio.file.Files.writeString(file, "threshold = 0.7\n");
        assertThat(LinkConfig.read(file).fixedModel()).isFalse();
    }

    private static double probability(LinkResult r, String x, String y) {
        return r.pairs().stream().filter(p -> (p.left() + p.right()).equals(x + y) || (p.left() + p.right()).equals(y + x))
                .findFirst().orElseThrow().probability();
    }

    private static LinkRecord record(String id, String place, String kind, String year) {
        return new LinkRecord(id, Map.of("place", place, "kind", kind, "year", year));
    }
}
