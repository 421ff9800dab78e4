package org.recourse.files;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.recourse.security.DataKeys;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.PersonKeys;
import org.springframework.stereotype.Component;

/**
 * Original file names, which may identify someone ({@code <name>-interview.m4a}): encrypted
 * bound to the attachment id, under the same holder as the file's key: the speaker's key for a
 * file on their testimony (so their withdrawal shreds the name too), else the installation data
 * key. An empty ciphertext is a name erased at withdrawal.
 */
@Component
class AttachmentNames {

    private final DataKeys dataKeys;
    private final PersonKeys personKeys;

    AttachmentNames(DataKeys dataKeys, PersonKeys personKeys) {
        this.dataKeys = dataKeys;
        this.personKeys = personKeys;
    }

    String seal(UUID attachmentId, Optional<UUID> holder, Optional<String> name) {
        byte[] plain = name.orElse("").getBytes(StandardCharsets.UTF_8);
        byte[] sealed = holder.isPresent() ? personKeys.encrypt(holder.get(), label(attachmentId), plain)
                : dataKeys.encrypt(plain, label(attachmentId).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(sealed);
    }

    /** The name, or empty when none was given, it was erased, or the person's key is destroyed. */
    Optional<String> open(UUID attachmentId, Optional<UUID> holder, String ciphertext) {
        if (ciphertext.isEmpty()) {
            return Optional.empty();
        }
        byte[] sealed = Base64.getDecoder().decode(ciphertext);
        try {
            byte[] plain = holder.isPresent() ? personKeys.decrypt(holder.get(), label(attachmentId), sealed)
                    : dataKeys.decrypt(sealed, label(attachmentId).getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(plain, StandardCharsets.UTF_8)).filter(n -> !n.isEmpty());
        } catch (IdentityDestroyedException e) {
            return Optional.empty();
        }
    }

    private static String label(UUID attachmentId) {
        return "attachment name " + attachmentId;
    }
}
