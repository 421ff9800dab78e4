package org.recourse.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.recourse.files.Download;
import org.recourse.files.FileTooLargeException;
import org.recourse.files.Upload;
import org.recourse.security.Role;
import org.recourse.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The HTTP side of original files, shared by pages and API: who may attach, download and see
 * names; reading an upload (a streamed multipart part, or a raw body with the name in
 * {@code X-File-Name}); sending a download that browsers save rather than show.
 */
public final class FileTransfers {

    /** Multipart boundaries and small fields around the file. */
    private static final long ENVELOPE = 64 * 1024;
    private static final Set<String> CAN_ATTACH = Set.of(Role.ADMIN.authority(), Role.INTERVIEWER.authority());
    private static final Set<String> CAN_DOWNLOAD = Set.of(Role.ADMIN.authority(), Role.INTERVIEWER.authority(),
            Role.ANALYST.authority(), Role.PUBLISHER.authority());

    private FileTransfers() {
    }

    public static boolean canAttach(Authentication auth) {
        return has(auth, CAN_ATTACH);
    }

    public static boolean canDownload(Authentication auth) {
        return has(auth, CAN_DOWNLOAD);
    }

    public static void requireAttach(Authentication auth) {
        if (!has(auth, CAN_ATTACH)) {
            throw new AccessDeniedException("attaching files needs the administrator or interviewer role");
        }
    }

    public static void requireDownload(Authentication auth) {
        if (!has(auth, CAN_DOWNLOAD)) {
            throw new AccessDeniedException("downloading original files is not open to viewers");
        }
    }

    /** Original names may identify someone: shown to those who take and hold testimony. */
    public static boolean seesNames(Authentication auth) {
        return has(auth, CAN_ATTACH);
    }

    /**
     * The upload in this request; refuses one whose declared length is over {@code maxBytes}
     * before reading a byte.
     */
    public static Upload upload(HttpServletRequest request, long maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes + ENVELOPE) {
            throw new FileTooLargeException(maxBytes);
        }
        Object streamed = request.getAttribute(StreamedUploadFilter.ATTRIBUTE);
        if (streamed instanceof StreamedUpload s) {
            return new Upload(s.content(), s.contentType(), s.fileName());
        }
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/") || type.equals(StreamedUploadFilter.STREAMED)) {
            throw new InvalidInputException("file", "choose a file to attach");
        }
        Optional<String> name = Optional.ofNullable(request.getHeader("X-File-Name"))
                .map(n -> URLDecoder.decode(n, StandardCharsets.UTF_8));
        return new Upload(request.getInputStream(), request.getContentType(), name);
    }

    /** Sends the file as a download: never rendered, never cached, never sniffed. */
    public static void send(Download d, HttpServletResponse response) throws IOException {
        response.setContentType(d.attachment().mediaType());
        response.setContentLengthLong(d.attachment().size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(d.attachment().safeFileName(d.attachment().originalName())).build().toString());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Content-SHA256", d.attachment().sha256());
        d.content().writeTo(response.getOutputStream());
    }

    private static boolean has(Authentication auth, Set<String> authorities) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authorities.contains(a.getAuthority()));
    }
}
