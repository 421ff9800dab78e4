package org.recourse.files;

/** An upload over {@code recourse.files.max-size}: the web layer answers 413. Nothing was kept. */
public class FileTooLargeException extends RuntimeException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("the file is larger than the limit of " + maxBytes + " bytes and was refused; nothing was stored");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
