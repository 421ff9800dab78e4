package org.recourse.testimony;

/** A person's consent was granted or withdrawn; everything that shows their words must look again. */
public record ConsentChanged(PersonId personId) {
}
