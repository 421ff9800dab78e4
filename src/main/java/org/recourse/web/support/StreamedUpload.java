package org.recourse.web.support;

import java.io.InputStream;
import java.util.Optional;

/** The file part of a multipart upload, still unread: the request body positioned at its content. */
public record StreamedUpload(String fieldName, Optional<String> fileName, String contentType, InputStream content) {
}
