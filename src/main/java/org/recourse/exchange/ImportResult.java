package org.recourse.exchange;

/** What an import stored: records (incidents or testimonies) and rows skipped as invalid. */
public record ImportResult(ImportKind kind, int stored, int skippedRows) {
}
