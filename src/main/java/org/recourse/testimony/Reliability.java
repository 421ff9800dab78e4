package org.recourse.testimony;

/** How far the organisation trusts a source. */
public enum Reliability {
    HIGH, MEDIUM, LOW, UNKNOWN
}
