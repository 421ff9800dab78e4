package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.extraction.internal.TermIndex.TermRef;

/**
 * A character trie for Korean entries, matched anywhere inside the text: a stem is found in
 * {@code 보위부에서} or {@code 강간당했다} whatever particle or ending follows. A space in an
 * entry matches any run of spaces, and every entry is also stored without spaces, since
 * writers join {@code 강제 노동} and {@code 강제노동} alike.
 */
final class KoreanTrie {

    private final Node root = new Node();

    void add(String pattern, TermRef ref) {
        String spaced = pattern.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        insert(spaced, ref);
        insert(spaced.replace(" ", ""), ref);
    }

    private void insert(String p, TermRef ref) {
        Node n = root;
        for (int i = 0; i < p.length(); i++) {
            n = n.next.computeIfAbsent(p.charAt(i), k -> new Node());
        }
        if (!n.refs.contains(ref)) {
            n.refs.add(ref);
        }
    }

    /** Adds, for each Hangul position, every entry starting there (the index keeps the longest). */
    void findAll(String text, List<TermMatch> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Hangul.is(c) && root.next.containsKey(c)) {
                allFrom(text, i, out);
            }
        }
    }

    private void allFrom(String text, int i, List<TermMatch> out) {
        Node n = root;
        int j = i;
        while (j < text.length() && n != null) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c)) {
                n = n.next.get(' ');
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
            } else {
                n = n.next.get(Character.toLowerCase(c));
                j++;
            }
            if (n != null && !n.refs.isEmpty() && !Character.isWhitespace(text.charAt(j - 1))) {
                int end = j;
                n.refs.forEach(r -> out.add(new TermMatch(r.scheme(), r.code(), i, end)));
            }
        }
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        final List<TermRef> refs = new ArrayList<>(1);
    }
}
