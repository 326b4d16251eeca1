package com.acme.travel.config;

import com.acme.travel.util.StringToMoneyConverter;
import com.acme.travel.web.TravelDeskHeaderFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // lets controllers take ?maxPrice=1500EUR as a Money
        registry.addConverter(new StringToMoneyConverter());
    }

    @Bean
    public FilterRegistrationBean<TravelDeskHeaderFilter> travelDeskHeaderFilter() {
        FilterRegistrationBean<TravelDeskHeaderFilter> registration = new FilterRegistrationBean<>(new TravelDeskHeaderFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
