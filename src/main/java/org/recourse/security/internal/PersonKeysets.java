package org.recourse.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.recourse.security.DataKeys;

/**
 * The per-person keysets in {@code keys/persons}: {@code <id>.keyset.json} (AES-256-GCM, wrapped by
 * the master key, named {@code person-<id>} so a file moved to another person does not open), and
 * after destruction {@code <id>.destroyed}, holding only the time, so a destroyed key is never
 * silently made again and the reason a field cannot be read can be told.
 */
public final class PersonKeysets {

    static final String FOLDER = "persons";

    private final Path dir;
    private final WrappedKeysets keysets;

    public PersonKeysets(Path keysDir, MasterKey master) {
        this.dir = keysDir.resolve(FOLDER);
        this.keysets = new WrappedKeysets(dir, master);
    }

    public boolean exists(UUID person) {
        return keysets.exists(name(person));
    }

    public DataKeys open(UUID person) {
        return new TinkDataKeys(keysets.open(name(person)));
    }

    public DataKeys create(UUID person) {
        PrivateFiles.createFolder(dir);
        return new TinkDataKeys(keysets.create(name(person), "AES256_GCM"));
    }

    public Instant destroy(UUID person) {
        Optional<Instant> already = destroyedAt(person);
        Instant at = already.orElseGet(Instant::now);
        if (already.isEmpty()) {
            PrivateFiles.createFolder(dir);
            PrivateFiles.write(note(person), at.toString().getBytes(StandardCharsets.US_ASCII));
        }
        keysets.destroy(name(person));
        return at;
    }

    public Optional<Instant> destroyedAt(UUID person) {
        Path note = note(person);
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(note, StandardCharsets.US_ASCII).strip()));
        } catch (DateTimeParseException e) {
            return Optional.of(Instant.EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a destruction note in the keys folder", e);
        }
    }

    private Path note(UUID person) {
        return dir.resolve(person + ".destroyed");
    }

    private static String name(UUID person) {
        return "person-" + person;
    }
}
