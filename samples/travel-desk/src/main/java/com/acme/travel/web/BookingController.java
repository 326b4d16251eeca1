package com.acme.travel.web;

import com.acme.travel.domain.BookingStatus;
import com.acme.travel.dto.BookingDto;
import com.acme.travel.dto.BookingRequest;
import com.acme.travel.service.BookingService;
import java.util.List;
import javax.validation.Valid;
import org.springframework.beans.factory.annotation.Autowired;
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
@RequestMapping("/api/bookings")
public class BookingController {

    @Autowired
    private BookingService bookingService;

    @GetMapping
    public List<BookingDto> list(@RequestParam(required = false) BookingStatus status) {
        return bookingService.findAll(status);
    }

    @GetMapping("/{id}")
    public BookingDto get(@PathVariable Long id) {
        return bookingService.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public BookingDto book(@Valid @RequestBody BookingRequest request) {
        return bookingService.book(request);
    }

    @PostMapping("/{id}/cancel")
    public BookingDto cancel(@PathVariable Long id) {
        return bookingService.cancel(id);
    }
}
