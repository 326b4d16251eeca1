package com.acme.shop.service;

import com.acme.shop.constants.SettingKeys;
import com.acme.shop.constants.ShopConstants;
import com.acme.shop.domain.AuditLog;
import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.ShopSetting;
import com.acme.shop.exception.CustomerNotFoundException;
import com.acme.shop.exception.ProductNotFoundException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.repository.AuditLogRepository;
import com.acme.shop.repository.CustomerRepository;
import com.acme.shop.repository.ProductRepository;
import com.acme.shop.repository.ShopSettingRepository;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.StringUtils;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "The" shop service: settings, reference numbers, audit trail and the lookups everybody needs.
 * Started in 2014 as a helper for the checkout; by now nearly every service depends on it.
 */
@Service
@Transactional
public class ShopManager {

    private static final Logger log = LoggerFactory.getLogger(ShopManager.class);

    private final ShopSettingRepository settingRepository;
    private final AuditLogRepository auditLogRepository;
    private final CustomerRepository customerRepository;
    private final ProductRepository productRepository;
    private final Clock clock;

    public ShopManager(ShopSettingRepository settingRepository, AuditLogRepository auditLogRepository,
                       CustomerRepository customerRepository, ProductRepository productRepository, Clock clock) {
        this.settingRepository = settingRepository;
        this.auditLogRepository = auditLogRepository;
        this.customerRepository = customerRepository;
        this.productRepository = productRepository;
        this.clock = clock;
    }

    // ---- lookups ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Customer findCustomer(Long id) {
        return customerRepository.findById(id).orElseThrow(() -> new CustomerNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Product findProduct(Long id) {
        return productRepository.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Product findProductBySku(String sku) {
        return productRepository.findBySku(sku).orElseThrow(() -> new ProductNotFoundException(sku));
    }

    // ---- settings --------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public String getSetting(String key, String defaultValue) {
        return settingRepository.findById(key).map(ShopSetting::getValue).orElse(defaultValue);
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(String key) {
        return Boolean.parseBoolean(getSetting(key, "false"));
    }

    @Transactional(readOnly = true)
    public BigDecimal taxRate() {
        return new BigDecimal(getSetting(SettingKeys.TAX_RATE, "0.19"));
    }

    @Transactional(readOnly = true)
    public BigDecimal freeShippingThreshold() {
        return MoneyUtils.of(getSetting(SettingKeys.FREE_SHIPPING_THRESHOLD, "100.00"));
    }

    @Transactional(readOnly = true)
    public List<ShopSetting> editableSettings() {
        return settingRepository.findEditable();
    }

    public ShopSetting updateSetting(String key, String value) {
        if (key.startsWith(SettingKeys.SEQUENCE_PREFIX)) {
            throw new ResourceNotFoundException("Setting", key);
        }
        ShopSetting setting = settingRepository.findById(key)
                .orElseThrow(() -> new ResourceNotFoundException("Setting", key));
        String old = setting.getValue();
        setting.setValue(value.trim());
        audit("ShopSetting", key, "UPDATED", old + " -> " + setting.getValue());
        return setting;
    }

    // ---- reference numbers -----------------------------------------------------------------

    /** Next number of a sequence kept in shop_setting: {@code nextReference("ORD")} gives "ORD-10001". */
    public String nextReference(String prefix) {
        String key = SettingKeys.SEQUENCE_PREFIX + prefix;
        ShopSetting seq = settingRepository.findForUpdate(key)
                .orElseGet(() -> settingRepository.save(new ShopSetting(key, "0")));
        long next = Long.parseLong(seq.getValue()) + 1;
        seq.setValue(Long.toString(next));
        return prefix + "-" + next;
    }

    // ---- pricing helpers the checkout needed "just quickly" -----------------------------------

    public BigDecimal customerDiscount(Customer customer, BigDecimal amount) {
        return MoneyUtils.percentOf(amount, customer.getTier().getDiscountPercent());
    }

    public BigDecimal taxOn(BigDecimal netAmount) {
        return MoneyUtils.rate(netAmount, taxRate());
    }

    // ---- audit -----------------------------------------------------------------------------

    public void audit(String entityType, Object entityId, String action, String details) {
        AuditLog entry = new AuditLog();
        entry.setEntityType(entityType);
        entry.setEntityId(entityId == null ? null : entityId.toString());
        entry.setAction(action);
        entry.setDetails(StringUtils.trimToNull(details));
        entry.setActor(ShopConstants.SYSTEM_USER);
        entry.setLoggedAt(now());
        auditLogRepository.save(entry);
        log.debug("audit {} {} {}", entityType, entityId, action);
    }

    @Transactional(readOnly = true)
    public List<AuditLog> auditTrail(String entityType, String entityId) {
        if (StringUtils.isBlank(entityId)) {
            return auditLogRepository.findByEntityTypeOrderByIdAsc(entityType);
        }
        return auditLogRepository.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    // ---- time ------------------------------------------------------------------------------

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
