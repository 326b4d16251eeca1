package org.harbourcity.permits.jms;

import java.time.LocalDate;
import java.util.logging.Logger;
import javax.ejb.ActivationConfigProperty;
import javax.ejb.EJB;
import javax.ejb.EJBException;
import javax.ejb.MessageDriven;
import javax.jms.JMSException;
import javax.jms.MapMessage;
import javax.jms.Message;
import javax.jms.MessageListener;
import org.harbourcity.permits.service.InspectionService;

/**
 * Plans the site inspections of every permit issued. Runs in the container's transaction: if planning fails the
 * message goes back to the queue and is delivered again.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "javax.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = "PermitIssuedQueue"),
    @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge")
})
public class PermitIssuedListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PermitIssuedListener.class.getName());

    @EJB
    private InspectionService inspections;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage permit = (MapMessage) message;
            LOG.info("Permit " + permit.getString("permitNumber") + " issued: planning its inspections");
            inspections.planFor(permit.getLong("permitId"), LocalDate.parse(permit.getString("issuedOn")));
        } catch (JMSException e) {
            throw new EJBException("Unreadable PermitIssued message", e);
        }
    }
}
