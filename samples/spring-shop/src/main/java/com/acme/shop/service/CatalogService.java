package com.acme.shop.service;

import com.acme.shop.dto.CreateProductRequest;
import com.acme.shop.dto.PriceChangeRequest;
import com.acme.shop.dto.ProductDto;
import java.util.List;

/**
 * Products of the shop.
 */
public interface CatalogService {

    List<ProductDto> listProducts(String categorySlug);

    List<ProductDto> search(String text);

    ProductDto getProduct(Long id);

    ProductDto getProductBySku(String sku);

    ProductDto createProduct(CreateProductRequest request);

    ProductDto changePrice(Long id, PriceChangeRequest request);

    ProductDto discontinue(Long id);
}
