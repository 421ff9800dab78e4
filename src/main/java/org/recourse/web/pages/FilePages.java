package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.recourse.files.Attachments;
import org.recourse.files.DamagedFileException;
import org.recourse.files.FileDestroyedException;
import org.recourse.files.FileTooLargeException;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.web.support.Callers;
import org.recourse.web.support.FileTransfers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Attaching original files to a source or testimony, and downloading them (re-hashed first). */
@Controller
class FilePages {

    private final Attachments attachments;
    private final SourceRegistry sources;
    private final TestimonyRegistry testimonies;

    FilePages(Attachments attachments, SourceRegistry sources, TestimonyRegistry testimonies) {
        this.attachments = attachments;
        this.sources = sources;
        this.testimonies = testimonies;
    }

    @PostMapping("/sources/{id}/files")
    String attachToSource(@PathVariable UUID id, HttpServletRequest request, Authentication auth) throws IOException {
        FileTransfers.requireAttach(auth);
        Source s = sources.get(new SourceId(id), Callers.of(auth));
        attachments.attach(s.id().value(), Optional.empty(), FileTransfers.upload(request, attachments.maxBytes()));
        return "redirect:/sources/" + id + "#files";
    }

    @PostMapping("/testimonies/{id}/files")
    String attachToTestimony(@PathVariable UUID id, HttpServletRequest request, Authentication auth) throws IOException {
        FileTransfers.requireAttach(auth);
        Testimony t = testimonies.get(new TestimonyId(id), Callers.of(auth));
        attachments.attach(t.sourceId().value(), Optional.of(id), FileTransfers.upload(request, attachments.maxBytes()));
        return "redirect:/testimonies/" + id + "#files";
    }

    @GetMapping("/sources/{id}/files/{sha256}")
    void download(@PathVariable UUID id, @PathVariable String sha256, Authentication auth, HttpServletResponse response)
            throws IOException {
        FileTransfers.requireDownload(auth);
        sources.get(new SourceId(id), Callers.of(auth));
        FileTransfers.send(attachments.open(id, sha256, FileTransfers.seesNames(auth)), response);
    }

    @ExceptionHandler
    ModelAndView tooLarge(FileTooLargeException e) {
        return PageErrors.page(HttpStatus.CONTENT_TOO_LARGE, "files.tooLarge", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView damaged(DamagedFileException e) {
        return PageErrors.page(HttpStatus.CONFLICT, "files.damaged", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView destroyed(FileDestroyedException e) {
        return PageErrors.page(HttpStatus.GONE, "files.destroyedTitle", e.getMessage());
    }
}
