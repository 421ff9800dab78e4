package org.recourse.report.internal;

import java.util.Locale;

/** A protected descriptor in words: "a former trader in her 40s, from the north-east, who left in 2005-2009". */
public final class Descriptions {

    private Descriptions() {
    }

    public static String text(Descriptor d, Locale locale) {
        return "ko".equals(locale.getLanguage()) ? korean(d) : english(d);
    }

    private static String english(Descriptor d) {
        String female = "female".equalsIgnoreCase(d.gender()) ? "her" : "male".equalsIgnoreCase(d.gender()) ? "his" : "their";
        String noun = !d.occupation().isEmpty() ? d.occupation()
                : "female".equalsIgnoreCase(d.gender()) ? "woman" : "male".equalsIgnoreCase(d.gender()) ? "man" : "interviewee";
        StringBuilder sb = new StringBuilder(article(noun)).append(' ').append(noun);
        if (!d.ageBand().isEmpty()) {
            sb.append(" in ").append(female).append(' ').append(d.ageBand());
        }
        if (!d.place().isEmpty()) {
            sb.append(", from ").append(d.placeIsRegion() ? "the " + d.place() : d.place());
        }
        if (!d.departure().isEmpty()) {
            sb.append(", who left in ").append(d.departure());
        }
        return sb.toString();
    }

    private static String korean(Descriptor d) {
        StringBuilder sb = new StringBuilder();
        if (!d.place().isEmpty()) {
            sb.append(d.placeIsRegion() ? Regions.REGION_KO.getOrDefault(d.place(), d.place()) : d.place()).append(" 출신 ");
        }
        if (!d.ageBand().isEmpty()) {
            sb.append(d.ageBand().replace("s", "대")).append(' ');
        }
        String gender = "female".equalsIgnoreCase(d.gender()) ? "여성" : "male".equalsIgnoreCase(d.gender()) ? "남성" : "";
        sb.append(d.occupation().isEmpty() ? (gender.isEmpty() ? "구술자" : gender)
                : (gender.isEmpty() ? "" : gender + " ") + d.occupation());
        if (!d.departure().isEmpty()) {
            sb.append(" (").append(d.departure()).append("년 탈북)");
        }
        return sb.toString().strip();
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}
