package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.extraction.internal.TermIndex.TermRef;

/** A trie over stemmed words; a multi-word entry matches only words not split by punctuation. */
final class EnglishTrie {

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
            Node n = root;
            int start = tokens.get(i).start();
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !joined(text, tokens.get(j - 1), tokens.get(j))) {
                    break;
                }
                n = n.next.get(tokens.get(j).stem());
                if (n == null) {
                    break;
                }
                int end = tokens.get(j).end();
                n.refs.forEach(r -> out.add(new TermMatch(r.scheme(), r.code(), start, end)));
            }
        }
    }

    /** Two words belong to one phrase if only spaces, hyphens or a possessive separate them. */
    private static boolean joined(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '\u2019' && c != 's') {
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
