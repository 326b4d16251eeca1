package com.example.bikes.customer;

import com.example.bikes.rental.RentalRepository;
import com.example.bikes.system.ResourceNotFoundException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/customers")
class CustomerController {

    private static final String CREATE_FORM = "customers/createCustomerForm";

    private final CustomerRepository customers;

    private final RentalRepository rentals;

    CustomerController(CustomerRepository customers, RentalRepository rentals) {
        this.customers = customers;
        this.rentals = rentals;
    }

    @InitBinder("customer")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("firstName", "lastName", "email", "phone");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String lastName, Model model) {
        model.addAttribute("customers", lastName.isBlank()
                ? customers.findAllByOrderByLastNameAscFirstNameAsc()
                : customers.findByLastNameStartingWithIgnoreCaseOrderByLastNameAscFirstNameAsc(lastName.trim()));
        model.addAttribute("lastName", lastName);
        return "customers/customerList";
    }

    @GetMapping("/{customerId}")
    String show(@PathVariable int customerId, Model model) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new ResourceNotFoundException("Customer", customerId));
        model.addAttribute("customer", customer);
        model.addAttribute("rentals", rentals.findByCustomerIdOrderByStartDateDesc(customerId));
        return "customers/customerDetails";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("customer", new Customer());
        return CREATE_FORM;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid Customer customer, BindingResult result, RedirectAttributes redirectAttributes) {
        if (!result.hasFieldErrors("email") && customers.existsByEmailIgnoreCase(customer.getEmail())) {
            result.rejectValue("email", "duplicate");
        }
        if (result.hasErrors()) {
            return CREATE_FORM;
        }
        customers.save(customer);
        redirectAttributes.addFlashAttribute("message", "Welcome aboard, " + customer.getFirstName() + "!");
        return "redirect:/customers/" + customer.getId();
    }
}
