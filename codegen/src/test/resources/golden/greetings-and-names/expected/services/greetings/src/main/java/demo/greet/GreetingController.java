package demo.greet;

import demo.names.NameService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/greetings")
public class GreetingController {
    private final NameService names;

    public GreetingController(NameService names) {
        this.names = names;
    }

    @GetMapping("/{id}")
    public String greet(@PathVariable Long id) {
        return "Hello, " + names.nameOf(id) + "!";
    }
}
