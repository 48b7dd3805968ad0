package org.familyhub.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.familyhub.mail.Email;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP when {@code spring.mail.host} is set (production); otherwise e-mails are written to the log and
 * kept in the outbox, where the dev mailbox ({@code /admin/mailbox}) shows them.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    MailTransport smtp(JavaMailSender sender, @Value("${familyhub.mail.from:family.directory@localhost}") String from) {
        return email -> {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.body());
            for (Map.Entry<String, String> header : email.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            sender.send(message);
        };
    }

    @Bean
    @ConditionalOnMissingBean(MailTransport.class)
    MailTransport log() {
        // The address and text stay out of the log (personal data); an administrator reads them at /admin/mailbox.
        return (Email email) -> log.info("event=email-kept-for-dev-mailbox reason=no-mail-server-configured");
    }
}
