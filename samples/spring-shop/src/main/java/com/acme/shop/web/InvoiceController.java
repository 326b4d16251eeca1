package com.acme.shop.web;

import com.acme.shop.dto.InvoiceDto;
import com.acme.shop.service.InvoiceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    private final InvoiceService invoiceService;

    public InvoiceController(InvoiceService invoiceService) {
        this.invoiceService = invoiceService;
    }

    @GetMapping("/{invoiceNumber}")
    public InvoiceDto get(@PathVariable String invoiceNumber) {
        return invoiceService.byNumber(invoiceNumber);
    }

    @GetMapping
    public InvoiceDto ofOrder(@RequestParam Long orderId) {
        return invoiceService.byOrder(orderId);
    }
}
