package org.recourse.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SortedIdsTests {

    @Test
    void idsAreRandomVersionFourInTheOrderOfTheirStoredText() {
        List<UUID> ids = SortedIds.of(20_000);
        List<String> text = ids.stream().map(UUID::toString).toList();
        assertThat(text).isSorted().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        });
        // Random, not a counter: the first ids spread over the whole range of the first hex digit.
        assertThat(text.get(0).charAt(0)).isEqualTo('0');
        assertThat(text.get(text.size() - 1).charAt(0)).isEqualTo('f');
        assertThat(SortedIds.of(3)).doesNotContainAnyElementsOf(SortedIds.of(3));
    }
}
