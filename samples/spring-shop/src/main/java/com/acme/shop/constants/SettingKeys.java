package com.acme.shop.constants;

/**
 * Keys of the {@code shop_setting} table.
 */
public final class SettingKeys {

    public static final String TAX_RATE = "tax.rate";
    public static final String FREE_SHIPPING_THRESHOLD = "shipping.free-threshold";
    public static final String SMS_ENABLED = "notifications.sms.enabled";
    public static final String REVIEWS_REQUIRE_PURCHASE = "reviews.require-purchase";
    public static final String SEQUENCE_PREFIX = "seq.";

    private SettingKeys() {
    }
}
