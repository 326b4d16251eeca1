package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.constants.ShopConstants;
import com.acme.shop.domain.Order;
import com.acme.shop.domain.OrderLine;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.StockItem;
import com.acme.shop.domain.StockMovement;
import com.acme.shop.domain.Warehouse;
import com.acme.shop.domain.enums.MovementType;
import com.acme.shop.dto.StockAdjustmentRequest;
import com.acme.shop.dto.StockAvailabilityDto;
import com.acme.shop.dto.StockItemDto;
import com.acme.shop.event.StockLowEvent;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.OutOfStockException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.InventoryMapper;
import com.acme.shop.repository.InventoryJdbcDao;
import com.acme.shop.repository.StockItemRepository;
import com.acme.shop.repository.StockMovementRepository;
import com.acme.shop.repository.WarehouseRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.StringUtils;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class InventoryServiceImpl implements InventoryService {

    private final StockItemRepository stockItemRepository;
    private final WarehouseRepository warehouseRepository;
    private final StockMovementRepository movementRepository;
    private final InventoryJdbcDao inventoryJdbcDao;
    private final InventoryMapper inventoryMapper;
    private final ShopManager shopManager;
    private final ApplicationEventPublisher events;

    public InventoryServiceImpl(StockItemRepository stockItemRepository, WarehouseRepository warehouseRepository,
                                StockMovementRepository movementRepository, InventoryJdbcDao inventoryJdbcDao,
                                InventoryMapper inventoryMapper, ShopManager shopManager,
                                ApplicationEventPublisher events) {
        this.stockItemRepository = stockItemRepository;
        this.warehouseRepository = warehouseRepository;
        this.movementRepository = movementRepository;
        this.inventoryJdbcDao = inventoryJdbcDao;
        this.inventoryMapper = inventoryMapper;
        this.shopManager = shopManager;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public StockAvailabilityDto availability(Long productId) {
        Product product = shopManager.findProduct(productId);
        List<StockItem> items = stockItemRepository.findActiveByProduct(productId);
        int onHand = items.stream().mapToInt(StockItem::getQuantityOnHand).sum();
        int reserved = items.stream().mapToInt(StockItem::getQuantityReserved).sum();
        return new StockAvailabilityDto(productId, product.getSku(), onHand, reserved, onHand - reserved,
                onHand - reserved > 0);
    }

    @Override
    public String reserve(Product product, int quantity, String reference) {
        List<StockItem> items = stockItemRepository.findActiveByProduct(product.getId());
        StockItem best = items.stream()
                .filter(s -> s.getAvailable() >= quantity)
                .max(Comparator.comparingInt(StockItem::getAvailable))
                .orElseThrow(() -> new OutOfStockException(product.getSku(), quantity,
                        items.stream().mapToInt(StockItem::getAvailable).max().orElse(0)));
        best.setQuantityReserved(best.getQuantityReserved() + quantity);
        record(best, MovementType.RESERVATION, quantity, reference);
        checkReorderLevel(best);
        return best.getWarehouse().getCode();
    }

    @Override
    public void commitShipment(Order order) {
        for (OrderLine line : order.getLines()) {
            StockItem item = stockItemRepository
                    .findByProductIdAndWarehouseCode(line.getProduct().getId(), line.getWarehouseCode())
                    .orElseThrow(() -> new ResourceNotFoundException("StockItem", line.getProduct().getSku()));
            item.setQuantityOnHand(item.getQuantityOnHand() - line.getQuantity());
            item.setQuantityReserved(item.getQuantityReserved() - line.getQuantity());
            record(item, MovementType.SHIPMENT, line.getQuantity(), order.getOrderNumber());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Warehouse shippingWarehouse(Order order) {
        String code = CollectionUtils.first(order.getLines()).getWarehouseCode();
        return warehouse(code);
    }

    @Override
    public StockItemDto adjust(StockAdjustmentRequest request) {
        Product product = shopManager.findProduct(request.productId());
        Warehouse warehouse = warehouse(request.warehouseCode());
        StockItem item = stockItemRepository.findByProductIdAndWarehouseCode(product.getId(), warehouse.getCode())
                .orElseGet(() -> newStockItem(product, warehouse));
        int onHand = item.getQuantityOnHand() + request.delta();
        if (onHand < item.getQuantityReserved()) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED,
                    "Adjustment would leave less on hand than reserved for " + product.getSku());
        }
        item.setQuantityOnHand(onHand);
        MovementType type = request.delta() > 0 ? MovementType.RECEIPT : MovementType.ADJUSTMENT;
        String reason = StringUtils.defaultIfBlank(request.reason(), "manual");
        record(item, type, request.delta(), reason);
        inventoryJdbcDao.audit(product.getSku() + "@" + warehouse.getCode(), type.name(),
                request.delta() + " (" + reason + ")", shopManager.now());
        checkReorderLevel(item);
        return inventoryMapper.toDto(item);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockItemDto> stockOfWarehouse(String warehouseCode) {
        warehouse(warehouseCode);
        return CollectionUtils.map(stockItemRepository.findByWarehouseCodeOrderByProductSkuAsc(warehouseCode),
                inventoryMapper::toDto);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockItemDto> lowStock() {
        return CollectionUtils.map(stockItemRepository.findBelowReorderLevel(), inventoryMapper::toDto);
    }

    private Warehouse warehouse(String code) {
        return warehouseRepository.findByCode(code).orElseThrow(() -> new ResourceNotFoundException("Warehouse", code));
    }

    private StockItem newStockItem(Product product, Warehouse warehouse) {
        StockItem item = new StockItem();
        item.setProduct(product);
        item.setWarehouse(warehouse);
        item.setReorderLevel(ShopConstants.DEFAULT_REORDER_LEVEL);
        return stockItemRepository.save(item);
    }

    private void record(StockItem item, MovementType type, int quantity, String reference) {
        StockMovement movement = new StockMovement();
        movement.setStockItem(item);
        movement.setType(type);
        movement.setQuantity(quantity);
        movement.setReference(reference);
        movementRepository.save(movement);
    }

    private void checkReorderLevel(StockItem item) {
        if (item.isBelowReorderLevel()) {
            events.publishEvent(new StockLowEvent(item.getProduct().getSku(), item.getWarehouse().getCode(),
                    item.getAvailable()));
        }
    }
}
