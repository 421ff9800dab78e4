package org.recourse.backup;

import java.nio.file.Path;

/** What a restore wrote, and when the backup was made (from its signed header). */
public record RestoreSummary(Path target, int entries, String backupCreated, String masterKeyId) {
}
