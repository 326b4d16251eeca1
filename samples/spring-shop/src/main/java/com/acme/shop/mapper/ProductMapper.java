package com.acme.shop.mapper;

import com.acme.shop.domain.Category;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.Review;
import com.acme.shop.dto.CategoryDto;
import com.acme.shop.dto.ProductDto;
import com.acme.shop.dto.ReviewDto;
import com.acme.shop.util.CollectionUtils;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class ProductMapper {

    public ProductDto toDto(Product p) {
        List<String> categories = CollectionUtils.map(p.getCategories(), Category::getSlug);
        return new ProductDto(p.getId(), p.getSku(), p.getName(), p.getDescription(), p.getBrand(), p.getPrice(),
                p.getWeightGrams(), p.getStatus().name(), categories);
    }

    public List<ProductDto> toDtos(List<Product> products) {
        return CollectionUtils.map(products, this::toDto);
    }

    public CategoryDto toDto(Category c) {
        return new CategoryDto(c.getId(), c.getName(), c.getSlug(), c.getParent() == null ? null : c.getParent().getSlug());
    }

    public ReviewDto toDto(Review r) {
        String author = r.getCustomer().getFirstName() + " " + r.getCustomer().getLastName().charAt(0) + ".";
        return new ReviewDto(r.getId(), r.getProduct().getId(), author, r.getRating(), r.getComment());
    }
}
