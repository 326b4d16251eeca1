package com.acme.travel.service;

import com.acme.travel.domain.Customer;
import com.acme.travel.exception.DuplicateEmailException;
import com.acme.travel.repository.CustomerRepository;
import java.util.List;
import javax.persistence.EntityNotFoundException;
import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {

    @Autowired
    private CustomerRepository customerRepository;

    @Transactional(readOnly = true)
    public List<Customer> findAll() {
        return customerRepository.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public Customer get(Long id) {
        return customerRepository.findById(id)
                .orElseThrow(() -> new EntityNotFoundException("Customer " + id + " not found"));
    }

    @Transactional
    public Customer register(Customer customer) {
        normalize(customer);
        if (customerRepository.existsByEmailIgnoreCase(customer.getEmail())) {
            throw new DuplicateEmailException(customer.getEmail());
        }
        customer.setLoyaltyPoints(0);
        return customerRepository.save(customer);
    }

    @Transactional
    public Customer update(Long id, Customer changes) {
        Customer customer = get(id);
        normalize(changes);
        if (!customer.getEmail().equalsIgnoreCase(changes.getEmail())
                && customerRepository.existsByEmailIgnoreCase(changes.getEmail())) {
            throw new DuplicateEmailException(changes.getEmail());
        }
        customer.setFirstName(changes.getFirstName());
        customer.setLastName(changes.getLastName());
        customer.setEmail(changes.getEmail());
        customer.setPhone(changes.getPhone());
        return customer;
    }

    @Transactional
    public void addLoyaltyPoints(Long customerId, int points) {
        Customer customer = get(customerId);
        customer.setLoyaltyPoints(customer.getLoyaltyPoints() + points);
    }

    private static void normalize(Customer customer) {
        customer.setFirstName(StringUtils.capitalize(StringUtils.trim(customer.getFirstName())));
        customer.setLastName(StringUtils.capitalize(StringUtils.trim(customer.getLastName())));
        customer.setEmail(StringUtils.lowerCase(StringUtils.trim(customer.getEmail())));
        customer.setPhone(StringUtils.trimToNull(customer.getPhone()));
    }
}
