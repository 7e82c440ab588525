package bnlab.app.i18n;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words: the common failures by their kind (a start page listed a binary
 * lesson as "cannot be read (java.nio.charset.MalformedInputException: Input length = 1)", a bad --out folder as
 * "(NoSuchFileException: /proc/x)"), else the system's own reason, never a Java type beside it.
 */
public final class IoReasons {
    private IoReasons() {
    }

    public static String of(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof java.io.IOException)) {
            t = t.getCause(); // an UncheckedIOException's or a wrapper's cause
        }
        if (t instanceof CharacterCodingException) {
            return I18n.get("io.notUtf8");
        }
        if (t instanceof NoSuchFileException) {
            return I18n.get("io.noSuchFile");
        }
        if (t instanceof AccessDeniedException) {
            return I18n.get("io.accessDenied");
        }
        if (t instanceof FileAlreadyExistsException) {
            return I18n.get("io.inTheWay");
        }
        if (t instanceof NotDirectoryException) {
            return I18n.get("io.notFolder");
        }
        String reason = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
        return reason != null && !reason.isBlank() ? reason : I18n.get("io.unknown");
    }
}
