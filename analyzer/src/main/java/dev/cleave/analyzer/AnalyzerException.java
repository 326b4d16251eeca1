package dev.cleave.analyzer;

/**
 * An input the analysis cannot start from: a missing folder, a tree without Java sources, an unreadable
 * classpath entry. The message names the input and the fix; shells print it without a stack trace.
 */
public class AnalyzerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalyzerException(String message) {
        super(message);
    }

    public AnalyzerException(String message, Throwable cause) {
        super(message, cause);
    }
}
