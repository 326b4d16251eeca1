package com.example.bikes.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Fails on purpose, so that the error page (templates/error.html) can be seen and tested.
 */
@Controller
class CrashController {

    @GetMapping("/oups")
    String triggerException() {
        throw new IllegalStateException("The chain came off: this page fails on purpose to show the error page.");
    }
}
