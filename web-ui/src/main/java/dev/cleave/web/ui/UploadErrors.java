package dev.cleave.web.ui;

import dev.cleave.web.WizardProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit fails while the request is read, before any controller is chosen; this advice
 * applies to every handler so the user still gets a page that says what to do (HTTP 413).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadErrors {
    private final WizardProperties properties;

    public UploadErrors(WizardProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, Model model, HttpServletResponse response) {
        long mib = properties.uploadLimit().toMegabytes();
        return PageErrors.page(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger than " + mib + " MB: zip only"
                + " the sources (no build output, no .git), or start the wizard with --cleave.upload-limit=<size>",
                model, response);
    }
}
