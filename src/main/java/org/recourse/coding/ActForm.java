package org.recourse.coding;

import java.util.List;

/**
 * An act as imported from a file, without a passage: a violation code, an optional victim
 * (person id) and the perpetrators. Passages are coded later in the reader.
 */
public record ActForm(String violation, String victimId, List<PerpetratorForm> perpetrators) {

    public ActForm {
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
    }
}
