package org.recourse.coding;

/** An incident's own fields as entered: date in FuzzyDate's written form, codes as text. */
public record IncidentForm(String title, String summary, String date, String locationType, String country, String province,
        String facility) {
}
