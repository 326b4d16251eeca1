package org.example.library.model;

import org.example.library.util.JsonWriter;

/** A writer of books. */
public class Author extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String name;
    private Integer birthYear;
    private String nationality;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public void writeJson(JsonWriter w) {
        w.beginObject().field("id", getId()).field("name", name).field("birthYear", birthYear)
                .field("nationality", nationality).endObject();
    }
}
