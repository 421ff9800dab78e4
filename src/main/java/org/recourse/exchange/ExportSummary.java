package org.recourse.exchange;

/**
 * What an export held and what consent kept out of it: counts and a reason, never a name.
 * Persons left out lose their place in the export (victim columns empty, their passages gone);
 * their incidents stay with their non-identifying facts.
 */
public record ExportSummary(ExportPurpose purpose, long incidents, int personsLeftOut, int passagesLeftOut) {

    public String text() {
        if (personsLeftOut == 0 && passagesLeftOut == 0) {
            return incidents + " incidents; nobody left out";
        }
        return incidents + " incidents; " + personsLeftOut + " persons and " + passagesLeftOut
                + " passages left out (" + purpose.reason() + ")";
    }
}
