package com.acme.shop.web;

import com.acme.shop.dto.SalesByCategoryRow;
import com.acme.shop.dto.TopProductRow;
import com.acme.shop.repository.ReportingDao;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales reports of the back office; calls the DAO straight from the controller ("it is only SQL").
 */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final ReportingDao reportingDao;

    public ReportController(ReportingDao reportingDao) {
        this.reportingDao = reportingDao;
    }

    @GetMapping("/sales-by-category")
    public List<SalesByCategoryRow> salesByCategory() {
        return reportingDao.salesByCategory();
    }

    @GetMapping("/top-products")
    public List<TopProductRow> topProducts(@RequestParam(defaultValue = "5") int limit) {
        return reportingDao.topProducts(Math.max(1, Math.min(limit, 50)));
    }

    @GetMapping("/customer-revenue")
    public Map<String, Object> customerRevenue(@RequestParam String email) {
        BigDecimal revenue = reportingDao.revenueOfCustomer(email);
        return Map.of("email", email, "revenue", revenue);
    }
}
