package nl.labspace.mail;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The background sender: every poll-interval it delivers the outbox's due mails, one transaction each, until none is
 * due or a batch is done. Without an SMTP host it sends nothing and mails wait in the outbox (the admin's page).
 */
@Singleton
class MailSender {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MailSender.class);

    private final OutboxDelivery delivery;
    private final SmtpConfiguration smtp;
    private final MailConfiguration config;
    /** Set when the app stops, so a batch ends before the database pool closes under it. */
    private volatile boolean stopping;

    MailSender(OutboxDelivery delivery, SmtpConfiguration smtp, MailConfiguration config) {
        this.delivery = delivery;
        this.smtp = smtp;
        this.config = config;
    }

    @EventListener
    void announce(StartupEvent started) {
        if (smtp.configured()) {
            LOG.info("mail goes out through {}:{} ({})", smtp.host(), smtp.port(), smtp.security());
        } else {
            LOG.info("no SMTP host (LABSPACE_SMTP_HOST): mails stay in the outbox, shown at /console/admin/outbox");
        }
    }

    @EventListener
    void stop(ShutdownEvent stopped) {
        stopping = true;
    }

    @Scheduled(fixedDelay = "${labspace.mail.poll-interval:5s}", initialDelay = "${labspace.mail.poll-interval:5s}")
    void deliverDue() {
        if (!smtp.configured() || stopping) {
            return;
        }
        try {
            for (int i = 0; i < config.batch() && !stopping && delivery.deliverOne(); i++) {
                // one mail per transaction, so a slow server holds one row at a time
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery stopped until the next poll: {}", e.toString());
        }
    }
}
