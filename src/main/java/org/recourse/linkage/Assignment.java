package org.recourse.linkage;

/** The entity (cluster) a record was put in; {@code source} is 0 for the first file, 1 for the second. */
public record Assignment(int source, String id, int cluster) {
}
