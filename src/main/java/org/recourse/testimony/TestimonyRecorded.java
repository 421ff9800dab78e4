package org.recourse.testimony;

/** A testimony was stored; published after commit for the search index. */
public record TestimonyRecorded(TestimonyId id) {
}
