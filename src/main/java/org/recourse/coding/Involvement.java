package org.recourse.coding;

import java.util.Optional;
import org.recourse.testimony.PersonId;

/** One perpetrator of an act: a perpetrator type, optionally a recorded person, and their role. */
public record Involvement(String perpetratorType, Optional<PersonId> perpetratorId, InvolvementRole role) {
}
