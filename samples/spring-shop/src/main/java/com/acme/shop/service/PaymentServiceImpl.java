package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Order;
import com.acme.shop.domain.Payment;
import com.acme.shop.domain.enums.OrderStatus;
import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.domain.enums.PaymentStatus;
import com.acme.shop.dto.GatewayResponse;
import com.acme.shop.dto.PaymentDto;
import com.acme.shop.event.PaymentCapturedEvent;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.PaymentDeclinedException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.PaymentMapper;
import com.acme.shop.repository.PaymentRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.StringUtils;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class PaymentServiceImpl implements PaymentService {

    private final PaymentRepository paymentRepository;
    private final List<PaymentGateway> gateways;
    private final InvoiceService invoiceService;
    private final PaymentMapper paymentMapper;
    private final ShopManager shopManager;
    private final ApplicationEventPublisher events;

    public PaymentServiceImpl(PaymentRepository paymentRepository, List<PaymentGateway> gateways,
                              InvoiceService invoiceService, PaymentMapper paymentMapper, ShopManager shopManager,
                              ApplicationEventPublisher events) {
        this.paymentRepository = paymentRepository;
        this.gateways = gateways;
        this.invoiceService = invoiceService;
        this.paymentMapper = paymentMapper;
        this.shopManager = shopManager;
        this.events = events;
    }

    @Override
    public Payment charge(Order order, String cardNumber) {
        PaymentMethod method = order.getPaymentMethod();
        GatewayResponse response = gateway(method).authorize(order.getOrderNumber(), order.getTotal(), cardNumber);
        if (!response.approved()) {
            throw new PaymentDeclinedException(response.declineReason());
        }
        Payment payment = new Payment();
        payment.setOrder(order);
        payment.setAmount(order.getTotal());
        payment.setMethod(method);
        payment.setGatewayReference(response.reference());
        if (method == PaymentMethod.CARD) {
            payment.setCardLast4(StringUtils.lastChars(StringUtils.digitsOnly(cardNumber), 4));
        }
        payment.setStatus(response.pending() ? PaymentStatus.PENDING : PaymentStatus.CAPTURED);
        paymentRepository.save(payment);
        if (payment.getStatus() == PaymentStatus.CAPTURED) {
            captured(payment);
        }
        return payment;
    }

    @Override
    public PaymentDto capture(Long paymentId) {
        Payment payment = find(paymentId);
        if (payment.getStatus() != PaymentStatus.PENDING) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED,
                    "Payment " + paymentId + " is " + payment.getStatus() + ", only PENDING can be captured");
        }
        if (payment.getOrder().getStatus() == OrderStatus.CANCELLED) {
            throw new BusinessRuleException(ErrorCodes.INVALID_ORDER_STATE, "Order was cancelled");
        }
        payment.setStatus(PaymentStatus.CAPTURED);
        captured(payment);
        return paymentMapper.toDto(payment);
    }

    @Override
    public BigDecimal refund(Order order) {
        BigDecimal refunded = MoneyUtils.ZERO;
        for (Payment payment : paymentRepository.findByOrderIdOrderByIdAsc(order.getId())) {
            if (payment.getStatus() == PaymentStatus.CAPTURED) {
                gateway(payment.getMethod()).refund(payment.getGatewayReference(), payment.getAmount());
                payment.setStatus(PaymentStatus.REFUNDED);
                refunded = refunded.add(payment.getAmount());
                shopManager.audit("Payment", payment.getId(), "REFUNDED", payment.getAmount().toPlainString());
            } else if (payment.getStatus() == PaymentStatus.PENDING) {
                payment.setStatus(PaymentStatus.DECLINED);
                payment.setFailureReason("order cancelled");
            }
        }
        return refunded;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentDto> paymentsOfOrder(Long orderId) {
        return CollectionUtils.map(paymentRepository.findByOrderIdOrderByIdAsc(orderId), paymentMapper::toDto);
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentDto getPayment(Long id) {
        return paymentMapper.toDto(find(id));
    }

    private void captured(Payment payment) {
        Order order = payment.getOrder();
        order.setStatus(OrderStatus.PAID);
        invoiceService.markPaid(order);
        shopManager.audit("Payment", payment.getId(), "CAPTURED", payment.getAmount().toPlainString());
        events.publishEvent(new PaymentCapturedEvent(payment.getId(), order.getId(), order.getCustomer().getId(),
                payment.getAmount()));
    }

    private Payment find(Long id) {
        return paymentRepository.findById(id).orElseThrow(() -> new ResourceNotFoundException("Payment", id));
    }

    private PaymentGateway gateway(PaymentMethod method) {
        return gateways.stream().filter(g -> g.supports(method)).findFirst()
                .orElseThrow(() -> new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "No gateway for " + method));
    }
}
