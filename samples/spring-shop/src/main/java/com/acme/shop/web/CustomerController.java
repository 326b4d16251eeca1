package com.acme.shop.web;

import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.dto.LoyaltyDto;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.RegisterCustomerRequest;
import com.acme.shop.service.CustomerService;
import com.acme.shop.service.LoyaltyService;
import com.acme.shop.service.OrderService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    private final CustomerService customerService;
    private final LoyaltyService loyaltyService;
    private final OrderService orderService;

    public CustomerController(CustomerService customerService, LoyaltyService loyaltyService,
                              OrderService orderService) {
        this.customerService = customerService;
        this.loyaltyService = loyaltyService;
        this.orderService = orderService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CustomerDto register(@Valid @RequestBody RegisterCustomerRequest request) {
        return customerService.register(request);
    }

    @GetMapping("/{id}")
    public CustomerDto get(@PathVariable Long id) {
        return customerService.getCustomer(id);
    }

    @GetMapping
    public CustomerDto byEmail(@RequestParam String email) {
        return customerService.findByEmail(email);
    }

    @PostMapping("/{id}/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    public AddressDto addAddress(@PathVariable Long id, @Valid @RequestBody AddressDto address) {
        return customerService.addAddress(id, address);
    }

    @GetMapping("/{id}/addresses")
    public List<AddressDto> addresses(@PathVariable Long id) {
        return customerService.addresses(id);
    }

    @GetMapping("/{id}/loyalty")
    public LoyaltyDto loyalty(@PathVariable Long id) {
        return loyaltyService.loyalty(id);
    }

    @PostMapping("/{id}/deactivate")
    public CustomerDto deactivate(@PathVariable Long id) {
        return customerService.deactivate(id);
    }

    /** "My orders" page of the account area; added here in 2017 because the app already called this controller. */
    @GetMapping("/{id}/orders")
    public List<OrderDto> orders(@PathVariable Long id) {
        return orderService.ordersOfCustomer(id);
    }
}
