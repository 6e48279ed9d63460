package io.eparwatch.alert;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The GreenMail SMTP server of the tests: stopped and started again to play an outage. */
public class MailServer {

  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s\"<>]+/subscriptions/(confirm|unsubscribe)\\?token=[\\w-]+");

  private final int port;
  private GreenMail greenMail;

  MailServer(int port) {
    this.port = port;
  }

  int port() {
    return port;
  }

  /** Starts the server unless it runs. */
  public synchronized void start() {
    if (greenMail != null) {
      return;
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  public void purge() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public List<MimeMessage> received() {
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** Waits until exactly {@code count} mails are in, then returns them. */
  public List<MimeMessage> awaitReceived(int count) {
    await().atMost(Duration.ofSeconds(10)).until(() -> received().size() >= count);
    return received();
  }

  /** The text part of a multipart/alternative mail. */
  public static String text(MimeMessage mail) {
    return part(mail, "text/plain");
  }

  public static String html(MimeMessage mail) {
    return part(mail, "text/html");
  }

  /** The confirm or unsubscribe address in a mail's text, as path and query for RestAssured. */
  public static String link(MimeMessage mail, String action) {
    Matcher m = LINK.matcher(text(mail));
    while (m.find()) {
      if (m.group(1).equals(action)) {
        String url = m.group();
        return url.substring(url.indexOf("/subscriptions/"));
      }
    }
    throw new AssertionError("no " + action + " link in: " + text(mail));
  }

  public static String header(MimeMessage mail, String name) {
    try {
      String[] values = mail.getHeader(name);
      return values == null ? null : String.join("\n", values);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String to(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(MimeMessage mail, String type) {
    try {
      Object content = mail.getContent();
      if (!(content instanceof MimeMultipart multipart)) {
        throw new AssertionError("not multipart: " + mail.getContentType());
      }
      String found = find(multipart, type);
      if (found == null) {
        throw new AssertionError("no " + type + " part in " + GreenMailUtil.getWholeMessage(mail));
      }
      return found;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String find(MimeMultipart multipart, String type)
      throws MessagingException, IOException {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContent() instanceof MimeMultipart nested) {
        String found = find(nested, type);
        if (found != null) {
          return found;
        }
      } else if (part.isMimeType(type)) {
        return part.getContent().toString();
      }
    }
    return null;
  }
}
