package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.constants.SettingKeys;
import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.Review;
import com.acme.shop.dto.CreateReviewRequest;
import com.acme.shop.dto.ReviewDto;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.mapper.ProductMapper;
import com.acme.shop.repository.OrderRepository;
import com.acme.shop.repository.ReviewRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.StringUtils;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product reviews. Only customers who bought the product may review it (checked against orders).
 */
@Service
@Transactional
public class ReviewService {

    private final ReviewRepository reviewRepository;
    private final OrderRepository orderRepository;
    private final ShopManager shopManager;
    private final ProductMapper productMapper;

    public ReviewService(ReviewRepository reviewRepository, OrderRepository orderRepository, ShopManager shopManager,
                         ProductMapper productMapper) {
        this.reviewRepository = reviewRepository;
        this.orderRepository = orderRepository;
        this.shopManager = shopManager;
        this.productMapper = productMapper;
    }

    @Transactional(readOnly = true)
    public List<ReviewDto> reviewsOf(Long productId) {
        shopManager.findProduct(productId);
        return CollectionUtils.map(reviewRepository.findByProductIdOrderByIdAsc(productId), productMapper::toDto);
    }

    public ReviewDto addReview(Long productId, CreateReviewRequest request) {
        Product product = shopManager.findProduct(productId);
        Customer customer = shopManager.findCustomer(request.customerId());
        if (shopManager.isEnabled(SettingKeys.REVIEWS_REQUIRE_PURCHASE)
                && !orderRepository.hasPurchased(customer.getId(), productId)) {
            throw new BusinessRuleException(ErrorCodes.REVIEW_NOT_ALLOWED,
                    "Only customers who bought " + product.getSku() + " can review it");
        }
        if (reviewRepository.existsByProductIdAndCustomerId(productId, customer.getId())) {
            throw new BusinessRuleException(ErrorCodes.REVIEW_NOT_ALLOWED, "Already reviewed");
        }
        Review review = new Review();
        review.setProduct(product);
        review.setCustomer(customer);
        review.setRating(request.rating());
        review.setComment(StringUtils.trimToNull(request.comment()));
        return productMapper.toDto(reviewRepository.save(review));
    }
}
