package org.recourse.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.audit.AuditEvent;
import org.recourse.files.internal.CopyCheck;
import org.recourse.files.internal.EncryptedFolder;
import org.recourse.files.internal.FileCopy;
import org.recourse.files.internal.FileRows;
import org.recourse.files.internal.WrittenFile;
import org.recourse.security.FileCipher;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.KeyRing;
import org.recourse.security.PersonKeys;
import org.recourse.shared.ConflictException;
import org.recourse.shared.NotFoundException;
import org.recourse.storage.DataFolder;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Original files attached to sources: stored encrypted once per content and key holder, listed
 * with their hash for chain of custody, decrypted only after the whole file has been re-hashed.
 * A file attached to a testimony whose speaker is a person is encrypted under that person's key
 * (so their withdrawal shreds it); other files under the master key. Every attach and every
 * decryption (content or name) is audited by id or hash, never by name. Callers check that the
 * source (and testimony) exist and that the user may act on them.
 */
@Service
public class Attachments {

    private final EncryptedFolder folder;
    private final FileRows rows;
    private final AttachmentNames names;
    private final PersonKeys personKeys;
    private final TestimonyRegistry testimonies;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final long maxBytes;

    Attachments(DataFolder data, KeyRing keys, FileRows rows, AttachmentNames names, TestimonyRegistry testimonies,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, FilesProperties props) {
        this.folder = new EncryptedFolder(data.folder("files"), new FileCipher(keys));
        this.rows = rows;
        this.names = names;
        this.personKeys = keys.personKeys();
        this.testimonies = testimonies;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.maxBytes = props.maxSize().toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Hashes and encrypts the upload as it streams, then records it. On any failure (too large,
     * empty, cut off, database error) no row is written and a file this call added is removed.
     *
     * @throws ConflictException when the testimony's speaker withdrew all consent (their key is destroyed); nothing is read
     */
    public Attachment attach(UUID sourceId, Optional<UUID> testimonyId, Upload upload) throws IOException {
        Optional<UUID> holder = holderOf(testimonyId);
        if (holder.flatMap(personKeys::destroyedAt).isPresent()) {
            throw speakerWithdrawn();
        }
        WrittenFile w;
        try {
            w = folder.write(upload.content(), maxBytes, holder);
        } catch (IdentityDestroyedException e) {
            throw speakerWithdrawn();
        }
        FileCopy copy = new FileCopy(w.sha256(), holder);
        try {
            return tx.execute(s -> record(sourceId, testimonyId, upload, w, holder));
        } catch (RuntimeException e) {
            if (w.created() && !rows.copyKnown(copy)) {
                folder.remove(copy);
            }
            throw e;
        }
    }

    /** The speaker of the testimony, whose key wraps files attached to it; empty for source documents. */
    private Optional<UUID> holderOf(Optional<UUID> testimonyId) {
        return testimonyId.flatMap(t -> testimonies.find(new TestimonyId(t))).flatMap(Testimony::speakerId)
                .map(PersonId::value);
    }

    private static ConflictException speakerWithdrawn() {
        return new ConflictException("the speaker of this testimony withdrew all consent and their key was destroyed: "
                + "no file can be attached to their testimonies; nothing was stored");
    }

    private Attachment record(UUID sourceId, Optional<UUID> testimonyId, Upload upload, WrittenFile w,
            Optional<UUID> holder) {
        if (holder.flatMap(personKeys::destroyedAt).isPresent()) {
            throw speakerWithdrawn(); // withdrawn while the upload streamed in: the copy is removed by the caller
        }
        Instant now = Instant.now();
        if (!rows.fileKnown(w.sha256())) {
            rows.insertFile(w.sha256(), w.size(), upload.mediaType(), now, actor());
            events.publishEvent(new AuditEvent("stored", "file", w.sha256()));
        }
        UUID id = UUID.randomUUID();
        FileRows.Row row = new FileRows.Row(id, w.sha256(), w.size(), upload.mediaType(), sourceId, testimonyId, now,
                actor(), names.seal(id, holder, upload.originalName()), holder, Optional.empty());
        rows.insertAttachment(row);
        events.publishEvent(new AuditEvent("attached", "file", w.sha256()));
        return view(row, false);
    }

    /** The source's attachments; with {@code withNames} the original names are decrypted (and that is audited). */
    public List<Attachment> ofSource(UUID sourceId, boolean withNames) {
        return views(rows.ofSource(sourceId), withNames);
    }

    public List<Attachment> ofTestimony(UUID testimonyId, boolean withNames) {
        return views(rows.ofTestimony(testimonyId), withNames);
    }

    /**
     * Re-hashes the whole file before a byte is sent; a damaged file is refused (and the refusal
     * audited). The decryption for the download is audited by hash. When the source holds the
     * same content more than once (under different keys), a copy that can still be read is served.
     *
     * @throws NotFoundException when the source has no attachment with this hash
     * @throws FileDestroyedException when the file was destroyed at a withdrawal (or its person key is gone)
     * @throws DamagedFileException when the stored file no longer matches its hash
     */
    public Download open(UUID sourceId, String sha256, boolean withName) {
        FileRows.Row row = Optional.of(sha256).filter(EncryptedFolder::isSha256)
                .flatMap(s -> rows.of(sourceId, s).stream().findFirst())
                .orElseThrow(() -> new NotFoundException("file", sha256));
        if (row.destroyedAt().isPresent()) {
            throw refusedDestroyed(row, row.destroyedAt());
        }
        CopyCheck check = folder.check(row.copy());
        if (check.keyDestroyed()) {
            throw refusedDestroyed(row, row.keyPerson().flatMap(personKeys::destroyedAt));
        }
        if (!check.intact()) {
            tx.executeWithoutResult(s -> events.publishEvent(new AuditEvent("refused-damaged", "file", sha256)));
            throw new DamagedFileException(sha256);
        }
        tx.executeWithoutResult(s -> events.publishEvent(new AuditEvent("decrypted", "file", sha256)));
        return new Download(views(List.of(row), withName).get(0), out -> folder.copyVerified(row.copy(), out));
    }

    private FileDestroyedException refusedDestroyed(FileRows.Row row, Optional<Instant> at) {
        tx.executeWithoutResult(s -> events.publishEvent(new AuditEvent("refused-destroyed", "attachment",
                row.id().toString())));
        return new FileDestroyedException(row.sha256(), at);
    }

    /** Decrypts and re-hashes every stored copy; names the damaged, the missing, the unknown and the destroyed. */
    public FileVerification verify() {
        try {
            return FileChecks.verify(folder, FileChecks.merge(rows.copyRows()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files folder", e);
        }
    }

    private List<Attachment> views(List<FileRows.Row> found, boolean withNames) {
        List<FileRows.Row> named = withNames ? found.stream().filter(r -> r.destroyedAt().isEmpty()).toList() : List.of();
        if (!named.isEmpty()) {
            tx.executeWithoutResult(s -> named.forEach(r ->
                    events.publishEvent(new AuditEvent("decrypted", "attachment-name", r.id().toString()))));
        }
        return found.stream().map(r -> view(r, withNames)).toList();
    }

    private Attachment view(FileRows.Row r, boolean withName) {
        Optional<String> name = withName && r.destroyedAt().isEmpty()
                ? names.open(r.id(), r.keyPerson(), r.nameCiphertext()) : Optional.empty();
        return new Attachment(r.id(), r.sha256(), r.size(), r.mediaType(), r.sourceId(), r.testimonyId(), r.attachedAt(),
                r.attachedBy(), name, r.destroyedAt());
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
