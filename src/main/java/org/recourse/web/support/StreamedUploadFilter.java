package org.recourse.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Streams multipart uploads of original files instead of letting the servlet container spool
 * them: Tomcat (and Spring's multipart resolver) write every part above a threshold to a temp
 * file in clear, and Spring Security's CSRF check would trigger that by reading a parameter.
 * Runs before Spring Security on the attach URLs only: reads the small form fields that come
 * before the file ({@code _csrf} first, as the page's form puts it), then stops at the file
 * part and hands its stream on, so the content goes from the socket into the encryptor.
 */
public final class StreamedUploadFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = StreamedUpload.class.getName();
    /** The content type the wrapped request reports, so no multipart resolver touches the body again. */
    static final String STREAMED = "application/x-recourse-streamed-multipart";
    private static final Pattern PATHS = Pattern.compile("(/api)?/(sources|testimonies)/[^/]+/files");
    private static final int MAX_FIELDS = 10;
    private static final int MAX_FIELD_BYTES = 4096;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || !PATHS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            FileUpload upload = new FileUpload();
            upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
            FileItemIterator items = upload.getItemIterator(new ServletRequestContext(request));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (!item.isFormField()) {
                    request.setAttribute(ATTRIBUTE, new StreamedUpload(item.getFieldName(),
                            Optional.ofNullable(item.getName()), item.getContentType(), item.openStream()));
                    break;
                }
                if (fields.size() >= MAX_FIELDS) {
                    throw new FileUploadException("too many fields");
                }
                byte[] value = item.openStream().readNBytes(MAX_FIELD_BYTES + 1);
                if (value.length > MAX_FIELD_BYTES) {
                    throw new FileUploadException("a field is too long");
                }
                fields.put(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "the upload is not a well-formed multipart form");
            return;
        }
        chain.doFilter(new FieldsOnly(request, fields), response);
    }

    /** The request as seen after the fields were read: parameters from those fields, no parts left to parse. */
    private static final class FieldsOnly extends HttpServletRequestWrapper {

        private final Map<String, String> fields;

        FieldsOnly(HttpServletRequest request, Map<String, String> fields) {
            super(request);
            this.fields = fields;
        }

        @Override
        public String getContentType() {
            return STREAMED;
        }

        @Override
        public String getParameter(String name) {
            return fields.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>();
            fields.forEach((k, v) -> m.put(k, new String[] {v}));
            return m;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(fields.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return fields.containsKey(name) ? new String[] {fields.get(name)} : null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
