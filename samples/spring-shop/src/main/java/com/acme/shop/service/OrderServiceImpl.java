package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.constants.ShopConstants;
import com.acme.shop.domain.Address;
import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Order;
import com.acme.shop.domain.OrderLine;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.domain.enums.OrderStatus;
import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderLineRequest;
import com.acme.shop.dto.PlaceOrderRequest;
import com.acme.shop.event.OrderCancelledEvent;
import com.acme.shop.event.OrderPlacedEvent;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.InvalidOrderStateException;
import com.acme.shop.exception.OrderNotFoundException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.OrderMapper;
import com.acme.shop.repository.AddressRepository;
import com.acme.shop.repository.OrderLineRepository;
import com.acme.shop.repository.OrderRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.StringUtils;
import com.acme.shop.util.ValidationUtils;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class OrderServiceImpl implements OrderService {

    private final OrderRepository orderRepository;
    private final OrderLineRepository orderLineRepository;
    private final AddressRepository addressRepository;
    private final ShopManager shopManager;
    private final InventoryService inventoryService;
    private final PaymentService paymentService;
    private final InvoiceService invoiceService;
    private final ShippingService shippingService;
    private final PriceCalculator priceCalculator;
    private final OrderMapper orderMapper;
    private final ApplicationEventPublisher events;

    public OrderServiceImpl(OrderRepository orderRepository, OrderLineRepository orderLineRepository,
                            AddressRepository addressRepository, ShopManager shopManager,
                            InventoryService inventoryService, PaymentService paymentService,
                            InvoiceService invoiceService, ShippingService shippingService,
                            PriceCalculator priceCalculator, OrderMapper orderMapper,
                            ApplicationEventPublisher events) {
        this.orderRepository = orderRepository;
        this.orderLineRepository = orderLineRepository;
        this.addressRepository = addressRepository;
        this.shopManager = shopManager;
        this.inventoryService = inventoryService;
        this.paymentService = paymentService;
        this.invoiceService = invoiceService;
        this.shippingService = shippingService;
        this.priceCalculator = priceCalculator;
        this.orderMapper = orderMapper;
        this.events = events;
    }

    @Override
    public OrderDto placeOrder(PlaceOrderRequest request) {
        Customer customer = shopManager.findCustomer(request.customerId());
        if (!customer.isActive()) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "Customer account is deactivated");
        }
        ValidationUtils.require(request.paymentMethod() != PaymentMethod.CARD || StringUtils.isNotBlank(request.cardNumber()),
                "cardNumber is required for card payments");

        Order order = new Order();
        order.setOrderNumber(shopManager.nextReference(ShopConstants.ORDER_PREFIX));
        order.setCustomer(customer);
        order.setPaymentMethod(request.paymentMethod());
        order.setCarrier(request.carrier() == null ? Carrier.DHL : request.carrier());
        order.setShippingAddress(shippingAddress(customer, request.shippingAddressId()));
        for (OrderLineRequest lineRequest : request.lines()) {
            order.addLine(reserveLine(order, lineRequest));
        }
        priceCalculator.price(order);
        order.setPlacedAt(shopManager.now());
        orderRepository.save(order);

        invoiceService.issue(order);
        paymentService.charge(order, request.cardNumber());
        shippingService.createShipment(order, inventoryService.shippingWarehouse(order));
        shopManager.audit("Order", order.getOrderNumber(), "PLACED", order.getTotal().toPlainString());
        events.publishEvent(new OrderPlacedEvent(order.getId(), order.getOrderNumber(), customer.getId()));
        return orderMapper.toDto(order);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderDto getOrder(Long id) {
        return orderMapper.toDto(find(id));
    }

    @Override
    @Transactional(readOnly = true)
    public OrderDto getOrderByNumber(String orderNumber) {
        return orderRepository.findByOrderNumber(orderNumber).map(orderMapper::toDto)
                .orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderDto> ordersOfCustomer(Long customerId) {
        shopManager.findCustomer(customerId);
        return CollectionUtils.map(orderRepository.findByCustomerIdOrderByIdAsc(customerId), orderMapper::toDto);
    }

    @Override
    public OrderDto cancel(Long id) {
        Order order = find(id);
        if (!order.getStatus().isCancellable()) {
            throw new InvalidOrderStateException(order.getOrderNumber(), order.getStatus(), "cancelled");
        }
        for (OrderLine line : order.getLines()) {
            orderLineRepository.releaseReservedStock(line.getProduct().getId(), line.getWarehouseCode(),
                    line.getQuantity());
        }
        BigDecimal refunded = paymentService.refund(order);
        shippingService.cancelForOrder(order);
        order.setStatus(OrderStatus.CANCELLED);
        shopManager.audit("Order", order.getOrderNumber(), "CANCELLED", "refunded " + refunded.toPlainString());
        events.publishEvent(new OrderCancelledEvent(order.getId(), order.getOrderNumber(),
                order.getCustomer().getId(), refunded));
        return orderMapper.toDto(order);
    }

    private OrderLine reserveLine(Order order, OrderLineRequest request) {
        ValidationUtils.requirePositive(request.quantity(), "quantity");
        ValidationUtils.require(request.quantity() <= ShopConstants.MAX_QUANTITY_PER_LINE,
                "at most " + ShopConstants.MAX_QUANTITY_PER_LINE + " per line");
        Product product = shopManager.findProduct(request.productId());
        if (!product.isSellable()) {
            throw new BusinessRuleException(ErrorCodes.PRODUCT_UNAVAILABLE, product.getSku() + " is not for sale");
        }
        OrderLine line = new OrderLine();
        line.setProduct(product);
        line.setQuantity(request.quantity());
        line.setUnitPrice(product.getPrice());
        line.setWarehouseCode(inventoryService.reserve(product, request.quantity(), order.getOrderNumber()));
        return line;
    }

    private Address shippingAddress(Customer customer, Long addressId) {
        if (addressId == null) {
            return addressRepository.findFirstByCustomerIdAndDefaultShippingTrue(customer.getId())
                    .orElse(CollectionUtils.first(customer.getAddresses()));
        }
        Address address = addressRepository.findById(addressId)
                .orElseThrow(() -> new ResourceNotFoundException("Address", addressId));
        ValidationUtils.require(address.getCustomer().getId().equals(customer.getId()), "Address of another customer");
        return address;
    }

    private Order find(Long id) {
        return orderRepository.findById(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
