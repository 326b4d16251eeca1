package org.harbourcity.permits.service;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import javax.ejb.EJB;
import javax.ejb.Remove;
import javax.ejb.Stateful;
import javax.ejb.StatefulTimeout;
import org.harbourcity.permits.dto.PermitView;
import org.harbourcity.permits.dto.SubmitPermitRequest;

/**
 * An application being typed in at the counter over several screens, one per clerk's session; submitting it
 * hands it to {@link PermitService#submit}. A draft left alone for half an hour is dropped.
 */
@Stateful
@StatefulTimeout(value = 30, unit = TimeUnit.MINUTES)
public class ApplicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicantService applicants;

    @EJB
    private PermitService permits;

    private final SubmitPermitRequest content = new SubmitPermitRequest();

    /** Starts the draft for a registered applicant. */
    public SubmitPermitRequest start(SubmitPermitRequest initial) {
        applicants.find(initial.getApplicantId());
        content.merge(initial);
        return content;
    }

    public SubmitPermitRequest update(SubmitPermitRequest changes) {
        if (changes.getApplicantId() != null) {
            applicants.find(changes.getApplicantId());
        }
        content.merge(changes);
        return content;
    }

    public SubmitPermitRequest getContent() {
        return content;
    }

    /** Submits the draft; the draft ends with it, unless the office refused it (then the clerk corrects it). */
    @Remove(retainIfException = true)
    public PermitView submit() {
        return permits.submit(content);
    }

    @Remove
    public void discard() {
        // nothing to clean up: the draft was never stored
    }
}
