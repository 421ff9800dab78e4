package org.recourse.web.pages;

import java.security.Principal;
import org.recourse.shared.NotFoundException;
import org.recourse.web.support.Jobs;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A long job's page: progress while it runs (htmx polls the status), then its result. */
@Controller
class JobPages {

    private final Jobs jobs;

    JobPages(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs/{id}")
    String page(@PathVariable String id, Principal user, Model model) {
        model.addAttribute("job", find(id, user));
        return "job";
    }

    @GetMapping("/jobs/{id}/status")
    String status(@PathVariable String id, Principal user, Model model) {
        model.addAttribute("job", find(id, user));
        return "job :: status";
    }

    @GetMapping("/jobs/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable String id, Principal user) {
        Jobs.View job = find(id, user);
        Jobs.Download file = job.result().filter(Jobs.Download.class::isInstance).map(Jobs.Download.class::cast)
                .orElseThrow(() -> new NotFoundException("download", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build()
                        .toString())
                .body(file.bytes());
    }

    private Jobs.View find(String id, Principal user) {
        return jobs.find(id, user.getName()).orElseThrow(() -> new NotFoundException("job", id));
    }
}
