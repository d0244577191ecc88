package org.datapact.support;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on a free port, started once per JVM, and the
 * application pointed at it. Mails accumulate for the whole run, so tests pick theirs by
 * recipient, which they make unique.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static volatile GreenMail server;

	public static GreenMail get() {
		if (server == null) {
			synchronized (TestMailServer.class) {
				if (server == null) {
					GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
					started.start();
					Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
					server = started;
				}
			}
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=localhost", "spring.mail.port=" + get().getSmtp().getPort())
			.applyTo(context);
	}

	/**
	 * Waits up to ten seconds for {@code count} mails to this address, and returns all
	 * the mails it has received.
	 */
	public static List<MimeMessage> awaitMailsTo(String address, int count) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		List<MimeMessage> mails = mailsTo(address);
		while (mails.size() < count && System.nanoTime() < deadline) {
			get().waitForIncomingEmail(500, get().getReceivedMessages().length + 1);
			mails = mailsTo(address);
		}
		if (mails.size() < count) {
			throw new AssertionError("Expected " + count + " mail(s) to " + address + " but got " + mails.size());
		}
		return mails;
	}

	public static List<MimeMessage> mailsTo(String address) {
		return List.of(get().getReceivedMessages()).stream().filter((mail) -> isTo(mail, address)).toList();
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			Address[] recipients = mail.getAllRecipients();
			if (recipients == null) {
				return false;
			}
			for (Address recipient : recipients) {
				if (recipient.toString().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
			return false;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
