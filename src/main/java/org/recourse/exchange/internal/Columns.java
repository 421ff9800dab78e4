package org.recourse.exchange.internal;

import java.util.List;

/** The columns of Recourse's own incident table (one row per act) and testimony table. */
public final class Columns {

    public static final String REF = "incident_ref";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String SUMMARY = "summary";
    public static final String LOCATION_TYPE = "location_type";
    public static final String COUNTRY = "country";
    public static final String PROVINCE = "province";
    public static final String FACILITY = "facility";
    public static final String VIOLATION = "violation";
    public static final String PERPETRATORS = "perpetrators";
    public static final String VICTIM = "victim_pseudonym";

    public static final List<String> INCIDENTS = List.of(REF, TITLE, DATE, SUMMARY, LOCATION_TYPE, "location_type_label",
            COUNTRY, "country_label", PROVINCE, FACILITY, VIOLATION, "violation_label", PERPETRATORS,
            "perpetrator_labels", VICTIM, "victim_gender", "victim_age_band", "victim_occupation",
            "victim_departure_period", "victim_province");

    /** Uwazi's entity CSV: Title, then the template's property names (see docs/EXCHANGE.md). */
    public static final List<String> UWAZI = List.of("Title", DATE, "violation", "perpetrator", LOCATION_TYPE, COUNTRY,
            PROVINCE, FACILITY, SUMMARY);

    public static final List<String> TESTIMONIES = List.of(TITLE, "language", "body", "translation", "recorded_on",
            "interviewer", "speaker_pseudonym");

    private Columns() {
    }
}
