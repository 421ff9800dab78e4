package org.recourse.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.recourse.security.internal.PersonKeysets;

/**
 * One AES-256-GCM keyset per person, in {@code keys/persons/<id>.keyset.json}, wrapped by the
 * master key: the person's identifying fields are encrypted under it, so destroying it
 * (crypto-shredding) makes those fields unrecoverable everywhere, in the database and in every
 * backup, because backups never carry the keys folder. The associated data is the person id and
 * the field name: a ciphertext copied to another person or field does not open. Ids are plain
 * UUIDs so this module knows nothing of the records that use it.
 */
public final class PersonKeys {

    private final PersonKeysets keysets;
    private final ConcurrentMap<UUID, DataKeys> open = new ConcurrentHashMap<>();

    PersonKeys(PersonKeysets keysets) {
        this.keysets = keysets;
    }

    /**
     * Encrypts one identifying field, creating the person's keyset on their first field.
     *
     * @throws IdentityDestroyedException when the person's key was destroyed (nothing new is stored for them)
     */
    public byte[] encrypt(UUID personId, String field, byte[] plain) {
        return keys(personId, true).encrypt(plain, associatedData(personId, field));
    }

    /**
     * @throws IdentityDestroyedException when the key was destroyed, or is absent (so the data cannot be read)
     * @throws KeyException when the ciphertext was changed or belongs to another person or field
     */
    public byte[] decrypt(UUID personId, String field, byte[] ciphertext) {
        DataKeys keys = keys(personId, false);
        try {
            return keys.decrypt(ciphertext, associatedData(personId, field));
        } catch (KeyException e) {
            throw new KeyException("an identifying field does not decrypt: it was changed, or it belongs to another "
                    + "person or field; nothing was shown");
        }
    }

    /** Whether the person has a key now. */
    public boolean exists(UUID personId) {
        return keysets.exists(personId);
    }

    /** When the person's key was destroyed, if it was (the note stays in the keys folder). */
    public Optional<Instant> destroyedAt(UUID personId) {
        return keysets.destroyedAt(personId);
    }

    /**
     * Destroys the person's key: the file is overwritten with random bytes, flushed, and deleted,
     * and a note with the time is left so the key is never made again. Safe to repeat.
     */
    public synchronized Instant destroy(UUID personId) {
        open.remove(personId);
        return keysets.destroy(personId);
    }

    private DataKeys keys(UUID personId, boolean create) {
        DataKeys cached = open.get(personId);
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            Optional<Instant> destroyed = keysets.destroyedAt(personId);
            if (destroyed.isPresent()) {
                throw new IdentityDestroyedException(destroyed);
            }
            if (!keysets.exists(personId) && !create) {
                throw new IdentityDestroyedException(Optional.empty());
            }
            DataKeys keys = keysets.exists(personId) ? keysets.open(personId) : keysets.create(personId);
            open.put(personId, keys);
            return keys;
        }
    }

    static byte[] associatedData(UUID personId, String field) {
        return ("person " + personId + "\u001f" + field).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PersonKeys";
    }
}
