package org.recourse.backup;

import java.nio.file.Path;

/** What a backup holds: the database snapshot's size and the number of other files. */
public record BackupSummary(Path file, long databaseBytes, int files, long backupBytes) {
}
