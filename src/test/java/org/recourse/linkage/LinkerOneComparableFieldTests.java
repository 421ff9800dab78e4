package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two large files of fictional films that share one comparable column, a title, which the
 * second file writes with the year appended and sometimes shortened: no matching pair agrees
 * exactly, and the only random pairs that agree at all are the few true matches drawn by
 * chance, so every agreeing level is at the random pairs' resolution.
 */
class LinkerOneComparableFieldTests {

    private static final int N = 15_000;

    private final Linker linker = new Linker();

    @Test
    void aLongTitleNearlyEqualButForTheYearLinksTwoLargeFilesWhenNoRandomPairAgreesOnIt() {
        LinkResult result = linker.link(films(false), films(true), LinkOptions.defaults());
        Map<Integer, List<String>> byCluster = new HashMap<>();
        for (Assignment a : result.assignments()) {
            byCluster.computeIfAbsent(a.cluster(), c -> new ArrayList<>()).add(a.id());
        }
        int nearlyEqualLinked = 0;
        int wrong = 0;
        for (List<String> members : byCluster.values()) {
            if (members.size() > 1) {
                boolean same = members.size() == 2 && members.get(0).equals(members.get(1));
                wrong += same ? 0 : 1;
                int i = Integer.parseInt(members.get(0).substring(1));
                nearlyEqualLinked += same && keptWords(i) == 4 ? 1 : 0;
            }
        }
        int nearlyEqual = 0;
        for (int i = 0; i < N; i += 2) {
            nearlyEqual += keptWords(i) == 4 ? 1 : 0;
        }
        // Without the candidates' estimate of u no pair could reach the threshold: nothing linked.
        assertThat(nearlyEqualLinked).isGreaterThan(nearlyEqual * 95 / 100);
        assertThat(wrong).isZero();
    }

    /** How many of its four words film i's title keeps in the second file (with its year appended). */
    private static int keptWords(int i) {
        return 4 - (i / 2) % 2;
    }

    /**
     * N fictional films; in the first file every other title is missing, in the second file the
     * title has the year appended and keeps all four of its made-up words or the first three.
     */
    private static List<LinkRecord> films(boolean second) {
        List<LinkRecord> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String[] words = {word(i), word(i + N), word(i + 2 * N), word(i + 3 * N)};
            Map<String, String> fields = new LinkedHashMap<>();
            if (second) {
                int kept = keptWords(i);
                fields.put("title", String.join(" ", List.of(words).subList(0, kept)) + " (" + (1920 + i % 90) + ")");
                fields.put("director", "Director " + word(i * 7 + 5));
            } else {
                fields.put("title", i % 2 == 0 ? String.join(" ", words) : "");
                fields.put("editor", "Editor " + word(i * 11 + 3));
            }
            out.add(new LinkRecord("f" + i, fields));
        }
        return out;
    }

    private static String word(int i) {
        return "Q" + DistinctWords.of(i);
    }
}
