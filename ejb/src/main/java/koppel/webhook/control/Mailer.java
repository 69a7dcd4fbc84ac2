package koppel.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server the {@code koppel.mail.*} settings name, with a
 * Jakarta Mail session built here rather than one configured in each server, so that every server
 * behaves alike. Without {@code koppel.mail.host} nothing is sent.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "koppel.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "koppel.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "koppel.mail.from", defaultValue = "koppel@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "koppel.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "koppel.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "koppel.mail.starttls", defaultValue = "false")
    boolean starttls;

    public boolean configured() {
        return host.filter(value -> !value.isBlank()).isPresent();
    }

    /** Sends one message to every recipient; throws when the server refuses it. */
    public void send(List<String> to, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        Authenticator authenticator = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
        message.setFrom(new InternetAddress(from));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
