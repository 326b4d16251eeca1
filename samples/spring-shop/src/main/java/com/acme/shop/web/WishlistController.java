package com.acme.shop.web;

import com.acme.shop.dto.ProductDto;
import com.acme.shop.service.WishlistService;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{customerId}/wishlist")
public class WishlistController {

    private final WishlistService wishlistService;

    public WishlistController(WishlistService wishlistService) {
        this.wishlistService = wishlistService;
    }

    @GetMapping
    public List<ProductDto> get(@PathVariable Long customerId) {
        return wishlistService.wishlist(customerId);
    }

    @PutMapping("/{productId}")
    public List<ProductDto> add(@PathVariable Long customerId, @PathVariable Long productId) {
        return wishlistService.add(customerId, productId);
    }

    @DeleteMapping("/{productId}")
    public List<ProductDto> remove(@PathVariable Long customerId, @PathVariable Long productId) {
        return wishlistService.remove(customerId, productId);
    }
}
