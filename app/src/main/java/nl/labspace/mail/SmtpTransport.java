package nl.labspace.mail;

import java.util.Properties;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.labspace.db.mail.OutboxRow;

/** Hands one outbox mail to the SMTP server (Jakarta Mail, Angus); returns once the server accepted it. */
@Singleton
class SmtpTransport {

    /** Lets tests and support find a mail's outbox row; the same mail sent twice carries the same Message-ID. */
    static final String KIND_HEADER = "X-Labspace-Mail-Kind";

    private final SmtpConfiguration smtp;
    private final MailConfiguration mail;
    private final Session session;

    SmtpTransport(SmtpConfiguration smtp, MailConfiguration mail) {
        this.smtp = smtp;
        this.mail = mail;
        this.session = Session.getInstance(properties(smtp));
    }

    void send(OutboxRow row) throws MessagingException {
        MimeMessage message = message(row);
        if (smtp.authenticates()) {
            Transport.send(message, smtp.user(), smtp.password());
        } else {
            Transport.send(message);
        }
    }

    private MimeMessage message(OutboxRow row) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-%d@%s>".formatted(row.id(), domainOfSender()));
            }
        };
        message.setFrom(new InternetAddress(mail.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(row.recipient(), true));
        message.setSubject(row.subject(), "UTF-8");
        message.setHeader("Content-Language", row.language());
        message.setHeader(KIND_HEADER, row.kind());
        if (row.html() == null) {
            message.setText(row.text(), "UTF-8");
        } else {
            message.setContent(alternatives(row));
        }
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternatives(OutboxRow row) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(row.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(row.html(), "UTF-8", "html");
        return new MimeMultipart("alternative", text, html);
    }

    private String domainOfSender() {
        try {
            String address = new InternetAddress(mail.from()).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (MessagingException e) {
            return "labspace.nl";
        }
    }

    private static Properties properties(SmtpConfiguration smtp) {
        Properties p = new Properties();
        String protocol = smtp.security() == SmtpConfiguration.Security.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail.transport.protocol.rfc822", protocol);
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "host", smtp.host() == null ? "" : smtp.host());
        p.put(prefix + "port", String.valueOf(smtp.port()));
        p.put(prefix + "auth", String.valueOf(smtp.authenticates()));
        String millis = String.valueOf(smtp.timeout().toMillis());
        p.put(prefix + "connectiontimeout", millis);
        p.put(prefix + "timeout", millis);
        p.put(prefix + "writetimeout", millis);
        if (smtp.security() == SmtpConfiguration.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (smtp.security() == SmtpConfiguration.Security.TLS) {
            p.put(prefix + "ssl.enable", "true");
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }
}
