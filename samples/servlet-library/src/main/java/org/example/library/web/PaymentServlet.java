package org.example.library.web;

import java.io.IOException;
import java.util.Map;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.ejb.BillingFacade;
import org.example.library.exception.ValidationException;
import org.example.library.model.Money;
import org.example.library.util.JndiNames;
import org.example.library.util.JsonWriter;
import org.example.library.util.RequestUtil;
import org.example.library.util.StringUtil;
import org.example.library.util.ValidationUtil;

/** POST /api/payments (memberId, amount "3.50", method CASH|CARD): pays open fines, oldest first. */
@WebServlet(name = "PaymentServlet", urlPatterns = {"/api/payments"})
public class PaymentServlet extends AbstractJsonServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> p = RequestUtil.params(req);
        long memberId = ValidationUtil.requiredLong(p.get("memberId"), "memberId");
        Money amount;
        try {
            amount = Money.parse(ValidationUtil.required(p.get("amount"), "amount"));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ValidationException("invalid amount: " + p.get("amount"));
        }
        String method = StringUtil.toConstant(p.get("method"));
        JsonWriter w = new JsonWriter();
        lookup(JndiNames.BILLING_FACADE, BillingFacade.class).pay(memberId, amount, method).writeJson(w);
        writeCreated(resp, w);
    }
}
