package com.acme.shop.legacy;

import com.acme.shop.domain.Product;
import com.acme.shop.dto.ProductCsvRow;
import com.acme.shop.repository.ProductRepository;
import com.acme.shop.util.LegacyCsvUtils;
import com.acme.shop.util.MoneyUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Imported the weekly supplier price list (CSV, ';'-separated) until 2019. Replaced by the supplier
 * API; nothing calls this any more, but nobody dared to delete it.
 */
public class LegacyPriceImporter {

    private static final BigDecimal MARGIN = new BigDecimal("1.35");

    private final ProductRepository productRepository;

    public LegacyPriceImporter(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    public List<ProductCsvRow> parse(Reader reader) throws IOException {
        List<ProductCsvRow> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> cells = LegacyCsvUtils.splitLine(line, ';');
                ProductCsvRow row = new ProductCsvRow();
                row.setSupplierSku(cells.get(0));
                row.setSku(cells.get(1));
                row.setName(cells.get(2));
                row.setPurchasePrice(MoneyUtils.of(cells.get(3).replace(',', '.')));
                row.setRetailPrice(MoneyUtils.round(row.getPurchasePrice().multiply(MARGIN)));
                rows.add(row);
            }
        }
        return rows;
    }

    public int apply(List<ProductCsvRow> rows) {
        int updated = 0;
        for (ProductCsvRow row : rows) {
            Product product = productRepository.findBySku(row.getSku()).orElse(null);
            if (product != null && product.getPrice().compareTo(row.getRetailPrice()) != 0) {
                product.setPrice(row.getRetailPrice());
                productRepository.save(product);
                updated++;
            }
        }
        return updated;
    }
}
