package org.recourse.shared;

/** How precisely a date is known. Testimony dates are often vague. */
public enum DatePrecision {
    DAY, MONTH, YEAR, RANGE, UNKNOWN
}
