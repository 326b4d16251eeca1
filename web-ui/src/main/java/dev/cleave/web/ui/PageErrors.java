package dev.cleave.web.ui;

import dev.cleave.analyzer.AnalyzerException;
import dev.cleave.codegen.GenerationException;
import dev.cleave.model.ModelFormatException;
import dev.cleave.splitter.SplitException;
import dev.cleave.web.project.Editor;
import dev.cleave.web.project.ProjectNotFoundException;
import dev.cleave.web.store.StalePlanException;
import dev.cleave.web.upload.UnsafeArchiveException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/** Errors of the pages: an error page that says what went wrong and what to do; nothing saved is lost. */
@ControllerAdvice(assignableTypes = WizardController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrors {
    @ExceptionHandler(ProjectNotFoundException.class)
    String notFound(ProjectNotFoundException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(StalePlanException.class)
    String stale(StalePlanException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class, UnsafeArchiveException.class,
            ModelFormatException.class, GenerationException.class, Editor.NotAnalyzedException.class,
            MultipartException.class, SplitException.class, AnalyzerException.class})
    String badInput(Exception e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), model, response);
    }

    static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", status.getReasonPhrase());
        model.addAttribute("message", message);
        return "problem";
    }
}
