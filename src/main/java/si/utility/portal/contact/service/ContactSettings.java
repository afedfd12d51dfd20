package si.utility.portal.contact.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.utility.portal.contact.domain.FloodLimit;

/** The configurable side of "Stik z nami" (defaults in microprofile-config.properties). */
@ApplicationScoped
public class ContactSettings {

    @Inject
    @ConfigProperty(name = "portal.contact.mailbox")
    String mailbox;

    @Inject
    @ConfigProperty(name = "portal.contact.limit.messages")
    int limitMessages;

    @Inject
    @ConfigProperty(name = "portal.contact.limit.hours")
    int limitHours;

    /** The utility's address that receives the customers' messages. */
    public String mailbox() {
        return mailbox;
    }

    public FloodLimit floodLimit() {
        return new FloodLimit(limitMessages, Duration.ofHours(limitHours));
    }
}
