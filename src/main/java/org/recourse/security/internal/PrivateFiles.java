package org.recourse.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes key material readable by the owner only (0600, folder 0700), atomically. */
final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            if (POSIX) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the keys folder " + dir, e);
        }
    }

    static void write(Path file, byte[] content) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".new-", ".tmp");
            if (POSIX) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName() + " in the keys folder", e);
        }
    }

    /** Overwrites a file with random bytes of its length, forces them to the disk, and deletes it. */
    static void shred(Path file) {
        try {
            if (!Files.exists(file)) {
                return;
            }
            byte[] noise = new byte[(int) Math.min(Files.size(file), 1 << 20)];
            new SecureRandom().nextBytes(noise);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(noise), 0);
                ch.force(true);
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot destroy " + file.getFileName() + " in the keys folder", e);
        }
    }
}
