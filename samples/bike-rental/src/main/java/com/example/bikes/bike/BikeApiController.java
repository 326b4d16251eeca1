package com.example.bikes.bike;

import com.example.bikes.system.ResourceNotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class BikeApiController {

    private final BikeRepository bikes;

    private final BikeTypeRepository types;

    BikeApiController(BikeRepository bikes, BikeTypeRepository types) {
        this.bikes = bikes;
        this.types = types;
    }

    @GetMapping("/bikes")
    List<BikeDto> bikes(@RequestParam(required = false) BikeType type, @RequestParam(required = false) FrameSize size) {
        return bikes.search(type, size).stream().map(BikeDto::of).toList();
    }

    @GetMapping("/bikes/{bikeId}")
    BikeDto bike(@PathVariable int bikeId) {
        return bikes.findById(bikeId).map(BikeDto::of).orElseThrow(() -> new ResourceNotFoundException("Bike", bikeId));
    }

    @GetMapping("/bike-types")
    List<BikeType> bikeTypes() {
        return types.findAllByOrderByDailyRateAsc();
    }
}
