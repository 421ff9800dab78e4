package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Benchmark sizes are checked before any work starts. */
class BenchCommandTests {

    @Test
    void aSizeBelowOneIsAUsageErrorNamingTheOption() {
        CliRun records = CliRun.of("bench", "link", "--records", "-5");
        CliRun rows = CliRun.of("bench", "import", "--rows", "0");
        assertThat(records.code()).isEqualTo(2);
        assertThat(records.err()).contains("--records must be at least 1, not -5").doesNotContain("Capacity", "Exception");
        assertThat(rows.code()).isEqualTo(2);
        assertThat(rows.err()).contains("--rows must be at least 1, not 0");
    }
}
