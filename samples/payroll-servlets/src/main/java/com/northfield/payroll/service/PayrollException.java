package com.northfield.payroll.service;

/** A payroll run that must not go ahead; the message is shown to the payroll officer as it is. */
public class PayrollException extends Exception {

    private static final long serialVersionUID = 1L;

    public PayrollException(String message) {
        super(message);
    }
}
