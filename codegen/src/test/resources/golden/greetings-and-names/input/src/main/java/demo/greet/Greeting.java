package demo.greet;

import demo.names.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Greeting {
    @Id
    @GeneratedValue
    private Long id;
    @ManyToOne
    private Person person;
    private String text;

    public Long getId() {
        return id;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
