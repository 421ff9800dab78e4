package org.recourse.web.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A rejected form's problems in the reader's language, for templates: {@code ${@problemWords.reason(p.reason)}}.
 * The modules state their reasons in English (the API and the command line show them as they are); the pages
 * translate the common ones here and show any other reason as it was written, never nothing.
 */
@Component("problemWords")
public class ProblemWords {

    /** A reason's shape and its message; the pattern's groups are the message's arguments. */
    private record Shape(Pattern pattern, String key) {
        Shape(String regex, String key) {
            this(Pattern.compile(regex), key);
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("is required", "problem.required"),
            new Shape("is longer than (\\d+) characters", "problem.tooLong"),
            new Shape("not a date: write .*", "problem.notADate"),
            new Shape("is not a valid id", "problem.invalidId"),
            new Shape("names no (source|person|incident|testimony)", "problem.namesNo.$1"),
            new Shape("must be ko or en", "problem.language"),
            new Shape("does not match; check the time on your device", "problem.totpMismatch"),
            new Shape("does not match the new password", "problem.repeatMismatch"),
            new Shape("is required when consenting to sharing", "problem.partnerRequired"),
            new Shape("select a passage of the testimony", "problem.selectPassage"),
            new Shape("choose the source this transcript belongs to", "problem.chooseSource"),
            new Shape("the '\\(' at character (\\d+) is not closed", "problem.parenNotClosed"),
            new Shape("the quote at character (\\d+) is not closed", "problem.quoteNotClosed"),
            new Shape("is not a usable code of the (\\w+) vocabulary", "problem.unusableCode"),
            new Shape("has (\\d+) cells but the header has (\\d+) columns \\(ragged row\\)", "problem.raggedRow"),
            new Shape("list (.+) shares no case with any other list, so a log-linear model cannot estimate the number "
                    + "unseen; drop that list or use the lcmcr method", "problem.isolatedList"),
            new Shape("list (.+) shares no case with any other list: what it says about the unseen comes from the "
                    + "model, not the data", "problem.isolatedListWarning"));

    private final MessageSource messages;

    ProblemWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a form field the page knows, else the field's name as the module gave it. */
    public String field(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        return messages.getMessage("problem.field." + field, null, field, locale());
    }

    /** The reason in the reader's language when it has a known shape, else as written. */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(reason);
            if (m.matches()) {
                String key = shape.key().contains("$1") ? shape.key().replace("$1", m.group(1)) : shape.key();
                Object[] args = shape.key().contains("$1") ? new Object[0] : groups(m);
                return messages.getMessage(key, args, reason, locale());
            }
        }
        return reason;
    }

    private static Object[] groups(Matcher m) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = m.group(i + 1);
        }
        return args;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
