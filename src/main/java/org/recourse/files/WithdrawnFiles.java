package org.recourse.files;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.recourse.audit.AuditEvent;
import org.recourse.files.internal.EncryptedFolder;
import org.recourse.files.internal.FileCopy;
import org.recourse.files.internal.FileRows;
import org.recourse.security.FileCipher;
import org.recourse.security.KeyRing;
import org.recourse.storage.DataFolder;
import org.recourse.testimony.AllConsentWithdrawn;
import org.recourse.testimony.TestimonyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person withdrew all consent: in the withdrawing transaction their attachments are marked
 * destroyed (hash, size and times stay; the encrypted name is erased) and audited by attachment
 * id. After the commit their ciphertext is removed from the files folder: everything under
 * {@code files/persons/<id>} (already unreadable once their key is destroyed), and copies under
 * the master key (attached before V35) that no other attachment reads. The removal touches files
 * only, never the database, so it cannot wait on the committing connection.
 */
@Component
class WithdrawnFiles {

    private static final Logger LOG = LoggerFactory.getLogger(WithdrawnFiles.class);

    private final EncryptedFolder folder;
    private final FileRows rows;
    private final ApplicationEventPublisher events;

    WithdrawnFiles(DataFolder data, KeyRing keys, FileRows rows, ApplicationEventPublisher events) {
        this.folder = new EncryptedFolder(data.folder("files"), new FileCipher(keys));
        this.rows = rows;
        this.events = events;
    }

    @EventListener
    void withdrawn(AllConsentWithdrawn e) {
        UUID person = e.personId().value();
        List<FileRows.Row> live = rows.liveOfPerson(person, e.testimonies().stream().map(TestimonyId::value).toList());
        for (FileRows.Row r : live) {
            rows.markDestroyed(r.id(), e.at());
            events.publishEvent(new AuditEvent("destroyed-at-withdrawal", "attachment", r.id().toString()));
        }
        List<FileCopy> unkeyed = live.stream().map(FileRows.Row::copy).filter(c -> c.person().isEmpty())
                .distinct().filter(c -> !rows.copyLive(c)).toList();
        Runnable removal = () -> remove(person, unkeyed);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    removal.run();
                }
            });
        } else {
            removal.run();
        }
    }

    /** Best effort: a copy left behind is named by {@code files verify} and cannot be opened through Recourse. */
    private void remove(UUID person, List<FileCopy> unkeyed) {
        try {
            folder.removePerson(person);
            for (FileCopy c : unkeyed) {
                folder.remove(c);
            }
        } catch (IOException | RuntimeException ex) {
            LOG.warn("could not remove every destroyed file copy of person {} from the files folder: {}", person,
                    ex.getClass().getSimpleName());
        }
    }
}
