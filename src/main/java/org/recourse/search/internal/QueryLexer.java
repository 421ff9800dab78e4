package org.recourse.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.recourse.shared.InvalidInputException;

/** Splits a query into tokens; positions are 1-based characters, for error messages. */
final class QueryLexer {

    enum Kind { LPAREN, RPAREN, AND, OR, NOT, REQUIRE, PHRASE, WORD, END }

    record Token(Kind kind, String text, int position) {
    }

    private final String input;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private QueryLexer(String input) {
        this.input = input;
    }

    static List<Token> tokens(String input) {
        QueryLexer lexer = new QueryLexer(input);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (at < input.length()) {
            char c = input.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '(' || c == ')') {
                add(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), at++);
            } else if (c == '"') {
                phrase();
            } else if ((c == '-' || c == '+' || c == '!') && at + 1 < input.length() && !Character.isWhitespace(input.charAt(at + 1))) {
                add(c == '+' ? Kind.REQUIRE : Kind.NOT, String.valueOf(c), at++);
            } else {
                word();
            }
        }
        tokens.add(new Token(Kind.END, "", input.length() + 1));
    }

    private void phrase() {
        int start = at;
        int close = input.indexOf('"', at + 1);
        if (close < 0) {
            throw new InvalidInputException("query", "the quote at character " + (start + 1) + " is not closed");
        }
        add(Kind.PHRASE, input.substring(start + 1, close), start);
        at = close + 1;
    }

    private void word() {
        int start = at;
        while (at < input.length() && !Character.isWhitespace(input.charAt(at)) && "()\"".indexOf(input.charAt(at)) < 0) {
            at++;
        }
        String w = input.substring(start, at);
        switch (w) {
            case "AND", "&&" -> add(Kind.AND, w, start);
            case "OR", "||" -> add(Kind.OR, w, start);
            case "NOT" -> add(Kind.NOT, w, start);
            default -> add(Kind.WORD, w, start);
        }
    }

    private void add(Kind kind, String text, int index) {
        tokens.add(new Token(kind, text, index + 1));
    }
}
