package org.recourse.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.recourse.shared.InvalidInputException;

/**
 * Files named on the command line, checked before any work starts. An input file that is missing or
 * a folder is bad input (exit 1, as a bad file's content); an output path that cannot be written is a
 * usage mistake (exit 2). Output is written whole or not at all.
 */
final class CommandLineFiles {

    private CommandLineFiles() {
    }

    /** A file to read: refused, naming it, when it does not exist or is a folder. */
    static Path input(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file.toString(), "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), "no such file");
        }
        return file;
    }

    /** A file to write for {@code --option}: its folder must exist, and it must not be a folder itself. */
    static Path output(String option, String value) {
        Path file = Path.of(value);
        if (Files.isDirectory(file)) {
            throw new UsageException("--" + option + " " + value + " is a folder; name a file to write");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("--" + option + " " + value + ": there is no folder " + folder + " to write it in");
        }
        return file;
    }

    /** Writes the content of a file. */
    interface Content<T> {
        T writeTo(OutputStream out) throws Exception;
    }

    /**
     * Writes {@code FILE.part} beside the file and moves it into place only when complete, replacing a file
     * of that name (as {@code -o} does in most tools): a failure leaves no partial file and an earlier file
     * untouched.
     */
    static <T> T writeWhole(Path file, Content<T> content) throws Exception {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                result = content.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
