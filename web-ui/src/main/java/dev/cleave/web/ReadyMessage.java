package dev.cleave.web;

import dev.cleave.web.project.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the user where to point the browser once the wizard is up. */
@Component
class ReadyMessage {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);
    private final Workspace workspace;

    ReadyMessage(Workspace workspace) {
        this.workspace = workspace;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            LOG.info("Cleave wizard ready: open http://localhost:{}/ (workspace {})", web.getWebServer().getPort(),
                    workspace.root());
        }
    }
}
