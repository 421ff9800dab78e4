package org.recourse.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.files.Attachment;
import org.recourse.files.Attachments;
import org.recourse.files.DamagedFileException;
import org.recourse.files.FileDestroyedException;
import org.recourse.files.FileTooLargeException;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.web.support.Callers;
import org.recourse.web.support.FileTransfers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Original files of a source. Upload: the raw body (its Content-Type the file's, the name
 * percent-encoded in {@code X-File-Name}, {@code ?testimony=ID} optional) or a multipart form
 * with the file last. Download: the content after it was re-hashed, as an attachment.
 */
@RestController
@RequestMapping("/api/sources/{id}/files")
class FileApi {

    private final Attachments attachments;
    private final SourceRegistry sources;
    private final TestimonyRegistry testimonies;

    FileApi(Attachments attachments, SourceRegistry sources, TestimonyRegistry testimonies) {
        this.attachments = attachments;
        this.sources = sources;
        this.testimonies = testimonies;
    }

    @GetMapping
    List<Attachment> list(@PathVariable UUID id, Authentication auth) {
        sources.get(new SourceId(id), Callers.of(auth));
        return attachments.ofSource(id, FileTransfers.seesNames(auth));
    }

    @PostMapping
    ResponseEntity<Attachment> attach(@PathVariable UUID id, HttpServletRequest request, Authentication auth)
            throws IOException {
        FileTransfers.requireAttach(auth);
        Source s = sources.get(new SourceId(id), Callers.of(auth));
        Optional<UUID> testimony = testimonyOf(s, Optional.ofNullable(request.getParameter("testimony")), auth);
        Attachment a = attachments.attach(id, testimony, FileTransfers.upload(request, attachments.maxBytes()));
        return ResponseEntity.created(URI.create("/api/sources/" + id + "/files/" + a.sha256())).body(a);
    }

    @GetMapping("/{sha256}")
    void download(@PathVariable UUID id, @PathVariable String sha256, Authentication auth, HttpServletResponse response)
            throws IOException {
        FileTransfers.requireDownload(auth);
        sources.get(new SourceId(id), Callers.of(auth));
        FileTransfers.send(attachments.open(id, sha256, FileTransfers.seesNames(auth)), response);
    }

    private Optional<UUID> testimonyOf(Source s, Optional<String> given, Authentication auth) {
        Optional<UUID> id = given.filter(g -> !g.isBlank()).map(g -> {
            try {
                return UUID.fromString(g.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("testimony", "is not a testimony id");
            }
        });
        id.ifPresent(t -> {
            if (!testimonies.get(new TestimonyId(t), Callers.of(auth)).sourceId().equals(s.id())) {
                throw new InvalidInputException("testimony", "belongs to another source");
            }
        });
        return id;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(FileTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail damaged(DamagedFileException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail destroyed(FileDestroyedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        p.setProperty("file", "destroyed");
        return p;
    }
}
