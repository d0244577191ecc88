package org.datapact.notification;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The one way DataPact writes to people. Renders the template in the recipient's language
 * and sends it through the configured SMTP server. Without a mail server it logs that
 * nothing was sent (never the recipient or the content, which may be personal data).
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final SpringTemplateEngine templates;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	Notifications(ObjectProvider<JavaMailSender> sender, SpringTemplateEngine templates, MessageSource messages,
			@Value("${datapact.mail.from}") String from, @Value("${datapact.base-url}") String baseUrl) {
		this.sender = sender;
		this.templates = templates;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Sends the mail; returns false when it could not be sent (no server, or the server
	 * refused).
	 */
	public boolean send(Mail mail) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.warn("No mail server configured (SPRING_MAIL_HOST): a '{}' mail was not sent", mail.template());
			return false;
		}
		Locale locale = (mail.locale() != null) ? mail.locale() : Locale.ENGLISH;
		Context context = new Context(locale);
		context.setVariables(mail.variables());
		context.setVariable("baseUrl", this.baseUrl);
		String body = this.templates.process("mail/" + mail.template(), context);
		String subject = this.messages.getMessage("mail." + mail.template() + ".subject", null, locale);
		try {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(subject);
			helper.setText(body, true);
			message.setHeader("Content-Language", locale.toLanguageTag());
			mailSender.send(message);
			return true;
		}
		catch (MessagingException | MailException ex) {
			log.warn("A '{}' mail could not be sent: {}", mail.template(), ex.getClass().getSimpleName());
			return false;
		}
	}

}
