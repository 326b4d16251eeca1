package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Cart;
import com.acme.shop.domain.CartItem;
import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.enums.CartStatus;
import com.acme.shop.dto.AddCartItemRequest;
import com.acme.shop.dto.CartDto;
import com.acme.shop.dto.StockAvailabilityDto;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.OutOfStockException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.OrderMapper;
import com.acme.shop.repository.CartRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class CartService {

    private final CartRepository cartRepository;
    private final ShopManager shopManager;
    private final InventoryService inventoryService;
    private final OrderMapper orderMapper;

    public CartService(CartRepository cartRepository, ShopManager shopManager, InventoryService inventoryService,
                       OrderMapper orderMapper) {
        this.cartRepository = cartRepository;
        this.shopManager = shopManager;
        this.inventoryService = inventoryService;
        this.orderMapper = orderMapper;
    }

    public CartDto create(Long customerId) {
        Customer customer = shopManager.findCustomer(customerId);
        Cart cart = new Cart();
        cart.setCustomer(customer);
        return orderMapper.toDto(cartRepository.save(cart));
    }

    @Transactional(readOnly = true)
    public CartDto get(Long cartId) {
        return orderMapper.toDto(find(cartId));
    }

    public CartDto addItem(Long cartId, AddCartItemRequest request) {
        Cart cart = openCart(cartId);
        Product product = shopManager.findProduct(request.productId());
        if (!product.isSellable()) {
            throw new BusinessRuleException(ErrorCodes.PRODUCT_UNAVAILABLE, product.getSku() + " is not for sale");
        }
        CartItem item = cart.findItem(product.getId()).orElseGet(() -> {
            CartItem created = new CartItem();
            created.setProduct(product);
            cart.addItem(created);
            return created;
        });
        int wanted = item.getQuantity() + request.quantity();
        StockAvailabilityDto stock = inventoryService.availability(product.getId());
        if (stock.available() < wanted) {
            throw new OutOfStockException(product.getSku(), wanted, stock.available());
        }
        item.setQuantity(wanted);
        return orderMapper.toDto(cartRepository.save(cart));
    }

    public CartDto removeItem(Long cartId, Long productId) {
        Cart cart = openCart(cartId);
        cart.getItems().removeIf(i -> i.getProduct().getId().equals(productId));
        return orderMapper.toDto(cart);
    }

    Cart openCart(Long cartId) {
        Cart cart = find(cartId);
        if (cart.getStatus() != CartStatus.OPEN) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "Cart " + cartId + " is " + cart.getStatus());
        }
        return cart;
    }

    private Cart find(Long cartId) {
        return cartRepository.findById(cartId).orElseThrow(() -> new ResourceNotFoundException("Cart", cartId));
    }
}
