package com.acme.shop.exception;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.enums.OrderStatus;

/**
 * An order transition that its current status does not allow (HTTP 409).
 */
public class InvalidOrderStateException extends BusinessRuleException {

    public InvalidOrderStateException(String orderNumber, OrderStatus status, String action) {
        super(ErrorCodes.INVALID_ORDER_STATE, "Order " + orderNumber + " is " + status + " and cannot be " + action);
    }
}
