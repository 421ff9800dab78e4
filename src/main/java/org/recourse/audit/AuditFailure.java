package org.recourse.audit;

/** The first place where the audit chain or a checkpoint does not check, and why. */
public record AuditFailure(long seq, Reason reason, String detail) {

    /** What failed; owned by the verifier, so an enum. */
    public enum Reason {
        HASH_MISMATCH("hash mismatch"),
        BROKEN_LINK("broken link"),
        MISSING_ENTRY("missing entry (gap)"),
        REORDERED("reordered"),
        HEAD_MISMATCH("chain head mismatch"),
        BAD_SIGNATURE("bad checkpoint signature"),
        CHECKPOINT_MISMATCH("checkpoint does not match the chain"),
        CHECKPOINT_BEYOND_CHAIN("checkpoint beyond the chain"),
        REVISION_MISMATCH("revision history does not match the chain"),
        IMPORT_MISMATCH("imported records do not match their import's digest");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    @Override
    public String toString() {
        return "seq " + seq + ": " + reason.text() + " (" + detail + ")";
    }
}
