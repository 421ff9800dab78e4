package org.recourse.exchange.internal;

import java.util.List;
import java.util.Optional;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.ImportProblem;
import org.recourse.testimony.TestimonyForm;

/** An imported file after validation: the records it would store and every problem found. */
public record Parsed(List<ParsedIncident> incidents, List<ParsedTestimony> testimonies, int rows,
        List<ImportProblem> problems, int validRows) {

    /** A victim as the file names them: a pseudonym and coarse attributes. */
    public record Victim(String pseudonym, String gender, String ageBand, String occupation, String departurePeriod,
            String province) {
    }

    /** One act as read from a row. */
    public record ParsedAct(String violation, Optional<Victim> victim, List<PerpetratorForm> perpetrators) {
    }

    /** One incident, its acts and the rows it came from. */
    public record ParsedIncident(List<Integer> rows, IncidentForm form, List<ParsedAct> acts) {
    }

    /** One testimony; the speaker by pseudonym, resolved when stored. */
    public record ParsedTestimony(int row, TestimonyForm form, String speakerPseudonym) {
    }
}
