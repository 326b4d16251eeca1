package com.acme.shop.mapper;

import com.acme.shop.domain.Address;
import com.acme.shop.domain.Customer;
import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.dto.RegisterCustomerRequest;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.StringUtils;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
public class CustomerMapper {

    public CustomerDto toDto(Customer c) {
        CustomerDto dto = new CustomerDto();
        dto.setId(c.getId());
        dto.setEmail(c.getEmail());
        dto.setFirstName(c.getFirstName());
        dto.setLastName(c.getLastName());
        dto.setPhone(c.getPhone());
        dto.setTier(c.getTier().name());
        dto.setLoyaltyPoints(c.getLoyaltyPoints());
        dto.setActive(c.isActive());
        dto.setAddresses(CollectionUtils.map(c.getAddresses(), this::toDto));
        return dto;
    }

    public AddressDto toDto(Address a) {
        return new AddressDto(a.getId(), a.getStreet(), a.getCity(), a.getZip(), a.getCountry(), a.isDefaultShipping());
    }

    public Customer toEntity(RegisterCustomerRequest request) {
        Customer c = new Customer();
        c.setEmail(request.getEmail().trim().toLowerCase(Locale.ROOT));
        c.setFirstName(StringUtils.capitalize(request.getFirstName().trim()));
        c.setLastName(StringUtils.capitalize(request.getLastName().trim()));
        c.setPhone(StringUtils.trimToNull(request.getPhone()));
        return c;
    }

    public Address toEntity(AddressDto dto) {
        Address a = new Address();
        a.setStreet(dto.street());
        a.setCity(dto.city());
        a.setZip(dto.zip());
        a.setCountry(StringUtils.defaultIfBlank(dto.country(), "DE"));
        a.setDefaultShipping(dto.defaultShipping());
        return a;
    }
}
