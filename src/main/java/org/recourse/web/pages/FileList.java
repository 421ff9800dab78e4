package org.recourse.web.pages;

import java.util.List;
import org.recourse.files.Attachment;
import org.recourse.testimony.SourceId;
import org.recourse.web.support.FileTransfers;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** The model of the {@code files} fragment: the attachments, where to upload, and what this role may do. */
final class FileList {

    private FileList() {
    }

    static void add(Model model, Authentication auth, SourceId source, List<Attachment> attachments, String uploadPath) {
        model.addAttribute("attachments", attachments);
        model.addAttribute("filesSource", source.value());
        model.addAttribute("filesUpload", uploadPath);
        model.addAttribute("canAttach", FileTransfers.canAttach(auth));
        model.addAttribute("canDownload", FileTransfers.canDownload(auth));
        model.addAttribute("seesNames", FileTransfers.seesNames(auth));
    }
}
