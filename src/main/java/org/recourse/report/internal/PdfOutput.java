package org.recourse.report.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders the XHTML report to PDF with openhtmltopdf, embedding the NanumGothic font the
 * application ships (SIL OFL) so Korean renders without any font installed on the machine,
 * and drawing the inline SVG charts through Batik.
 */
public final class PdfOutput {

    static final String FONT = "/static/fonts/NanumGothic.ttf";
    /** Liberation Sans (SIL OFL 1.1), as PDFBox itself ships it. */
    static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfOutput() {
    }

    public static void write(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT), "NanumGothic");
            builder.useFont(() -> font(LATIN_FONT), "LiberationSans");
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    private static InputStream font(String resource) {
        InputStream in = PdfOutput.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("a report font is missing from the application: " + resource);
        }
        return in;
    }
}
