package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Category;
import com.acme.shop.dto.CategoryDto;
import com.acme.shop.dto.CreateCategoryRequest;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.ProductMapper;
import com.acme.shop.repository.CategoryRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.StringUtils;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class CategoryService {

    private final CategoryRepository categoryRepository;
    private final ProductMapper productMapper;

    public CategoryService(CategoryRepository categoryRepository, ProductMapper productMapper) {
        this.categoryRepository = categoryRepository;
        this.productMapper = productMapper;
    }

    @Transactional(readOnly = true)
    public List<CategoryDto> listCategories() {
        return CollectionUtils.map(categoryRepository.findAllByOrderBySlugAsc(), productMapper::toDto);
    }

    public CategoryDto create(CreateCategoryRequest request) {
        String slug = StringUtils.slugify(request.name());
        if (categoryRepository.findBySlug(slug).isPresent()) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "Category " + slug + " exists");
        }
        Category c = new Category();
        c.setName(request.name().trim());
        c.setSlug(slug);
        c.setDescription(request.description());
        if (StringUtils.isNotBlank(request.parentSlug())) {
            c.setParent(categoryRepository.findBySlug(request.parentSlug())
                    .orElseThrow(() -> new ResourceNotFoundException("Category", request.parentSlug())));
        }
        return productMapper.toDto(categoryRepository.save(c));
    }
}
