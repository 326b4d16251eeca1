package org.ashgrove.evenings.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Fails on purpose: the operations team checks the error page (and that the failure reaches the log) after each
 * deployment.
 */
@Controller
class CrashController {

    @GetMapping("/oops")
    String triggerException() {
        throw new IllegalStateException("Expected: this page fails on purpose, to check the error page.");
    }
}
