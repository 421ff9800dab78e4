package org.recourse.testimony;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.consent.*}, the organisation's policy. {@code keepIncidentFacts} (default true):
 * when a person withdraws all consent, the incidents coded from their testimonies keep their
 * passages (hidden from search and reports); when false, those passages are removed and the
 * testimonies' texts replaced by {@link #WITHDRAWN_TEXT}, leaving the incidents' own fields.
 */
@ConfigurationProperties("recourse.consent")
public record ConsentProperties(Boolean keepIncidentFacts) {

    public static final String WITHDRAWN_TEXT = "[withdrawn: the speaker withdrew consent; this text was removed]";

    public ConsentProperties {
        keepIncidentFacts = keepIncidentFacts == null || keepIncidentFacts;
    }
}
