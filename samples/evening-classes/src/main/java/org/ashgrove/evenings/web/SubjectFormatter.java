package org.ashgrove.evenings.web;

import java.text.ParseException;
import java.util.Locale;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.service.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.format.Formatter;

/**
 * Turns a subject's name into the {@link Subject} and back: the course search sends {@code ?subject=Languages} and
 * the course form's subject list posts names. Registered with the conversion service in {@code mvc-config.xml}.
 */
public class SubjectFormatter implements Formatter<Subject> {

    private final CatalogueService catalogueService;

    @Autowired
    public SubjectFormatter(CatalogueService catalogueService) {
        this.catalogueService = catalogueService;
    }

    @Override
    public String print(Subject subject, Locale locale) {
        return subject.getName();
    }

    @Override
    public Subject parse(String text, Locale locale) throws ParseException {
        for (Subject subject : catalogueService.findSubjects()) {
            if (subject.getName().equalsIgnoreCase(text.trim())) {
                return subject;
            }
        }
        throw new ParseException("no subject called " + text, 0);
    }
}
