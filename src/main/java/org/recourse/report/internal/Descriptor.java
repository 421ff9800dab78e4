package org.recourse.report.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coarse attributes a report may print about a person; an empty string is not printed.
 * {@code place} is a province or, once coarsened, a region ({@code placeIsRegion}).
 */
public record Descriptor(String gender, String ageBand, String occupation, String departure, String place,
        boolean placeIsRegion) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–~.]+\\s*(\\d{4})");

    Descriptor withDeparture(String d) {
        return new Descriptor(gender, ageBand, occupation, d, place, placeIsRegion);
    }

    Descriptor withPlace(String p, boolean region) {
        return new Descriptor(gender, ageBand, occupation, departure, p, region);
    }

    Descriptor withoutOccupation() {
        return new Descriptor(gender, ageBand, "", departure, place, placeIsRegion);
    }

    Descriptor withoutAgeBand() {
        return new Descriptor(gender, "", occupation, departure, place, placeIsRegion);
    }

    Descriptor withoutGender() {
        return new Descriptor("", ageBand, occupation, departure, place, placeIsRegion);
    }

    /** Widens a departure year or range to the aligned period of {@code width} years that holds it (2007 → 2005-2009). */
    static String widen(String departure, int width) {
        Matcher range = RANGE.matcher(departure);
        int from;
        int to;
        if (range.find()) {
            from = Integer.parseInt(range.group(1));
            to = Integer.parseInt(range.group(2));
        } else {
            Matcher year = YEAR.matcher(departure);
            if (!year.find()) {
                return "";
            }
            from = Integer.parseInt(year.group(1));
            to = from;
        }
        int start = Math.floorDiv(from, width) * width;
        int end = Math.max(start + width - 1, Math.floorDiv(to, width) * width + width - 1);
        return start + "-" + end;
    }

    /** Whether {@code other} shows the same thing wherever this descriptor shows something. */
    boolean sharedBy(Descriptor other) {
        return same(gender, other.gender) && same(ageBand, other.ageBand) && same(occupation, other.occupation)
                && same(departure, other.departure) && same(place, other.place);
    }

    private static boolean same(String shown, String theirs) {
        return shown.isEmpty() || shown.equalsIgnoreCase(theirs);
    }
}
