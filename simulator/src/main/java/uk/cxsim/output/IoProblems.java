package uk.cxsim.output;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words: Java's file errors often carry only the path (an {@code
 * AccessDeniedException}'s message is the file's name), which reads as no reason at all after "cannot write".
 */
public final class IoProblems {
    private IoProblems() {
    }

    /** The reason, then the file it concerns in brackets where Java names one. */
    public static String describe(Exception e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : " (" + f.getFile() + ")";
            if (f instanceof AccessDeniedException) {
                return "permission denied" + file;
            }
            if (f instanceof NoSuchFileException) {
                return "no such file or folder, or none can be made there" + file;
            }
            if (f instanceof FileAlreadyExistsException) {
                return "it already exists" + file;
            }
            if (f instanceof NotDirectoryException) {
                return "not a folder" + file;
            }
            if (f instanceof DirectoryNotEmptyException) {
                return "the folder is not empty" + file;
            }
            if (f.getReason() != null) {
                return f.getReason() + file;
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
