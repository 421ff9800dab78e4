package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.extraction.internal.TermIndex.TermRef;

/** A trie over stemmed words; a multi-word entry matches only words not split by punctuation. */
final class EnglishTrie {

    /**
     * "forced her to kneel" matches "forced to kneel", "beat him to death" "beat to death": one
     * object pronoun inside an entry is skipped when the entry does not spell it.
     */
    private static final Set<String> OBJECTS = Set.of("her", "him", "me", "us", "them");
    /** "forced them to have several abortions" matches "forced to have abortions": one count word is skipped too. */
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "several", "multiple", "many");
    /** "held there against their will" matches "held against their will". */
    private static final Set<String> PLACE_ADVERBS = Set.of("there", "here");
    private static final int SKIPPED_OBJECT = 1;
    private static final int SKIPPED_COUNT = 2;
    private static final int SKIPPED_ADVERB = 4;

    private final Node root = new Node();

    void add(List<Token> words, TermRef ref) {
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (Token w : words) {
            n = n.next.computeIfAbsent(w.stem(), k -> new Node());
        }
        if (!n.refs.contains(ref)) {
            n.refs.add(ref);
        }
    }

    /** Adds, for each word position, every entry starting there (the index keeps the longest). */
    void findAll(String text, List<Token> tokens, List<TermMatch> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Node n = root.next.get(tokens.get(i).stem());
            if (n != null) {
                walk(text, tokens, i, i, n, 0, out);
            }
        }
    }

    /** From the node reached at word j, records entries and follows the next word, or skips one object pronoun. */
    private static void walk(String text, List<Token> tokens, int i, int j, Node n, int skipped, List<TermMatch> out) {
        int start = tokens.get(i).start();
        int end = tokens.get(j).end();
        n.refs.forEach(r -> out.add(new TermMatch(r.scheme(), r.code(), start, end)));
        int k = j + 1;
        if (k >= tokens.size() || n.next.isEmpty() || !joined(text, tokens.get(j), tokens.get(k))) {
            return;
        }
        Node next = n.next.get(tokens.get(k).stem());
        if (next != null) {
            walk(text, tokens, i, k, next, skipped, out);
        }
        String w = tokens.get(k).word();
        int skip = OBJECTS.contains(w) ? SKIPPED_OBJECT : COUNTS.contains(w) ? SKIPPED_COUNT
                : PLACE_ADVERBS.contains(w) ? SKIPPED_ADVERB : 0;
        if (skip != 0 && (skipped & skip) == 0 && k + 1 < tokens.size() && joined(text, tokens.get(k), tokens.get(k + 1))) {
            Node after = n.next.get(tokens.get(k + 1).stem());
            if (after != null) {
                walk(text, tokens, i, k + 1, after, skipped | skip, out);
            }
        }
    }

    /**
     * Two words belong to one phrase if only spaces, hyphens or a possessive separate them, or
     * the period of "No." before a number ("Camp No. 18" is the entry "camp no. 18").
     */
    private static boolean joined(String text, Token a, Token b) {
        boolean number = a.word().equals("no");
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '\u2019' && c != 's' && !(number && c == '.')) {
                return false;
            }
        }
        return b.start() - a.end() <= 4;
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<TermRef> refs = new ArrayList<>(1);
    }
}
