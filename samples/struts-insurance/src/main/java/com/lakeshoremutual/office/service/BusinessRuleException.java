package com.lakeshoremutual.office.service;

/**
 * A request the office rules refuse. Carries the key of the message in ApplicationResources and its arguments,
 * so that the action can show it next to the form. Unchecked: the transaction is rolled back.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
