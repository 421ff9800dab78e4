package org.recourse.report.internal;

import java.util.Set;
import org.recourse.coding.Act;
import org.recourse.coding.Incident;

/**
 * One act that the report counts, with what it is counted under: the perpetrator types the
 * filter kept, and the testimonies and sources of the passages that support it (passages
 * coded on the act or on its whole incident).
 */
public record CodedAct(Incident incident, Act act, Set<String> perpetrators, Set<String> testimonies, Set<String> sources) {

    public CodedAct {
        perpetrators = Set.copyOf(perpetrators);
        testimonies = Set.copyOf(testimonies);
        sources = Set.copyOf(sources);
    }

    /** A victim's key: the recorded person, or the act itself when the victim was not recorded. */
    String victim() {
        return act.victimId().map(Object::toString).orElse("act:" + act.id());
    }
}
