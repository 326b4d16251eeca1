package com.acme.shop.repository;

import com.acme.shop.domain.Product;
import com.acme.shop.domain.enums.ProductStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);

    boolean existsBySku(String sku);

    List<Product> findByStatusOrderBySkuAsc(ProductStatus status);

    @Query("select distinct p from Product p join p.categories c left join c.parent parent "
            + "where (c.slug = :slug or parent.slug = :slug) and p.status = :status order by p.sku")
    List<Product> findInCategory(@Param("slug") String slug, @Param("status") ProductStatus status);

    @Query("select p from Product p where lower(p.name) like lower(concat('%', :text, '%')) "
            + "and p.status = com.acme.shop.domain.enums.ProductStatus.ACTIVE order by p.sku")
    List<Product> search(@Param("text") String text);
}
