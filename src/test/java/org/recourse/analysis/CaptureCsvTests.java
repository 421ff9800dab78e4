package org.recourse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recourse.shared.InvalidInputException;

class CaptureCsvTests {

    @Test
    void readsTheSharedTablesWithTheirListsAndCounts() {
        CaptureTable t = MseTestData.table("uk_modern_slavery_2013_5lists.csv");

        assertThat(t.lists()).containsExactly("LA", "NG", "PFNCA", "GO", "GP");
        assertThat(t.observed()).isEqualTo(2744);
        assertThat(t.histories()).hasSize(18);
    }

    @Test
    void negativeCountIsRefusedWithItsLine() {
        assertProblem("A,B,count\n1,0,5\n0,1,-2\n1,1,1\n", "bad.csv line 3", "count -2 is negative");
    }

    @Test
    void aValueOtherThanZeroOrOneIsRefused() {
        assertProblem("A,B,count\n1,0,5\n2,1,3\n", "bad.csv line 3", "list columns take 0 or 1");
    }

    @Test
    void aSingleListIsRefused() {
        assertProblem("A,count\n1,5\n", "bad.csv line 1", "estimation needs at least two lists");
    }

    @Test
    void theAllZeroRowIsRefused() {
        assertProblem("A,B,count\n1,0,5\n0,0,7\n1,1,2\n", "bad.csv line 3", "all-zero row");
    }

    @Test
    void aMissingCountColumnIsRefused() {
        assertProblem("A,B,C\n1,0,1\n", "bad.csv line 1", "no 'count' column");
    }

    @Test
    void aCountThatIsNotANumberIsRefused() {
        assertProblem("A,B,count\n1,0,many\n", "bad.csv line 2", "not a whole number");
    }

    @Test
    void repeatedPatternsAreAddedUp() {
        CaptureTable t = MseTestData.inline("ok.csv", "A,B,count\n1,0,5\n1,0,2\n1,1,1\n");

        assertThat(t.observed()).isEqualTo(8);
        assertThat(t.histories()).hasSize(2);
    }

    private static void assertProblem(String csv, String where, String what) {
        assertThatThrownBy(() -> MseTestData.inline("bad.csv", csv))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }
}
