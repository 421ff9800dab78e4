package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Linking two files whose headers differ (fictional people made up for the tests). */
class LinkerColumnPairingTests {

    private static final int N = 300;

    private final Linker linker = new Linker();

    @Test
    void aYearColumnIsComparedWithADateColumnOfTheOtherFileAsYears() {
        LinkResult result = linker.link(people("name", "birth_year", false), people("name", "dob", true),
                LinkOptions.defaults());
        assertThat(result.stats().pairedByContent()).hasSize(1);
        assertThat(result.stats().pairedByContent().get(0)).startsWith("birth_year~dob").contains("compared as years");
        assertThat(result.stats().fields()).contains("birth_year~dob year");
    }

    @Test
    void aSameNamedPairIsNeverReplacedByAContentPair() {
        List<LinkRecord> left = people("name", "born", false);
        List<LinkRecord> right = people("full_name", "born", false);
        // B's born shares its name with A's: it stays paired with it, and A's name pairs with B's full_name.
        LinkResult result = linker.link(left, right, LinkOptions.defaults());
        assertThat(result.stats().fields()).anyMatch(f -> f.startsWith("born "));
        assertThat(result.stats().pairedByContent()).singleElement().asString().startsWith("name~full_name");
    }

    @Test
    void theConfigurationTypesOrDropsAContentPairByItsName() {
        LinkConfig dates = new LinkConfig(Map.of("birth_year~dob", "categorical"), List.of(), Optional.empty());
        LinkResult typed = linker.link(people("name", "birth_year", false), people("name", "dob", true),
                LinkOptions.defaults().withConfig(dates));
        assertThat(typed.stats().fields()).contains("birth_year~dob categorical");
        LinkConfig ignored = new LinkConfig(Map.of("birth_year~dob", "ignore"), List.of(), Optional.empty());
        LinkResult dropped = linker.link(people("name", "birth_year", false), people("name", "dob", true),
                LinkOptions.defaults().withConfig(ignored));
        assertThat(dropped.stats().fields()).noneMatch(f -> f.startsWith("birth_year~dob"));
    }

    /** N fictional people; the birth column is a year or a full date. */
    private static List<LinkRecord> people(String nameColumn, String birthColumn, boolean fullDate) {
        List<LinkRecord> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(nameColumn, "Fictional " + word(i) + " " + word(i * 7 + 11));
            int year = 1930 + i % 70;
            fields.put(birthColumn, fullDate ? year + "-0" + (1 + i % 9) + "-1" + i % 10 : String.valueOf(year));
            out.add(new LinkRecord("p" + i, fields));
        }
        return out;
    }

    private static String word(int i) {
        return "K" + DistinctWords.of(i);
    }
}
