package com.acme.shop.mapper;

import com.acme.shop.domain.Invoice;
import com.acme.shop.domain.Payment;
import com.acme.shop.dto.InvoiceDto;
import com.acme.shop.dto.PaymentDto;
import org.springframework.stereotype.Component;

@Component
public class PaymentMapper {

    public PaymentDto toDto(Payment p) {
        PaymentDto dto = new PaymentDto();
        dto.setId(p.getId());
        dto.setOrderId(p.getOrder().getId());
        dto.setOrderNumber(p.getOrder().getOrderNumber());
        dto.setAmount(p.getAmount());
        dto.setMethod(p.getMethod().name());
        dto.setStatus(p.getStatus().name());
        dto.setGatewayReference(p.getGatewayReference());
        dto.setCardLast4(p.getCardLast4());
        dto.setFailureReason(p.getFailureReason());
        return dto;
    }

    public InvoiceDto toDto(Invoice i) {
        InvoiceDto dto = new InvoiceDto();
        dto.setInvoiceNumber(i.getInvoiceNumber());
        dto.setOrderNumber(i.getOrder().getOrderNumber());
        dto.setCustomerEmail(i.getCustomer().getEmail());
        dto.setNetAmount(i.getNetAmount());
        dto.setTaxAmount(i.getTaxAmount());
        dto.setGrossAmount(i.getGrossAmount());
        dto.setIssuedOn(i.getIssuedOn());
        dto.setDueOn(i.getDueOn());
        dto.setPaid(i.isPaid());
        return dto;
    }
}
