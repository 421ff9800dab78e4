package org.recourse.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.audit.AuditEvent;
import org.recourse.files.internal.EncryptedFolder;
import org.recourse.files.internal.FileRows;
import org.recourse.security.DataKeys;
import org.recourse.security.FileCipher;
import org.recourse.security.KeyRing;
import org.recourse.shared.NotFoundException;
import org.recourse.storage.DataFolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Original files attached to sources: stored encrypted once per content, listed with their
 * hash for chain of custody, decrypted only after the whole file has been re-hashed. Every
 * attach and every decryption (content or name) is audited by id or hash, never by name.
 * Callers check that the source (and testimony) exist and that the user may act on them.
 */
@Service
public class Attachments {

    private final EncryptedFolder folder;
    private final FileRows rows;
    private final DataKeys dataKeys;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final long maxBytes;

    Attachments(DataFolder data, KeyRing keys, FileRows rows, DataKeys dataKeys, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, FilesProperties props) {
        this.folder = new EncryptedFolder(data.folder("files"), new FileCipher(keys));
        this.rows = rows;
        this.dataKeys = dataKeys;
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
     */
    public Attachment attach(UUID sourceId, Optional<UUID> testimonyId, Upload upload) throws IOException {
        EncryptedFolder.Written w = folder.write(upload.content(), maxBytes);
        try {
            return tx.execute(s -> record(sourceId, testimonyId, upload, w));
        } catch (RuntimeException e) {
            if (w.created() && !rows.fileKnown(w.sha256())) {
                folder.remove(w.sha256());
            }
            throw e;
        }
    }

    private Attachment record(UUID sourceId, Optional<UUID> testimonyId, Upload upload, EncryptedFolder.Written w) {
        Instant now = Instant.now();
        if (!rows.fileKnown(w.sha256())) {
            rows.insertFile(w.sha256(), w.size(), upload.mediaType(), now, actor());
            events.publishEvent(new AuditEvent("stored", "file", w.sha256()));
        }
        UUID id = UUID.randomUUID();
        String name = Base64.getEncoder().encodeToString(dataKeys.encrypt(
                upload.originalName().orElse("").getBytes(StandardCharsets.UTF_8), nameLabel(id)));
        FileRows.Row row = new FileRows.Row(id, w.sha256(), w.size(), upload.mediaType(), sourceId, testimonyId, now,
                actor(), name);
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
     * audited). The decryption for the download is audited by hash.
     *
     * @throws NotFoundException when the source has no attachment with this hash
     * @throws DamagedFileException when the stored file no longer matches its hash
     */
    public Download open(UUID sourceId, String sha256, boolean withName) {
        FileRows.Row row = Optional.of(sha256).filter(EncryptedFolder::isSha256).flatMap(s -> rows.firstOf(sourceId, s))
                .orElseThrow(() -> new NotFoundException("file", sha256));
        if (folder.verifiedSize(sha256).isEmpty()) {
            tx.executeWithoutResult(s -> events.publishEvent(new AuditEvent("refused-damaged", "file", sha256)));
            throw new DamagedFileException(sha256);
        }
        tx.executeWithoutResult(s -> events.publishEvent(new AuditEvent("decrypted", "file", sha256)));
        return new Download(views(List.of(row), withName).get(0), out -> folder.copyVerified(sha256, out));
    }

    /** Decrypts and re-hashes every stored file; names the damaged, the missing and the unknown. */
    public FileVerification verify() {
        try {
            return FileChecks.verify(folder, rows.allFiles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files folder", e);
        }
    }

    private List<Attachment> views(List<FileRows.Row> found, boolean withNames) {
        if (withNames && !found.isEmpty()) {
            tx.executeWithoutResult(s -> found.forEach(r ->
                    events.publishEvent(new AuditEvent("decrypted", "attachment-name", r.id().toString()))));
        }
        return found.stream().map(r -> view(r, withNames)).toList();
    }

    private Attachment view(FileRows.Row r, boolean withName) {
        Optional<String> name = withName ? Optional.of(new String(dataKeys.decrypt(
                Base64.getDecoder().decode(r.nameCiphertext()), nameLabel(r.id())), StandardCharsets.UTF_8))
                .filter(n -> !n.isEmpty()) : Optional.empty();
        return new Attachment(r.id(), r.sha256(), r.size(), r.mediaType(), r.sourceId(), r.testimonyId(), r.attachedAt(),
                r.attachedBy(), name);
    }

    private static byte[] nameLabel(UUID attachmentId) {
        return ("attachment name " + attachmentId).getBytes(StandardCharsets.UTF_8);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
