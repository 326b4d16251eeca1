package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Address;
import com.acme.shop.domain.Customer;
import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.dto.RegisterCustomerRequest;
import com.acme.shop.event.CustomerRegisteredEvent;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.CustomerNotFoundException;
import com.acme.shop.exception.DuplicateEmailException;
import com.acme.shop.mapper.CustomerMapper;
import com.acme.shop.repository.AddressRepository;
import com.acme.shop.repository.CustomerRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.ValidationUtils;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class CustomerServiceImpl implements CustomerService {

    private final CustomerRepository customerRepository;
    private final AddressRepository addressRepository;
    private final CustomerMapper customerMapper;
    private final ShopManager shopManager;
    private final ApplicationEventPublisher events;

    public CustomerServiceImpl(CustomerRepository customerRepository, AddressRepository addressRepository,
                               CustomerMapper customerMapper, ShopManager shopManager,
                               ApplicationEventPublisher events) {
        this.customerRepository = customerRepository;
        this.addressRepository = addressRepository;
        this.customerMapper = customerMapper;
        this.shopManager = shopManager;
        this.events = events;
    }

    @Override
    public CustomerDto register(RegisterCustomerRequest request) {
        if (!ValidationUtils.isValidEmail(request.getEmail())) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "Invalid e-mail " + request.getEmail());
        }
        if (customerRepository.existsByEmailIgnoreCase(request.getEmail().trim())) {
            throw new DuplicateEmailException(request.getEmail());
        }
        Customer customer = customerMapper.toEntity(request);
        if (request.getAddress() != null) {
            Address address = customerMapper.toEntity(request.getAddress());
            address.setDefaultShipping(true);
            customer.addAddress(address);
        }
        Customer saved = customerRepository.save(customer);
        shopManager.audit("Customer", saved.getId(), "REGISTERED", saved.getEmail());
        events.publishEvent(new CustomerRegisteredEvent(saved.getId(), saved.getEmail()));
        return customerMapper.toDto(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerDto getCustomer(Long id) {
        return customerMapper.toDto(shopManager.findCustomer(id));
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerDto findByEmail(String email) {
        return customerRepository.findByEmailIgnoreCase(email.trim())
                .map(customerMapper::toDto)
                .orElseThrow(() -> new CustomerNotFoundException(email));
    }

    @Override
    public AddressDto addAddress(Long customerId, AddressDto dto) {
        Customer customer = shopManager.findCustomer(customerId);
        ValidationUtils.require(dto.zip() == null || ValidationUtils.isValidZip(dto.zip()), "Invalid zip " + dto.zip());
        Address address = customerMapper.toEntity(dto);
        if (address.isDefaultShipping()) {
            customer.getAddresses().forEach(a -> a.setDefaultShipping(false));
        }
        customer.addAddress(address);
        Address saved = addressRepository.save(address);
        return customerMapper.toDto(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AddressDto> addresses(Long customerId) {
        shopManager.findCustomer(customerId);
        return CollectionUtils.map(addressRepository.findByCustomerIdOrderByIdAsc(customerId), customerMapper::toDto);
    }

    @Override
    public CustomerDto deactivate(Long customerId) {
        Customer customer = shopManager.findCustomer(customerId);
        customer.setActive(false);
        shopManager.audit("Customer", customerId, "DEACTIVATED", customer.getEmail());
        return customerMapper.toDto(customer);
    }
}
