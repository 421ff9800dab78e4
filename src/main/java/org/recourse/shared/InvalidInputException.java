package org.recourse.shared;

import java.util.List;

/**
 * A user's input that cannot be stored, with every field that is wrong and why. The web
 * layer answers it with 422 and the reasons; nothing has been written when it is thrown.
 * Reasons name the problem, never echo the sensitive value.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder("invalid input:");
        for (FieldProblem p : problems) {
            sb.append(' ').append(p.field()).append(" (").append(p.reason()).append(')');
        }
        return sb.toString();
    }

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, String reason) {
    }
}
