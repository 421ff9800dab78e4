package org.recourse.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What arrives with an upload is cleaned before it is stored or echoed back in a header. */
class UploadTests {

    @Test
    void aMalformedOrHostileMediaTypeBecomesOctetStream() {
        assertThat(upload("audio/mpeg; charset=x").mediaType()).isEqualTo("audio/mpeg");
        assertThat(upload("Audio/MPEG").mediaType()).isEqualTo("audio/mpeg");
        assertThat(upload("text/html\r\nSet-Cookie: x=1").mediaType()).isEqualTo(Upload.UNKNOWN_TYPE);
        assertThat(upload("nonsense").mediaType()).isEqualTo(Upload.UNKNOWN_TYPE);
        assertThat(upload(null).mediaType()).isEqualTo(Upload.UNKNOWN_TYPE);
    }

    @Test
    void aWindowsPathKeepsOnlyItsLastPartAndABlankNameIsNoName() {
        Upload u = new Upload(InputStream.nullInputStream(), "audio/ogg", Optional.of("C:\\Users\\x\\fictional.ogg"));
        assertThat(u.originalName()).hasValue("fictional.ogg");
        assertThat(new Upload(InputStream.nullInputStream(), "a/b", Optional.of("  ")).originalName()).isEmpty();
    }

    @Test
    void theDownloadNameIsTheHashWithAPlainExtensionOnly() {
        Attachment a = new Attachment(UUID.randomUUID(), "ab".repeat(32), 1, "audio/ogg", UUID.randomUUID(), Optional.empty(),
                Instant.EPOCH, "admin", Optional.empty(), Optional.empty());
        assertThat(a.safeFileName(Optional.of("Fictional Name.OGG"))).isEqualTo("ab".repeat(32) + ".ogg");
        assertThat(a.safeFileName(Optional.of("x.\"; evil"))).isEqualTo("ab".repeat(32));
        assertThat(a.safeFileName(Optional.empty())).isEqualTo("ab".repeat(32));
    }

    private static Upload upload(String type) {
        return new Upload(InputStream.nullInputStream(), type, Optional.empty());
    }
}
