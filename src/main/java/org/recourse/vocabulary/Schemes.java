package org.recourse.vocabulary;

import java.util.List;

/** The thesauri Recourse codes against. Their terms are data; the list of schemes is the code's. */
public final class Schemes {

    public static final String VIOLATION = "violation";
    public static final String PERPETRATOR = "perpetrator";
    public static final String LOCATION = "location";
    public static final String RESPONSE = "response";
    public static final String COUNTRY = "country";

    public static final List<String> ALL = List.of(VIOLATION, PERPETRATOR, LOCATION, RESPONSE, COUNTRY);

    private Schemes() {
    }
}
