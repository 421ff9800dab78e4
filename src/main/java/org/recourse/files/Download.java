package org.recourse.files;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file checked and ready to send: its attachment, and the content, decrypted and re-hashed
 * again while it is written (a file changed between the check and the send stops with
 * {@link DamagedFileException} before its last byte).
 */
public record Download(Attachment attachment, Content content) {

    /** Writes the decrypted content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
