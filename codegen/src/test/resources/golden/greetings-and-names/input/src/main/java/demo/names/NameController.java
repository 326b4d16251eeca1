package demo.names;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/names")
public class NameController {
    private final NameService names;

    public NameController(NameService names) {
        this.names = names;
    }

    @PutMapping("/{id}")
    public String rename(@PathVariable long id, @RequestBody String name) {
        return names.rename(id, name).getName();
    }
}
