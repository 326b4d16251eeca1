package com.example.bikes.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shop's own settings ({@code bikes.shop.*} in application.properties), shown on every page.
 *
 * @param name the shop's name
 * @param phone the phone number customers call
 * @param currency the currency prices are quoted in
 */
@ConfigurationProperties("bikes.shop")
public record ShopProperties(String name, String phone, String currency) {
}
