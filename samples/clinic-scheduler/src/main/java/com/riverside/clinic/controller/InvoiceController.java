package com.riverside.clinic.controller;

import com.riverside.clinic.dto.InvoiceDto;
import com.riverside.clinic.repository.RevenueReportDao;
import com.riverside.clinic.service.InvoiceService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {

    private final InvoiceService invoiceService;
    private final RevenueReportDao revenueReportDao;

    public InvoiceController(InvoiceService invoiceService, RevenueReportDao revenueReportDao) {
        this.invoiceService = invoiceService;
        this.revenueReportDao = revenueReportDao;
    }

    @GetMapping("/api/patients/{patientId}/invoices")
    public List<InvoiceDto> forPatient(@PathVariable Long patientId) {
        return invoiceService.forPatient(patientId).stream().map(InvoiceDto::from).toList();
    }

    @GetMapping("/api/invoices/{id}")
    public InvoiceDto get(@PathVariable Long id) {
        return InvoiceDto.from(invoiceService.get(id));
    }

    @PostMapping("/api/invoices/{id}/issue")
    public InvoiceDto issue(@PathVariable Long id) {
        return InvoiceDto.from(invoiceService.issue(id));
    }

    @PostMapping("/api/invoices/{id}/pay")
    public InvoiceDto pay(@PathVariable Long id) {
        return InvoiceDto.from(invoiceService.pay(id));
    }

    /** For the accountant's spreadsheet. */
    @GetMapping("/api/reports/revenue")
    public Map<String, Object> revenue(@RequestParam String period) {
        if (!period.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("period: expected yyyy-MM but was " + period);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("period", period);
        report.put("practitioners", revenueReportDao.revenueByPractitioner(period));
        report.put("unlinked", revenueReportDao.unlinkedRevenue(period));
        return report;
    }
}
