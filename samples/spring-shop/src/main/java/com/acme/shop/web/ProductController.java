package com.acme.shop.web;

import com.acme.shop.dto.CreateProductRequest;
import com.acme.shop.dto.PriceChangeRequest;
import com.acme.shop.dto.ProductDto;
import com.acme.shop.service.CatalogService;
import com.acme.shop.util.StringUtils;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private final CatalogService catalogService;

    public ProductController(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @GetMapping
    public List<ProductDto> list(@RequestParam(required = false) String category,
                                 @RequestParam(required = false) String q) {
        if (StringUtils.isNotBlank(q)) {
            return catalogService.search(q);
        }
        return catalogService.listProducts(category);
    }

    @GetMapping("/{id}")
    public ProductDto get(@PathVariable Long id) {
        return catalogService.getProduct(id);
    }

    @GetMapping("/sku/{sku}")
    public ProductDto bySku(@PathVariable String sku) {
        return catalogService.getProductBySku(sku);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ProductDto create(@Valid @RequestBody CreateProductRequest request) {
        return catalogService.createProduct(request);
    }

    @PutMapping("/{id}/price")
    public ProductDto changePrice(@PathVariable Long id, @Valid @RequestBody PriceChangeRequest request) {
        return catalogService.changePrice(id, request);
    }

    @PostMapping("/{id}/discontinue")
    public ProductDto discontinue(@PathVariable Long id) {
        return catalogService.discontinue(id);
    }
}
