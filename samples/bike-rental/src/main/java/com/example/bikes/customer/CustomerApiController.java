package com.example.bikes.customer;

import com.example.bikes.system.ResourceNotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
class CustomerApiController {

    private final CustomerRepository customers;

    CustomerApiController(CustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping
    List<Customer> find(@RequestParam(defaultValue = "") String lastName) {
        return customers.findByLastNameStartingWithIgnoreCaseOrderByLastNameAscFirstNameAsc(lastName.trim());
    }

    @GetMapping("/{customerId}")
    Customer customer(@PathVariable int customerId) {
        return customers.findById(customerId).orElseThrow(() -> new ResourceNotFoundException("Customer", customerId));
    }
}
