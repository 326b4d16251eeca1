package com.example.bikes.bike;

import com.example.bikes.maintenance.ServiceRecordRepository;
import com.example.bikes.system.ResourceNotFoundException;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class BikeController {

    private static final String CREATE_FORM = "bikes/createBikeForm";

    private final BikeRepository bikes;

    private final BikeTypeRepository types;

    private final ServiceRecordRepository serviceRecords;

    BikeController(BikeRepository bikes, BikeTypeRepository types, ServiceRecordRepository serviceRecords) {
        this.bikes = bikes;
        this.types = types;
        this.serviceRecords = serviceRecords;
    }

    @ModelAttribute("bikeTypes")
    List<BikeType> bikeTypes() {
        return types.findAllByOrderByDailyRateAsc();
    }

    @ModelAttribute("frameSizes")
    FrameSize[] frameSizes() {
        return FrameSize.values();
    }

    @InitBinder("bike")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "status", "ridesSinceService");
    }

    @GetMapping("/bikes")
    String list(@RequestParam(required = false) BikeType type, @RequestParam(required = false) FrameSize size,
            HttpSession session, Model model) {
        model.addAttribute("bikes", bikes.search(type, size));
        model.addAttribute("selectedType", type);
        model.addAttribute("selectedSize", size);
        model.addAttribute("recentlyViewed", RecentlyViewedBikes.in(session));
        return "bikes/bikeList";
    }

    @GetMapping("/bikes/{bikeId}")
    String show(@PathVariable int bikeId, HttpSession session, Model model) {
        Bike bike = bikes.findById(bikeId).orElseThrow(() -> new ResourceNotFoundException("Bike", bikeId));
        RecentlyViewedBikes.remember(session, bike);
        model.addAttribute("bike", bike);
        model.addAttribute("serviceHistory", serviceRecords.findByBikeIdOrderByDueDateDesc(bikeId));
        return "bikes/bikeDetails";
    }

    @GetMapping("/bikes/new")
    String initCreationForm(Model model) {
        model.addAttribute("bike", new Bike());
        return CREATE_FORM;
    }

    @PostMapping("/bikes/new")
    String processCreationForm(@Valid Bike bike, BindingResult result, RedirectAttributes redirectAttributes) {
        if (!result.hasFieldErrors("frameNumber") && bikes.existsByFrameNumber(bike.getFrameNumber())) {
            result.rejectValue("frameNumber", "duplicate");
        }
        if (result.hasErrors()) {
            return CREATE_FORM;
        }
        bikes.save(bike);
        redirectAttributes.addFlashAttribute("message", bike.getLabel() + " joined the fleet");
        return "redirect:/bikes/" + bike.getId();
    }
}
