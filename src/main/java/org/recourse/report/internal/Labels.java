package org.recourse.report.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words, in English or Korean ({@code org/recourse/report/report*.properties}). */
public final class Labels {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Labels(Locale locale) {
        this.locale = "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("org.recourse.report.report", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), locale).format(args);
    }
}
