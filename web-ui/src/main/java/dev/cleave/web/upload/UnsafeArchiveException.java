package dev.cleave.web.upload;

/**
 * An uploaded archive that {@link SafeUnzip} refuses: not a zip file, damaged, or unsafe to unpack (an entry
 * outside the target folder, a symbolic link, too many entries, too many bytes, a suspicious compression ratio).
 * The message names the entry and the limit and says what to do. Nothing is left in the target folder.
 */
public final class UnsafeArchiveException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsafeArchiveException(String message) {
        super(message);
    }

    public UnsafeArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
