package com.acme.travel.web;

import com.acme.travel.domain.Money;
import com.acme.travel.dto.RevenueRow;
import com.acme.travel.repository.BookingReportDao;
import com.acme.travel.repository.CustomerRepository;
import com.acme.travel.repository.TripRepository;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The home page of the back office and the revenue report behind it.
 */
@Controller
public class DashboardController {

    @Autowired
    private BookingReportDao reportDao;

    @Autowired
    private TripRepository tripRepository;

    @Autowired
    private CustomerRepository customerRepository;

    @Value("${travel.agency-name}")
    private String agencyName;

    @GetMapping("/")
    public String dashboard(Model model) {
        model.addAttribute("agencyName", agencyName);
        model.addAttribute("tripCount", tripRepository.count());
        model.addAttribute("customerCount", customerRepository.count());
        model.addAttribute("confirmedCount", reportDao.countBookings("CONFIRMED"));
        model.addAttribute("awaitingCount", reportDao.countBookings("AWAITING_PAYMENT"));
        model.addAttribute("capturedEur", Money.of(reportDao.capturedTotal("EUR"), "EUR"));
        model.addAttribute("revenue", reportDao.revenueByDestination());
        return "dashboard";
    }

    @GetMapping("/api/reports/revenue")
    @ResponseBody
    public List<RevenueRow> revenueReport() {
        return reportDao.revenueByDestination();
    }
}
