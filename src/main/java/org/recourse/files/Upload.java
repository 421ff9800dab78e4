package org.recourse.files;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file arriving: its content as a stream (read once, never buffered whole), the media type
 * the client claimed (anything malformed becomes {@code application/octet-stream}), and the
 * original name if one was given (may identify someone; stored encrypted).
 */
public record Upload(InputStream content, String mediaType, Optional<String> originalName) {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");
    public static final String UNKNOWN_TYPE = "application/octet-stream";

    public Upload {
        Objects.requireNonNull(content);
        mediaType = clean(mediaType);
        originalName = originalName.map(String::strip).filter(n -> !n.isEmpty()).map(Upload::lastSegment);
    }

    private static String clean(String mediaType) {
        if (mediaType == null) {
            return UNKNOWN_TYPE;
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return MEDIA_TYPE.matcher(bare).matches() ? bare : UNKNOWN_TYPE;
    }

    /** Browsers on Windows may send a whole path; only its last part is the name. */
    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = name.substring(cut + 1);
        return last.length() > 255 ? last.substring(0, 255) : last;
    }
}
