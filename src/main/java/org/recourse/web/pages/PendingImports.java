package org.recourse.web.pages;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.exchange.ImportOptions;
import org.recourse.security.DataKeys;
import org.recourse.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files waiting for the user's confirmation: each in a temporary file, ENCRYPTED with
 * the data key (an import may hold testimony), found through a random token kept in the user's
 * own session, so one user cannot import another's upload. The file name stays in the session,
 * never on disk. Files of a session that ends unconfirmed are deleted with it.
 */
@Component
class PendingImports {

    private static final String KEY = "exchange.pending";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One upload: its token, encrypted temporary file, original name and the options chosen with it. */
    record Pending(String token, Path path, String name, ImportOptions options) {
    }

    private final DataKeys keys;

    PendingImports(DataKeys keys) {
        this.keys = keys;
    }

    Pending keep(HttpSession session, MultipartFile file, ImportOptions options, long maxBytes) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "choose a file");
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInputException("file", "is larger than " + maxBytes / 1048576 + " MB and is refused");
        }
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        byte[] plain;
        try (InputStream in = file.getInputStream()) {
            plain = in.readAllBytes();
        }
        Path path = Files.createTempFile("recourse-import-", ".sealed");
        Files.write(path, keys.encrypt(plain, associated(token)));
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Pending pending = new Pending(token, path, name, options);
        pending(session).put(token, pending);
        return pending;
    }

    /** The upload's content, decrypted in memory. */
    byte[] content(Pending pending) {
        try {
            return keys.decrypt(Files.readAllBytes(pending.path()), associated(pending.token()));
        } catch (IOException e) {
            throw new UncheckedIOException("a pending upload could not be read", e);
        }
    }

    Optional<Pending> take(HttpSession session, String token) {
        return Optional.ofNullable(pending(session).remove(token));
    }

    static void discard(Pending pending) {
        try {
            Files.deleteIfExists(pending.path());
        } catch (IOException e) {
            throw new UncheckedIOException("a pending upload could not be deleted", e);
        }
    }

    private static byte[] associated(String token) {
        return ("pending-import:" + token).getBytes(StandardCharsets.UTF_8);
    }

    private static PendingMap pending(HttpSession session) {
        if (session.getAttribute(KEY) instanceof PendingMap map) {
            return map;
        }
        PendingMap created = new PendingMap();
        session.setAttribute(KEY, created);
        return created;
    }

    /** The session's uploads; when the session ends, their files go too. */
    private static final class PendingMap extends ConcurrentHashMap<String, Pending> implements HttpSessionBindingListener {

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            values().forEach(PendingImports::discard);
            clear();
        }
    }
}
