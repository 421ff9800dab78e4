package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two files that each hold many copies of the same entities: a fictional collection of
 * citations (made up for the tests: invented authors, titles and venues), some papers cited
 * a hundred times and more in varying forms, split at random into two files as two
 * libraries' catalogues would be. The title differs in more than a quarter of the records
 * counted in each file, in less than a quarter over both: its values recur across the files,
 * and its blocks of copies, too large to pair in full, are paired within a window as when the
 * whole collection is deduplicated, not cut by the year (which copies often lack or write
 * differently) nor left alone with its largest blocks dropped. Blocked on the title combined
 * with the exact year, the linkage found 0.68 of the cross-file pairs, the deduplication all of
 * them; on the title alone, dropping the blocks of the two most-cited papers, 0.87.
 */
class LinkerSplitCollectionTests {

    private static final int PAPERS = 40;

    private final Linker linker = new Linker();

    @Test
    void halvesOfACollectionFullOfCopiesAreLinkedAsFullyAsTheWholeIsDeduplicated() {
        // three papers cited 150 times each: a third of the records in title blocks over the cap
        assertLinkedAsFullyAsDeduplicated(p -> p < 3 ? 150 : Math.max(4, (int) Math.round(180 / Math.pow(p + 1, 0.8))));
    }

    @Test
    void theMostCopiedEntitiesAreLinkedThoughBlockingOnTheTitleAloneWouldDropOnlyTheirBlocks() {
        // one paper cited 180 times, the next 103: few enough records over the cap that the
        // title alone passes as a rule, dropping exactly the blocks of the most-cited papers
        assertLinkedAsFullyAsDeduplicated(p -> Math.max(4, (int) Math.round(180 / Math.pow(p + 1, 0.8))));
    }

    private void assertLinkedAsFullyAsDeduplicated(java.util.function.IntUnaryOperator copiesOfPaper) {
        List<LinkRecord> left = new ArrayList<>();
        List<LinkRecord> right = new ArrayList<>();
        Map<String, Integer> paper = new HashMap<>();
        Random random = new Random(11);
        int id = 0;
        for (int p = 0; p < PAPERS; p++) {
            for (int c = 0; c < copiesOfPaper.applyAsInt(p); c++) {
                String key = "r" + id++;
                paper.put(key, p);
                (random.nextBoolean() ? left : right).add(new LinkRecord(key, citation(p, c, random)));
            }
        }
        List<LinkRecord> all = new ArrayList<>(left);
        all.addAll(right);

        double linked = crossFileRecall(linker.link(left, right, LinkOptions.defaults()), left, right, paper);
        double deduplicated = crossFileRecall(linker.deduplicate(all, LinkOptions.defaults()), left, right, paper);

        assertThat(deduplicated).isGreaterThan(0.9);
        assertThat(linked).isGreaterThan(deduplicated - 0.05);
    }

    /** The share of true pairs across the files that ended in one cluster. */
    private static double crossFileRecall(LinkResult result, List<LinkRecord> left, List<LinkRecord> right,
            Map<String, Integer> paper) {
        Map<String, Integer> cluster = new HashMap<>();
        for (Assignment a : result.assignments()) {
            cluster.put(a.id(), a.cluster());
        }
        long truePairs = 0;
        long found = 0;
        for (LinkRecord a : left) {
            for (LinkRecord b : right) {
                if (paper.get(a.id()).equals(paper.get(b.id()))) {
                    truePairs++;
                    found += cluster.get(a.id()).equals(cluster.get(b.id())) ? 1 : 0;
                }
            }
        }
        return found / (double) truePairs;
    }

    /**
     * One citation of paper {@code p}, in one of the forms references take (copy {@code c}):
     * the authors in four forms, an initial now and then wrong (a third of the values differ:
     * identifying); the title in a few forms (a fifth differ over both files, repeating, but
     * more than a quarter counted in each file); the venue with its pages, in half the copies
     * and often misspelt; the year in two thirds of them, in two forms.
     */
    private static Map<String, String> citation(int p, int c, Random random) {
        String first = name(p * 3 + 1);
        String second = name(p * 5 + 2);
        String a = initial(p * 7 + (random.nextInt(4) == 0 ? 1 : 0));
        String b = initial(p * 11 + 3 + (random.nextInt(4) == 0 ? 1 : 0));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("author", switch (c % 4) {
            case 0 -> a + ". " + first + " and " + b + ". " + second + ",";
            case 1 -> first + ", " + a + ". and " + second + ", " + b + ".";
            case 2 -> a + " " + first + ", " + b + " " + second;
            default -> a + ". " + first + ", " + b + ". " + second + ".";
        });
        List<String> words = new ArrayList<>(List.of("learning", word(p * 4 + 1), word(p * 4 + 2), "of",
                word(p * 4 + 3), "systems"));
        if (random.nextInt(6) == 0) {
            words.remove(1 + random.nextInt(3));
        }
        String title = String.join(" ", words);
        fields.put("title", random.nextInt(5) == 0 ? title : title + (c % 2 == 0 ? "." : ","));
        int year = 1985 + p % 11 + (random.nextInt(8) == 0 ? 1 : 0);
        fields.put("year", random.nextInt(3) == 0 ? "" : c % 3 == 0 ? "(" + year + ")." : year + ".");
        int page = 100 + p * 37 % 600;
        String venue = typo("proceedings of the " + word(p % 9 + 500) + " conference", random)
                + (random.nextBoolean() ? ", pages " : ", pp. ") + page + "-" + (page + 8 + random.nextInt(3));
        fields.put("venue", random.nextInt(2) == 0 ? "" : c % 2 == 0 ? "In " + venue + "," : venue);
        return fields;
    }

    /** The text with, one time in two, one letter replaced. */
    private static String typo(String s, Random random) {
        if (random.nextBoolean()) {
            return s;
        }
        int at = 1 + random.nextInt(s.length() - 1);
        return s.substring(0, at) + (char) ('a' + random.nextInt(26)) + s.substring(at + 1);
    }

    private static String name(int i) {
        String w = DistinctWords.of(i + 700);
        return "K" + w + "son";
    }

    private static String initial(int i) {
        return String.valueOf((char) ('A' + i % 26));
    }

    private static String word(int i) {
        return "qu" + DistinctWords.of(i + 40) + "ic";
    }
}
