package org.harbourcity.permits.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.harbourcity.permits.domain.Applicant;

@Stateless
public class ApplicantService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    public Applicant register(String name, String email, String phone) {
        List<String> errors = new ArrayList<String>();
        if (name == null || name.trim().isEmpty()) {
            errors.add("The name is required.");
        }
        if (email == null || !EMAIL.matcher(email.trim()).matches()) {
            errors.add("The e-mail address is invalid.");
        }
        InvalidRequestException.throwIfAny(errors);
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (!em.createNamedQuery("Applicant.byEmail", Applicant.class).setParameter("email", normalised)
                .getResultList().isEmpty()) {
            throw new BusinessException(409, "EMAIL_TAKEN", normalised + " is already registered.");
        }
        Applicant applicant = new Applicant();
        applicant.setName(name.trim());
        applicant.setEmail(normalised);
        applicant.setPhone(phone);
        em.persist(applicant);
        return applicant;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Applicant find(Long id) {
        Applicant applicant = id == null ? null : em.find(Applicant.class, id);
        if (applicant == null) {
            throw new RecordNotFoundException("applicant", id);
        }
        return applicant;
    }
}
