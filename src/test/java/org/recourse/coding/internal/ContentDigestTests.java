package org.recourse.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDigestTests {

    private static void fictionalIncident(ContentDigest d, String title) {
        d.incident("0b6f3c1e-1d2a-4c55-9a43-5f0e8f1d2c3b", title, "", "YEAR", "2004-01-01", "2004-12-31", "market",
                "north_korea", "", "").act("1c7e4d2f-2e3b-4d66-8b54-6a1f9a2e3d4c", "rape", null)
                .involvement(0, "police", null, "DIRECT");
    }

    @Test
    void anImportAddingLeavesWithoutTheirHexGetsTheDigestVerificationRecomputes() {
        // The import's own path (addIncident, ASCII lines through a reused buffer) and verification's
        // (endIncident) must hash the same bytes, for ASCII and for Korean text.
        ContentDigest imported = new ContentDigest();
        ContentDigest verified = new ContentDigest();
        for (String title : new String[] {"FICTIONAL night summons", "FICTIONAL 보위부 조사 (fictional)",
            "FICTIONAL a longer title " + "x".repeat(600)}) {
            fictionalIncident(imported, title);
            imported.addIncident();
            fictionalIncident(verified, title);
            verified.endIncident();
        }
        assertThat(imported.digest()).isEqualTo(verified.digest());
    }

    @Test
    void aChangedFieldChangesTheDigest() {
        ContentDigest a = new ContentDigest();
        fictionalIncident(a, "FICTIONAL night summons");
        a.addIncident();
        ContentDigest b = new ContentDigest();
        fictionalIncident(b, "FICTIONAL night summonz");
        b.addIncident();
        assertThat(a.digest()).isNotEqualTo(b.digest());
    }
}
