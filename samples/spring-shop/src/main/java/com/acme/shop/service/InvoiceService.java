package com.acme.shop.service;

import com.acme.shop.constants.ShopConstants;
import com.acme.shop.domain.Invoice;
import com.acme.shop.domain.Order;
import com.acme.shop.dto.InvoiceDto;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.PaymentMapper;
import com.acme.shop.repository.InvoiceRepository;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class InvoiceService {

    private final InvoiceRepository invoiceRepository;
    private final PaymentMapper paymentMapper;
    private final ShopManager shopManager;

    public InvoiceService(InvoiceRepository invoiceRepository, PaymentMapper paymentMapper, ShopManager shopManager) {
        this.invoiceRepository = invoiceRepository;
        this.paymentMapper = paymentMapper;
        this.shopManager = shopManager;
    }

    public Invoice issue(Order order) {
        Invoice invoice = new Invoice();
        invoice.setInvoiceNumber(shopManager.nextReference(ShopConstants.INVOICE_PREFIX));
        invoice.setOrder(order);
        invoice.setCustomer(order.getCustomer());
        invoice.setGrossAmount(order.getTotal());
        invoice.setTaxAmount(order.getTax());
        invoice.setNetAmount(MoneyUtils.round(order.getTotal().subtract(order.getTax())));
        invoice.setIssuedOn(shopManager.today());
        invoice.setDueOn(DateUtils.dueDate(invoice.getIssuedOn(), ShopConstants.INVOICE_PAYMENT_TERM_DAYS));
        return invoiceRepository.save(invoice);
    }

    public void markPaid(Order order) {
        invoiceRepository.findByOrderId(order.getId()).ifPresent(i -> i.setPaid(true));
    }

    @Transactional(readOnly = true)
    public InvoiceDto byNumber(String invoiceNumber) {
        return invoiceRepository.findByInvoiceNumber(invoiceNumber).map(paymentMapper::toDto)
                .orElseThrow(() -> new ResourceNotFoundException("Invoice", invoiceNumber));
    }

    @Transactional(readOnly = true)
    public InvoiceDto byOrder(Long orderId) {
        return invoiceRepository.findByOrderId(orderId).map(paymentMapper::toDto)
                .orElseThrow(() -> new ResourceNotFoundException("Invoice for order", orderId));
    }
}
