package org.recourse.web.pages;

import java.util.List;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;

/**
 * The reader's coding form: a selected passage (offsets as the browser counts them), the act,
 * one perpetrator, and either an existing incident or the fields of a new one.
 */
record CodePassageForm(String incidentId, String title, String date, String locationType, String country,
        String province, String facility, String part, Integer start, Integer end, String violation, String victimId,
        String perpetratorType, String perpetratorRole, String accepted) {

    /** Keys of the suggestions the coder used to fill this form. */
    List<String> acceptedKeys() {
        return accepted == null || accepted.isBlank() ? List.of() : List.of(accepted.split("\\s+"));
    }

    CodeActForm toCommand(String testimonyId, Integer storedStart, Integer storedEnd) {
        List<PerpetratorForm> perpetrators = perpetratorType == null || perpetratorType.isBlank() ? List.of()
                : List.of(new PerpetratorForm(perpetratorType, null, perpetratorRole));
        return new CodeActForm(incidentId, new IncidentForm(title, "", date, locationType, country, province, facility),
                testimonyId, part, storedStart, storedEnd, violation, victimId, perpetrators);
    }
}
