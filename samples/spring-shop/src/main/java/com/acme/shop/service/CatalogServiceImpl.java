package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Category;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.enums.ProductStatus;
import com.acme.shop.dto.CreateProductRequest;
import com.acme.shop.dto.PriceChangeRequest;
import com.acme.shop.dto.ProductDto;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.ProductMapper;
import com.acme.shop.repository.CategoryRepository;
import com.acme.shop.repository.ProductRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.StringUtils;
import com.acme.shop.util.ValidationUtils;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class CatalogServiceImpl implements CatalogService {

    private final ProductRepository productRepository;
    private final CategoryRepository categoryRepository;
    private final ProductMapper productMapper;
    private final ShopManager shopManager;

    public CatalogServiceImpl(ProductRepository productRepository, CategoryRepository categoryRepository,
                              ProductMapper productMapper, ShopManager shopManager) {
        this.productRepository = productRepository;
        this.categoryRepository = categoryRepository;
        this.productMapper = productMapper;
        this.shopManager = shopManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductDto> listProducts(String categorySlug) {
        if (StringUtils.isBlank(categorySlug)) {
            return productMapper.toDtos(productRepository.findByStatusOrderBySkuAsc(ProductStatus.ACTIVE));
        }
        return productMapper.toDtos(productRepository.findInCategory(categorySlug, ProductStatus.ACTIVE));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductDto> search(String text) {
        return productMapper.toDtos(productRepository.search(StringUtils.defaultIfBlank(text, "").trim()));
    }

    @Override
    @Transactional(readOnly = true)
    public ProductDto getProduct(Long id) {
        return productMapper.toDto(shopManager.findProduct(id));
    }

    @Override
    @Transactional(readOnly = true)
    public ProductDto getProductBySku(String sku) {
        return productMapper.toDto(shopManager.findProductBySku(sku));
    }

    @Override
    public ProductDto createProduct(CreateProductRequest request) {
        ValidationUtils.require(ValidationUtils.isValidSku(request.sku()), "SKU must look like AB-123");
        if (productRepository.existsBySku(request.sku())) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "SKU " + request.sku() + " already exists");
        }
        Product p = new Product();
        p.setSku(request.sku());
        p.setName(request.name().trim());
        p.setDescription(StringUtils.trimToNull(request.description()));
        p.setBrand(StringUtils.trimToNull(request.brand()));
        p.setPrice(MoneyUtils.round(request.price()));
        p.setWeightGrams(request.weightGrams());
        p.setStatus(ProductStatus.ACTIVE);
        for (String slug : CollectionUtils.nullSafe(request.categories())) {
            Category c = categoryRepository.findBySlug(slug).orElseThrow(() -> new ResourceNotFoundException("Category", slug));
            p.getCategories().add(c);
        }
        Product saved = productRepository.save(p);
        shopManager.audit("Product", saved.getSku(), "CREATED", saved.getName());
        return productMapper.toDto(saved);
    }

    @Override
    public ProductDto changePrice(Long id, PriceChangeRequest request) {
        Product p = shopManager.findProduct(id);
        String old = p.getPrice().toPlainString();
        p.setPrice(MoneyUtils.round(request.price()));
        shopManager.audit("Product", p.getSku(), "PRICE_CHANGED",
                old + " -> " + p.getPrice().toPlainString() + " " + StringUtils.defaultIfBlank(request.reason(), ""));
        return productMapper.toDto(p);
    }

    @Override
    public ProductDto discontinue(Long id) {
        Product p = shopManager.findProduct(id);
        p.setStatus(ProductStatus.DISCONTINUED);
        shopManager.audit("Product", p.getSku(), "DISCONTINUED", null);
        return productMapper.toDto(p);
    }
}
