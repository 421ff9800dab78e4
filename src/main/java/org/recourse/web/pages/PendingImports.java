package org.recourse.web.pages;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.exchange.ImportOptions;
import org.recourse.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files waiting for the user's confirmation: each in a temporary file, found through a
 * random token kept in the user's own session, so one user cannot import another's upload.
 */
final class PendingImports {

    private static final String KEY = "exchange.pending";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One upload: its token, temporary file, original name and the options chosen with it. */
    record Pending(String token, Path path, String name, ImportOptions options) {
    }

    private PendingImports() {
    }

    static Pending keep(HttpSession session, MultipartFile file, ImportOptions options, long maxBytes) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "choose a file");
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInputException("file", "is larger than " + maxBytes / 1048576 + " MB and is refused");
        }
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        Path path = Files.createTempFile("recourse-import-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Pending pending = new Pending(token, path, name, options);
        pending(session).put(token, pending);
        return pending;
    }

    static Optional<Pending> take(HttpSession session, String token) {
        return Optional.ofNullable(pending(session).remove(token));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        Object found = session.getAttribute(KEY);
        if (found instanceof Map<?, ?> map) {
            return (Map<String, Pending>) map;
        }
        Map<String, Pending> created = new ConcurrentHashMap<>();
        session.setAttribute(KEY, created);
        return created;
    }
}
