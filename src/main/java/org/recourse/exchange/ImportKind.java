package org.recourse.exchange;

/** What an imported file holds, from its extension and header. */
public enum ImportKind {
    INCIDENTS, UWAZI_INCIDENTS, TESTIMONIES, TRANSCRIPT
}
