package demo.greet;

import demo.names.PersonRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class GreetingListener {
    private String lastRenamed;

    @EventListener
    public void renamed(PersonRenamed event) {
        lastRenamed = event.name();
    }

    public String lastRenamed() {
        return lastRenamed;
    }
}
