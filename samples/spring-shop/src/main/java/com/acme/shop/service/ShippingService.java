package com.acme.shop.service;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.Shipment;
import com.acme.shop.domain.Warehouse;
import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.domain.enums.OrderStatus;
import com.acme.shop.domain.enums.ShipmentStatus;
import com.acme.shop.dto.ShipmentDto;
import com.acme.shop.dto.ShippingQuoteDto;
import com.acme.shop.event.ShipmentDeliveredEvent;
import com.acme.shop.event.ShipmentDispatchedEvent;
import com.acme.shop.exception.InvalidOrderStateException;
import com.acme.shop.exception.ShipmentNotFoundException;
import com.acme.shop.mapper.ShipmentMapper;
import com.acme.shop.repository.ShipmentRepository;
import com.acme.shop.util.StringUtils;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels: quotes, creation at checkout, dispatch and delivery (which also move the order along).
 */
@Service
@Transactional
public class ShippingService {

    private final ShipmentRepository shipmentRepository;
    private final List<ShippingRateCalculator> calculators;
    private final InventoryService inventoryService;
    private final ShipmentMapper shipmentMapper;
    private final ShopManager shopManager;
    private final ApplicationEventPublisher events;

    public ShippingService(ShipmentRepository shipmentRepository, List<ShippingRateCalculator> calculators,
                           InventoryService inventoryService, ShipmentMapper shipmentMapper, ShopManager shopManager,
                           ApplicationEventPublisher events) {
        this.shipmentRepository = shipmentRepository;
        this.calculators = calculators;
        this.inventoryService = inventoryService;
        this.shipmentMapper = shipmentMapper;
        this.shopManager = shopManager;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ShippingQuoteDto quote(Carrier carrier, int weightGrams, boolean express, BigDecimal orderValue) {
        BigDecimal cost = calculator(express).rate(carrier, weightGrams, orderValue);
        return new ShippingQuoteDto(carrier.name(), express, weightGrams, cost, cost.signum() == 0);
    }

    public BigDecimal standardCost(Carrier carrier, int weightGrams, BigDecimal orderValue) {
        return calculator(false).rate(carrier, weightGrams, orderValue);
    }

    public Shipment createShipment(Order order, Warehouse warehouse) {
        Shipment shipment = new Shipment();
        shipment.setOrder(order);
        shipment.setWarehouse(warehouse);
        shipment.setCarrier(order.getCarrier());
        shipment.setWeightGrams(order.getTotalWeightGrams());
        shipment.setCost(order.getShippingCost());
        shipment.setShipTo(order.getShippingAddress() == null ? null : order.getShippingAddress().toSingleLine());
        return shipmentRepository.save(shipment);
    }

    public ShipmentDto dispatch(Long shipmentId) {
        Shipment shipment = find(shipmentId);
        Order order = shipment.getOrder();
        if (order.getStatus() != OrderStatus.PAID || shipment.getStatus() != ShipmentStatus.PENDING) {
            throw new InvalidOrderStateException(order.getOrderNumber(), order.getStatus(), "dispatched");
        }
        inventoryService.commitShipment(order);
        shipment.setTrackingNumber(trackingNumber(shipment));
        shipment.setStatus(ShipmentStatus.DISPATCHED);
        order.setStatus(OrderStatus.SHIPPED);
        shopManager.audit("Order", order.getOrderNumber(), "SHIPPED", shipment.getTrackingNumber());
        events.publishEvent(new ShipmentDispatchedEvent(shipment.getId(), order.getId(), shipment.getTrackingNumber()));
        return shipmentMapper.toDto(shipment);
    }

    public ShipmentDto deliver(Long shipmentId) {
        Shipment shipment = find(shipmentId);
        Order order = shipment.getOrder();
        if (shipment.getStatus() != ShipmentStatus.DISPATCHED) {
            throw new InvalidOrderStateException(order.getOrderNumber(), order.getStatus(), "delivered");
        }
        shipment.setStatus(ShipmentStatus.DELIVERED);
        order.setStatus(OrderStatus.DELIVERED);
        events.publishEvent(new ShipmentDeliveredEvent(shipment.getId(), order.getId()));
        return shipmentMapper.toDto(shipment);
    }

    public void cancelForOrder(Order order) {
        shipmentRepository.findByOrderId(order.getId())
                .filter(s -> s.getStatus() == ShipmentStatus.PENDING)
                .ifPresent(s -> s.setStatus(ShipmentStatus.CANCELLED));
    }

    @Transactional(readOnly = true)
    public ShipmentDto get(Long id) {
        return shipmentMapper.toDto(find(id));
    }

    @Transactional(readOnly = true)
    public ShipmentDto byOrder(Long orderId) {
        return shipmentRepository.findByOrderId(orderId).map(shipmentMapper::toDto)
                .orElseThrow(() -> new ShipmentNotFoundException("of order " + orderId));
    }

    static String trackingNumber(Shipment shipment) {
        return shipment.getCarrier().getTrackingPrefix()
                + StringUtils.digitsOnly(shipment.getOrder().getOrderNumber())
                + StringUtils.leftPad(String.valueOf(shipment.getId()), 6, '0');
    }

    private ShippingRateCalculator calculator(boolean express) {
        return calculators.stream().filter(c -> c.supports(express)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No rate calculator, express=" + express));
    }

    private Shipment find(Long id) {
        return shipmentRepository.findById(id).orElseThrow(() -> new ShipmentNotFoundException(id));
    }
}
