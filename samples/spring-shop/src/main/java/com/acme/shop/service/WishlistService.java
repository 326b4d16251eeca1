package com.acme.shop.service;

import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Product;
import com.acme.shop.dto.ProductDto;
import com.acme.shop.mapper.ProductMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class WishlistService {

    private final ShopManager shopManager;
    private final ProductMapper productMapper;

    public WishlistService(ShopManager shopManager, ProductMapper productMapper) {
        this.shopManager = shopManager;
        this.productMapper = productMapper;
    }

    @Transactional(readOnly = true)
    public List<ProductDto> wishlist(Long customerId) {
        Customer customer = shopManager.findCustomer(customerId);
        return productMapper.toDtos(new ArrayList<>(customer.getWishlist()));
    }

    public List<ProductDto> add(Long customerId, Long productId) {
        Customer customer = shopManager.findCustomer(customerId);
        Product product = shopManager.findProduct(productId);
        customer.getWishlist().add(product);
        return productMapper.toDtos(new ArrayList<>(customer.getWishlist()));
    }

    public List<ProductDto> remove(Long customerId, Long productId) {
        Customer customer = shopManager.findCustomer(customerId);
        customer.getWishlist().removeIf(p -> p.getId().equals(productId));
        return productMapper.toDtos(new ArrayList<>(customer.getWishlist()));
    }
}
