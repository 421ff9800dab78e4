package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.recourse.linkage.internal.FieldProfiler;
import org.recourse.linkage.internal.FieldType;
import org.recourse.linkage.internal.JaroWinkler;
import org.recourse.linkage.internal.KoreanRomanisation;
import org.recourse.linkage.internal.Levenshtein;
import org.recourse.linkage.internal.NameComparison;
import org.recourse.linkage.internal.TextComparison;

class ComparatorsTests {

    @Test
    void jaroWinklerGivesWinklersPublishedValues() {
        // Winkler (1990) and the usual textbook examples.
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }

    @Test
    void levenshteinCountsEditsAndStopsPastTheBound() {
        assertThat(Levenshtein.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(Levenshtein.distance("kitten", "sitting", 1)).isEqualTo(2);
    }

    @Test
    void commonSurnameSpellingsShareOneKey() {
        String park = KoreanRomanisation.key("박");
        assertThat(KoreanRomanisation.key("park")).isEqualTo(park);
        assertThat(KoreanRomanisation.key("pak")).isEqualTo(park);
        assertThat(KoreanRomanisation.key("bak")).isEqualTo(park);
        assertThat(KoreanRomanisation.key("kim")).isEqualTo(KoreanRomanisation.key("gim"))
                .isEqualTo(KoreanRomanisation.key("김"));
        assertThat(KoreanRomanisation.key("lee")).isEqualTo(KoreanRomanisation.key("yi"))
                .isEqualTo(KoreanRomanisation.key("rhee")).isEqualTo(KoreanRomanisation.key("이"));
        assertThat(KoreanRomanisation.key("park")).isNotEqualTo(KoreanRomanisation.key("kim"));
    }

    @Test
    void givenNamesMatchAcrossHangulRevisedAndMcCuneReischauer() {
        String hangul = KoreanRomanisation.key("서연");
        assertThat(KoreanRomanisation.key("seo-yeon")).isEqualTo(hangul);
        assertThat(KoreanRomanisation.key("soyon")).isEqualTo(hangul);
        assertThat(KoreanRomanisation.key("ji-hoon")).isEqualTo(KoreanRomanisation.key("지훈"));
        assertThat(KoreanRomanisation.key("minjun")).isEqualTo(KoreanRomanisation.key("민준"));
        assertThat(KoreanRomanisation.key("minjun")).isNotEqualTo(hangul);
    }

    @Test
    void nameComparisonPutsRomanisationsOnTheirOwnLevel() {
        NameComparison c = new NameComparison("surname", new String[] {"park", "bak", "박", "smith", "park"});
        assertThat(c.label(c.level(0, 4))).isEqualTo("exact");
        assertThat(c.label(c.level(0, 1))).isEqualTo("same romanised");
        assertThat(c.label(c.level(1, 2))).isEqualTo("same romanised");
        assertThat(c.label(c.level(0, 3))).isEqualTo("different");
    }

    @Test
    void aNameWithExtraWordsIsWithinTheOtherEvenWhenItsSpellingIsAlsoClose() {
        NameComparison c = new NameComparison("country", new String[] {"the united kingdom", "united kingdom", "united states"});
        assertThat(c.label(c.level(0, 1))).isEqualTo("words of one within the other");
        assertThat(c.label(c.level(1, 2))).isEqualTo("jaro-winkler>=0.80 or 1-2 edits");
    }

    @Test
    void amountsSpreadOverMagnitudesAreNumbersWhileHouseNumbersAndPostcodesStayCodes() {
        java.util.Random random = new java.util.Random(7);
        String[] areas = new String[300];
        String[] houses = new String[300];
        String[] postcodes = new String[300];
        for (int i = 0; i < areas.length; i++) {
            areas[i] = Long.toString((long) Math.pow(10, 1 + 6 * random.nextDouble()));
            houses[i] = Integer.toString(1 + (int) Math.pow(10, random.nextDouble() * random.nextDouble() * 4));
            postcodes[i] = String.format("%04d", random.nextInt(10_000));
        }
        assertThat(FieldProfiler.profile(areas)).isEqualTo(FieldType.NUMERIC);
        assertThat(FieldProfiler.profile(houses)).isEqualTo(FieldType.CODE);
        assertThat(FieldProfiler.profile(postcodes)).isEqualTo(FieldType.CODE);
    }

    @Test
    void productNamesWithDifferentModelCodesAreDifferentHoweverManyWordsTheyShare() {
        // fictional products
        TextComparison c = new TextComparison("name", new String[] {
            "zenlux home theater system - sc pt960", "zenlux sc-pt760 home theater system",
            "zenlux countertop microwave oven in white - nnsn667wh", "zenlux nn sn667w countertop microwave oven",
            "zenlux portable dvd player - dvpfx820p", "zenlux dvp-fx820/p portable dvd player pink"});
        assertThat(c.label(c.level(0, 1))).isEqualTo("different (or numbers differ)");
        assertThat(c.label(c.level(2, 3))).as("a colour suffix, hyphens left out").isEqualTo("same model code");
        assertThat(c.label(c.level(4, 5))).as("slashes and hyphens").isEqualTo("same model code");
    }

    @Test
    void textsWithoutModelCodesAreComparedByTheirWordsAsBefore() {
        TextComparison c = new TextComparison("address", new String[] {
            "12 w 79th st", "12 west 79th street", "the 3rd ave", "the 3rd avenue", "79th and main", "main and 80th"});
        // ordinals (79th, 3rd) are no model codes: neither shared nor differing ones change the level
        assertThat(c.label(c.level(0, 1))).isEqualTo("jaccard>=0.3");
        assertThat(c.label(c.level(2, 3))).isEqualTo("jaccard>=0.9");
        assertThat(c.label(c.level(4, 5))).isEqualTo("jaccard>=0.5");
    }

    @Test
    void sizesAndAWordNextToANumberAreNoModelCodesSoDifferentModelsStayDifferent() {
        // fictional products: "500gb" is a size both share, "series 5" a word and a number that
        // begin "series 52qx70" once joined; the models (301302u, ab52c550) differ
        TextComparison c = new TextComparison("name", new String[] {
            "zenlux 500gb usb external hard drive - 301302u", "zenlux usb external hard drive 500gb - 301304u",
            "zenlux 52 inch series 5 lcd tv - ab52c550", "qorvo series 52qx70 52 inch lcd tv"});
        assertThat(c.label(c.level(0, 1))).isEqualTo("different (or numbers differ)");
        assertThat(c.label(c.level(2, 3))).isEqualTo("different (or numbers differ)");
    }

    @Test
    void aCodeThatManyRecordsCarryIsASpecificationAndNoLongerMakesTwoProductsTheSame() {
        // fictional memory modules that all carry "ddr2", a specification, and no model code
        String[] names = {"zenlux 1gb ddr2 memory module", "qorvo 2gb ddr2 laptop memory", "brinta ddr2 desktop ram kit",
            "zenlux ddr2 server memory", "qorvo ddr2 memory upgrade", "brinta ddr2 notebook module", "zenlux ddr2 ecc stick"};
        TextComparison many = new TextComparison("name", names);
        assertThat(many.label(many.level(0, 1))).isNotEqualTo("same model code");
        // in only two records the same code still names one product
        TextComparison two = new TextComparison("name", java.util.Arrays.copyOf(names, 2));
        assertThat(two.label(two.level(0, 1))).isEqualTo("same model code");
    }
}
