package org.recourse.testimony;

/** The parts a person plays in the record; one person may play several. */
public enum PersonRole {
    INTERVIEWEE, VICTIM, WITNESS, PERPETRATOR
}
