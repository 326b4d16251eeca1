package org.harbourcity.permits.dto;

import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/**
 * The JSON body of every error answer: {"code": "...", "message": "...", "errors": [...]}.
 */
@JsonbPropertyOrder({"code", "message", "errors"})
public class ErrorView {

    private String code;
    private String message;
    private List<String> errors;

    public ErrorView() {
    }

    public ErrorView(String code, String message, List<String> errors) {
        this.code = code;
        this.message = message;
        this.errors = errors;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public List<String> getErrors() {
        return errors;
    }
}
