package com.acme.shop.config;

import com.acme.shop.constants.ShopConstants;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings from application.properties under {@code shop.*}. Settings the back office may change at
 * run time live in the {@code shop_setting} table instead (see ShopManager).
 */
@ConfigurationProperties(prefix = "shop")
public class ShopProperties {

    private String opsEmail = ShopConstants.OPS_EMAIL;
    private final Payments payments = new Payments();
    private final Carts carts = new Carts();

    public String getOpsEmail() {
        return opsEmail;
    }

    public void setOpsEmail(String opsEmail) {
        this.opsEmail = opsEmail;
    }

    public Payments getPayments() {
        return payments;
    }

    public Carts getCarts() {
        return carts;
    }

    public static class Payments {

        /** Card numbers ending with this are declined by the card gateway simulator. */
        private String declineSuffix = "0002";

        public String getDeclineSuffix() {
            return declineSuffix;
        }

        public void setDeclineSuffix(String declineSuffix) {
            this.declineSuffix = declineSuffix;
        }
    }

    public static class Carts {

        private int abandonAfterDays = 30;

        public int getAbandonAfterDays() {
            return abandonAfterDays;
        }

        public void setAbandonAfterDays(int abandonAfterDays) {
            this.abandonAfterDays = abandonAfterDays;
        }
    }
}
