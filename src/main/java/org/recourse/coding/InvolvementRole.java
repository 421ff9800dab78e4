package org.recourse.coding;

/** A perpetrator's part in an act (HURIDOCS "Involvement"). */
public enum InvolvementRole {
    DIRECT, ORDERED, COMPLICIT, FAILED_TO_ACT
}
