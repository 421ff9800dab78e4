package org.recourse.exchange;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read an imported file: the text encoding when the user chose one (else detected),
 * whether to store only the valid rows of a file with problems, and the source that imported
 * testimonies and transcripts belong to.
 */
public record ImportOptions(Optional<Charset> charset, boolean validRowsOnly, Optional<String> sourceId) {

    public static final ImportOptions DEFAULT = new ImportOptions(Optional.empty(), false, Optional.empty());
}
