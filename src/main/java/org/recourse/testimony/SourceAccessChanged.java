package org.recourse.testimony;

/** A source's restriction or named users changed; its passages must be re-tagged in the index. */
public record SourceAccessChanged(SourceId sourceId) {
}
