package org.recourse.exchange;

import java.util.Optional;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.ConsentUse;

/**
 * Who an export is for, which decides the consent each person in it needs: an internal export
 * needs INTERNAL_ANALYSIS; an export for a partner needs SHARING with that partner, by name.
 */
public record ExportPurpose(ConsentUse use, Optional<String> partner) {

    public ExportPurpose {
        if (use != ConsentUse.INTERNAL_ANALYSIS && use != ConsentUse.SHARING) {
            throw new IllegalArgumentException("an export is internal or for a partner");
        }
        if (use == ConsentUse.SHARING && partner.map(String::isBlank).orElse(true)) {
            throw new InvalidInputException("partner", "name the partner this export is for");
        }
        if (partner.map(p -> p.length() > 200).orElse(false)) {
            throw new InvalidInputException("partner", "is at most 200 characters");
        }
        partner = use == ConsentUse.SHARING ? partner.map(String::strip) : Optional.empty();
    }

    public static ExportPurpose internal() {
        return new ExportPurpose(ConsentUse.INTERNAL_ANALYSIS, Optional.empty());
    }

    public static ExportPurpose forPartner(String partner) {
        return new ExportPurpose(ConsentUse.SHARING, Optional.ofNullable(partner));
    }

    /** Internal when {@code partner} is empty or blank. */
    public static ExportPurpose of(Optional<String> partner) {
        return partner.filter(p -> !p.isBlank()).map(ExportPurpose::forPartner).orElseGet(ExportPurpose::internal);
    }

    /** Why persons were left out, without naming any of them. */
    public String reason() {
        return use == ConsentUse.SHARING ? "no active consent to sharing with this partner"
                : "no active consent to internal analysis";
    }
}
