package com.acme.shop.service;

import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.dto.RegisterCustomerRequest;
import java.util.List;

/**
 * Customer accounts and their addresses.
 */
public interface CustomerService {

    CustomerDto register(RegisterCustomerRequest request);

    CustomerDto getCustomer(Long id);

    CustomerDto findByEmail(String email);

    AddressDto addAddress(Long customerId, AddressDto address);

    List<AddressDto> addresses(Long customerId);

    CustomerDto deactivate(Long customerId);
}
