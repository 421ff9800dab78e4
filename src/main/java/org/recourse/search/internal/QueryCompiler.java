package org.recourse.search.internal;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.recourse.search.internal.QueryLexer.Kind;
import org.recourse.search.internal.QueryLexer.Token;

/**
 * Recursive-descent parser of the search language into a Lucene query:
 * <pre>
 * or      := and ( OR and )*
 * and     := unary ( [AND] unary )*          (juxtaposition means AND)
 * unary   := ( NOT | - | ! | + ) unary | primary
 * primary := '(' or ')' | "phrase" | field:value | word | prefix*
 * </pre>
 * Bounded: at most {@value #MAX_LENGTH} characters, {@value #MAX_TERMS} terms and
 * {@value #MAX_DEPTH} nested parentheses; every problem is an {@code InvalidInputException}
 * naming the character where it is.
 */
public final class QueryCompiler {

    static final int MAX_LENGTH = 4000;
    static final int MAX_TERMS = 256;
    static final int MAX_DEPTH = 32;

    private final Terms terms;
    private final java.util.Map<String, java.util.Set<String>> narrower;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private QueryCompiler(Analyzer analyzer, java.util.Map<String, java.util.Set<String>> narrower, List<Token> tokens) {
        this.terms = new Terms(analyzer, MAX_TERMS);
        this.narrower = narrower;
        this.tokens = tokens;
    }

    public static Query compile(String query, Analyzer analyzer) {
        return compile(query, analyzer, java.util.Map.of());
    }

    /** As {@link #compile(String, Analyzer)}, a code filter matching the codes under it too (see SearchRequest). */
    public static Query compile(String query, Analyzer analyzer, java.util.Map<String, java.util.Set<String>> narrower) {
        if (query.length() > MAX_LENGTH) {
            throw FieldFilters.problem("the query is longer than " + MAX_LENGTH + " characters");
        }
        if (query.isBlank()) {
            throw FieldFilters.problem("the query is empty");
        }
        QueryCompiler c = new QueryCompiler(analyzer, narrower, QueryLexer.tokens(query));
        Optional<Query> q = c.or();
        Token end = c.peek();
        if (end.kind() == Kind.RPAREN) {
            throw FieldFilters.problem("the ')' at character " + end.position() + " closes no parenthesis");
        }
        return q.orElseThrow(() -> FieldFilters.problem("the query has no searchable words (only stop words or particles)"));
    }

    private Optional<Query> or() {
        requireOperandBefore();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int count = 0;
        Optional<Query> first = and();
        first.ifPresent(q -> any.add(q, Occur.SHOULD));
        count += first.isPresent() ? 1 : 0;
        while (peek().kind() == Kind.OR) {
            Token or = take();
            requireOperandBefore();
            Optional<Query> operand = and();
            if (operand.isEmpty() && isEndOfOperand(peek())) {
                throw FieldFilters.problem("'" + or.text() + "' at character " + or.position() + " needs a word after it");
            }
            operand.ifPresent(q -> any.add(q, Occur.SHOULD));
            count += operand.isPresent() ? 1 : 0;
        }
        return count == 0 ? Optional.empty() : Optional.of(count == 1 ? any.build().clauses().get(0).getQuery() : any.build());
    }

    private Optional<Query> and() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        while (!isEndOfOperand(peek())) {
            Token op = peek();
            if (op.kind() == Kind.AND) {
                take();
                if (isEndOfOperand(peek())) {
                    throw FieldFilters.problem("'" + op.text() + "' at character " + op.position() + " needs a word after it");
                }
            }
            Occur occur = occur();
            Optional<Query> operand = primary();
            if (operand.isPresent()) {
                all.add(operand.get(), occur);
                positive |= occur != Occur.MUST_NOT;
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        if (!positive) {
            all.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return Optional.of(all.build());
    }

    private Occur occur() {
        Kind k = peek().kind();
        if (k == Kind.NOT || k == Kind.REQUIRE) {
            Token op = take();
            if (isEndOfOperand(peek()) || peek().kind() == Kind.AND) {
                throw FieldFilters.problem("'" + op.text() + "' at character " + op.position() + " needs a word after it");
            }
            return k == Kind.NOT ? Occur.MUST_NOT : Occur.MUST;
        }
        return Occur.MUST;
    }

    private Optional<Query> primary() {
        Token t = take();
        return switch (t.kind()) {
            case LPAREN -> group(t);
            case PHRASE -> terms.phrase(t.text());
            case WORD -> FieldFilters.parse(t.text(), t.position(), narrower).or(() -> terms.word(t.text(), t.position()));
            default -> throw FieldFilters.problem("'" + t.text() + "' at character " + t.position() + " needs a word before it");
        };
    }

    private Optional<Query> group(Token open) {
        if (++depth > MAX_DEPTH) {
            throw FieldFilters.problem("parentheses nest deeper than " + MAX_DEPTH);
        }
        Optional<Query> inner = or();
        if (peek().kind() != Kind.RPAREN) {
            throw FieldFilters.problem("the '(' at character " + open.position() + " is not closed");
        }
        take();
        depth--;
        return inner.or(() -> Optional.of(new MatchNoDocsQuery("empty group")));
    }

    private void requireOperandBefore() {
        Token t = peek();
        if (t.kind() == Kind.OR || t.kind() == Kind.AND) {
            throw FieldFilters.problem("'" + t.text() + "' at character " + t.position() + " needs a word before it");
        }
    }

    private static boolean isEndOfOperand(Token t) {
        return t.kind() == Kind.OR || t.kind() == Kind.RPAREN || t.kind() == Kind.END;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }
}
