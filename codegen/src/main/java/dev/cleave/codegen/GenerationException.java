package dev.cleave.codegen;

/** Bad input to the generator: the message names the input at fault and how to fix it. Nothing was written. */
public class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
