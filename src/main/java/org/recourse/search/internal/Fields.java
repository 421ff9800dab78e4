package org.recourse.search.internal;

import java.util.List;

/** Field names of the index; the facet fields are also the query-language filter names. */
public final class Fields {

    public static final String ID = "id";
    public static final String TESTIMONY = "testimony";
    public static final String SOURCE = "source";
    public static final String LANG = "lang";
    public static final String BODY = "body";
    public static final String VIOLATION = "violation";
    public static final String PERPETRATOR = "perpetrator";
    public static final String LOCATION = "location";
    public static final String COUNTRY = "country";
    public static final String YEAR_FROM = "year_from";
    public static final String YEAR_TO = "year_to";
    public static final String SORT_YEAR = "sort_year";
    public static final String ACCESS = "access";

    /** Fields counted as facets (doc values under {@link #facet(String)}). */
    public static final List<String> FACETS = List.of(VIOLATION, PERPETRATOR, LOCATION, COUNTRY, LANG);

    private Fields() {
    }

    public static String facet(String field) {
        return "f_" + field;
    }

    /** The doc-values copy of an id field, read for the hits of a page without touching stored text. */
    public static String docValues(String field) {
        return "dv_" + field;
    }
}
