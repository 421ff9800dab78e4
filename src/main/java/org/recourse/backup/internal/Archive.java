package org.recourse.backup.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Packs the database snapshot and the files folder into one zip, and unpacks it (refusing paths that leave the folder). */
public final class Archive {

    public static final String DATABASE = "recourse.db";
    public static final String FILES = "files";

    private Archive() {
    }

    /** Returns the number of files packed besides the database. */
    public static int pack(Path zip, Path database, Path filesFolder) throws IOException {
        int count = 0;
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            add(out, DATABASE, database);
            if (Files.isDirectory(filesFolder)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(filesFolder)) {
                    files = walk.filter(Files::isRegularFile).filter(f -> !inProgress(filesFolder, f)).sorted().toList();
                }
                for (Path f : files) {
                    add(out, FILES + "/" + filesFolder.relativize(f).toString().replace('\\', '/'), f);
                    count++;
                }
            }
        }
        return count;
    }

    /** Returns the number of entries written under {@code target}. */
    public static int unpack(Path zip, Path target) throws IOException {
        int count = 0;
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path dest = root.resolve(e.getName()).normalize();
                if (!dest.startsWith(root) || e.isDirectory()) {
                    throw new IOException("the backup holds an entry outside the data folder");
                }
                Files.createDirectories(dest.getParent());
                Files.copy(in, dest);
                count++;
            }
        }
        return count;
    }

    /** Uploads still being written live under a dot-folder ({@code files/.incoming}): never part of a backup. */
    private static boolean inProgress(Path filesFolder, Path file) {
        return filesFolder.relativize(file).getName(0).toString().startsWith(".");
    }

    private static void add(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.transferTo(out);
        }
        out.closeEntry();
    }
}
