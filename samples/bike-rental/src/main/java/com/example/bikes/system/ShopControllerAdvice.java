package com.example.bikes.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the shop's details on every page and turns an unknown id into the shop's own 404 page.
 */
@ControllerAdvice
class ShopControllerAdvice {

    private final ShopProperties shop;

    ShopControllerAdvice(ShopProperties shop) {
        this.shop = shop;
    }

    @ModelAttribute("shop")
    ShopProperties shop() {
        return shop;
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ModelAndView notFound(ResourceNotFoundException ex) {
        ModelAndView page = new ModelAndView("notFound", HttpStatus.NOT_FOUND);
        page.addObject("shop", shop);
        page.addObject("reason", ex.getMessage());
        return page;
    }
}
