package org.harbourcity.permits.jms;

import javax.annotation.Resource;
import javax.ejb.Stateless;
import javax.inject.Inject;
import javax.jms.JMSContext;
import javax.jms.JMSDestinationDefinition;
import javax.jms.JMSException;
import javax.jms.MapMessage;
import javax.jms.Queue;
import org.harbourcity.permits.domain.PermitApplication;

/**
 * Tells the rest of the office that a permit was issued: a map message on the PermitIssued queue, sent with the
 * caller's transaction (nothing is sent if the issue is rolled back).
 */
@JMSDestinationDefinition(
        name = "java:app/jms/PermitIssuedQueue",
        interfaceName = "javax.jms.Queue",
        destinationName = "PermitIssuedQueue")
@Stateless
public class PermitEventPublisher {

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:app/jms/PermitIssuedQueue")
    private Queue permitIssued;

    public void permitIssued(PermitApplication permit) {
        MapMessage message = jms.createMapMessage();
        try {
            message.setLong("permitId", permit.getId());
            message.setString("permitNumber", permit.getNumber());
            message.setString("type", permit.getType().name());
            message.setString("issuedOn", permit.getIssuedOn().toString());
        } catch (JMSException e) {
            throw new IllegalStateException("Could not fill the PermitIssued message", e);
        }
        jms.createProducer().send(permitIssued, message);
    }
}
