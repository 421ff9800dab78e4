package org.recourse.testimony;

/** What an interviewee may agree to, one use at a time. */
public enum ConsentUse {
    INTERNAL_ANALYSIS, QUOTATION, SHARING, PUBLICATION
}
