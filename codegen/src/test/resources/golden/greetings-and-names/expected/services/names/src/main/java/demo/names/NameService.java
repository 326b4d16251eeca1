package demo.names;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NameService {
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    public NameService(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    public Person find(long id) {
        return entityManager.find(Person.class, id);
    }

    public String nameOf(Long id) {
        return find(id).getName();
    }

    public Person rename(long id, String name) {
        Person person = find(id);
        person.setName(name);
        events.publishEvent(new PersonRenamed(id, name));
        return person;
    }
}
