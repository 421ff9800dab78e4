package org.recourse.web.pages;

import java.util.UUID;

/** A record linked to the one shown (a corroborating incident, maybe the same person), with the decision that links them. */
record LinkedRecord(UUID decisionId, String id, String label) {
}
