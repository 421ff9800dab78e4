package org.recourse.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.recourse.search.QueryCode;
import org.recourse.shared.InvalidInputException;

/** The {@code field:value} filters of the query language. */
public final class FieldFilters {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+):(.*)", Pattern.DOTALL);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\.\\.(\\d{4}))?");
    private static final List<String> CODED = List.of(Fields.VIOLATION, Fields.PERPETRATOR, Fields.LOCATION,
            Fields.COUNTRY, Fields.LANG);
    private static final List<String> KNOWN = List.of("violation", "perpetrator", "location", "country", "year",
            "source", "testimony", "lang");

    /** The filters whose values are vocabulary codes. */
    private static final List<String> SCHEMED = List.of("violation", "perpetrator", "location", "country");

    private FieldFilters() {
    }

    /** The vocabulary codes a query filters on; none for a query that does not parse (searching it names the problem). */
    public static List<QueryCode> codes(String query) {
        List<QueryLexer.Token> tokens;
        try {
            tokens = QueryLexer.tokens(query == null ? "" : query);
        } catch (InvalidInputException e) {
            return List.of();
        }
        List<QueryCode> codes = new ArrayList<>();
        for (QueryLexer.Token t : tokens) {
            Matcher m = FIELD.matcher(t.text());
            if (t.kind() != QueryLexer.Kind.WORD || !m.matches()) {
                continue;
            }
            String field = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (SCHEMED.contains(field)) {
                for (String v : m.group(2).split(",")) {
                    if (!v.isBlank()) {
                        codes.add(new QueryCode(field, Documents.code(v), t.position()));
                    }
                }
            }
        }
        return codes;
    }

    /** The filter a word stands for, if it has the form {@code name:value}. */
    static Optional<Query> parse(String word, int position, java.util.Map<String, java.util.Set<String>> narrower) {
        Matcher m = FIELD.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        String field = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String value = m.group(2);
        if (!KNOWN.contains(field)) {
            throw problem("unknown field '" + field + ":' at character " + position + "; use one of " + String.join(", ", KNOWN));
        }
        if (value.isBlank()) {
            throw problem(field + ": at character " + position + " needs a value right after the colon");
        }
        return Optional.of(filter(field, value, position, narrower));
    }

    private static Query filter(String field, String value, int position, java.util.Map<String, java.util.Set<String>> narrower) {
        if (field.equals("year")) {
            return years(value, position);
        }
        if (field.equals("source") || field.equals("testimony")) {
            return new TermQuery(new Term(field, value));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : value.split(",")) {
            if (!v.isBlank()) {
                String code = Documents.code(v);
                for (String c : narrower.getOrDefault(field + ":" + code, java.util.Set.of(code))) {
                    any.add(new TermQuery(new Term(CODED.get(CODED.indexOf(field)), c)), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    /** A passage matches when its year range overlaps the asked one; undated passages never do. */
    private static Query years(String value, int position) {
        Matcher m = YEARS.matcher(value);
        if (!m.matches()) {
            throw problem("year: at character " + position + " takes a year (2005) or a range (2000..2009)");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (to < from) {
            throw problem("the year range at character " + position + " ends before it starts");
        }
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(Fields.YEAR_FROM, Integer.MIN_VALUE, to), Occur.FILTER)
                .add(IntPoint.newRangeQuery(Fields.YEAR_TO, from, Integer.MAX_VALUE), Occur.FILTER)
                .build();
    }

    static InvalidInputException problem(String reason) {
        return new InvalidInputException("query", reason);
    }
}
