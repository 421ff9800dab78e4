package org.recourse.files;

/**
 * A stored file that no longer decrypts to the content its SHA-256 names: changed, cut short
 * or swapped on disk. Carries the hash only.
 */
public class DamagedFileException extends RuntimeException {

    private final String sha256;

    public DamagedFileException(String sha256) {
        super("the stored file " + sha256 + " no longer matches its SHA-256 (it was changed or replaced on disk) "
                + "and is not served; restore it from a backup");
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }
}
