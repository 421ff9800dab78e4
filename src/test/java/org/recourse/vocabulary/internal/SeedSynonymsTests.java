package org.recourse.vocabulary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recourse.vocabulary.Term;

class SeedSynonymsTests {

    private static Term version(int v, String... synonyms) {
        return new Term("violation", "fictional_act", Optional.empty(), "Fictional act", "가상 행위", List.of(synonyms), false, v);
    }

    @Test
    void aSynonymTheInstallationNeverHadIsMissing() {
        Term seed = version(1, "old word", "new word", "새 낱말");

        assertThat(SeedSynonyms.missing(seed, List.of(version(1, "old word")))).containsExactly("new word", "새 낱말");
    }

    @Test
    void aSynonymAnAdministratorRemovedStaysRemoved() {
        Term seed = version(1, "old word", "bad word", "new word");
        // Version 1 had "bad word"; the administrator's version 2 removed it.
        List<Term> history = List.of(version(2, "old word"), version(1, "old word", "bad word"));

        assertThat(SeedSynonyms.missing(seed, history)).containsExactly("new word");
    }

    @Test
    void aSynonymPresentInAnotherCaseIsNotMissing() {
        assertThat(SeedSynonyms.missing(version(1, "SSD", "Bowibu"), List.of(version(3, "ssd", "bowibu")))).isEmpty();
    }
}
