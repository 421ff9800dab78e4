package org.recourse.extraction.internal;

/** Language detection for passages marked {@code auto}: only English and Korean are told apart. */
public final class Languages {

    private Languages() {
    }

    public static String detect(String text) {
        return Hangul.dominant(text) ? "ko" : "en";
    }
}
