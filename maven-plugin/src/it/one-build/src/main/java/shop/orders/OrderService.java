package shop.orders;

import org.springframework.stereotype.Service;
import shop.billing.BillingService;
import shop.util.Money;

/** Places orders and has them billed. */
@Service
public class OrderService {
    private final BillingService billing;

    public OrderService(BillingService billing) {
        this.billing = billing;
    }

    public Order place(String customer, long cents) {
        String invoice = billing.charge(customer, cents);
        return new Order(customer, new Money(cents), invoice);
    }
}
