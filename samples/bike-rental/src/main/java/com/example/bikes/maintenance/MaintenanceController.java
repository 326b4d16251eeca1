package com.example.bikes.maintenance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class MaintenanceController {

    private final MaintenanceScheduler scheduler;

    private final ServiceRecordRepository serviceRecords;

    MaintenanceController(MaintenanceScheduler scheduler, ServiceRecordRepository serviceRecords) {
        this.scheduler = scheduler;
        this.serviceRecords = serviceRecords;
    }

    @GetMapping("/maintenance")
    String workshop(Model model) {
        model.addAttribute("openJobs", serviceRecords.findByDoneFalseOrderByDueDateAscIdAsc());
        model.addAttribute("doneJobs", serviceRecords.findByDoneTrueOrderByDueDateDescIdDesc());
        return "maintenance/workshop";
    }

    @PostMapping("/maintenance/{serviceRecordId}/complete")
    String complete(@PathVariable int serviceRecordId, RedirectAttributes redirectAttributes) {
        ServiceRecord job = scheduler.complete(serviceRecordId);
        redirectAttributes.addFlashAttribute("message", job.getBike().getLabel() + " is back in the fleet");
        return "redirect:/maintenance";
    }
}
