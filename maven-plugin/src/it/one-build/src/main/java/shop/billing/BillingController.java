package shop.billing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's HTTP API for billing. */
@RestController
public class BillingController {
    @GetMapping("/api/billing/health")
    public String health() {
        return "ok";
    }
}
