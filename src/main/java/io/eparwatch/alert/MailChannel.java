package io.eparwatch.alert;

import io.eparwatch.alert.MailComposer.Composed;
import io.eparwatch.alert.MailComposer.Ready;
import io.eparwatch.alert.MailComposer.Unsendable;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Mails confirmations, immediate alerts and digests through the configured SMTP server ({@code
 * quarkus.mailer.*}). Called by the outbox worker outside a transaction; composing reads what it
 * needs in its own short one. Every mail carries its unsubscribe link (the confirmation's cancels
 * the request) and the RFC 8058 one-click headers; the {@code Message-ID} is derived from the
 * delivery, so a retry is recognisable.
 */
@ApplicationScoped
public class MailChannel implements DeliveryChannel {

  private static final Logger LOG = Logger.getLogger(MailChannel.class);
  private static final Set<Delivery.Kind> KINDS =
      EnumSet.of(Delivery.Kind.CONFIRMATION, Delivery.Kind.IMMEDIATE, Delivery.Kind.DIGEST);

  private final MailComposer composer;
  private final SmtpSender mailer;

  MailChannel(MailComposer composer, SmtpSender mailer) {
    this.composer = composer;
    this.mailer = mailer;
  }

  @Override
  public boolean sends(Delivery.Kind kind) {
    return KINDS.contains(kind);
  }

  @Override
  public Result send(Delivery delivery) {
    Composed composed = composer.compose(delivery);
    if (composed instanceof Unsendable unsendable) {
      return new Gone(unsendable.reason());
    }
    AlertMail mail = ((Ready) composed).mail();
    try {
      mailer.send(toMail(mail));
      return new Sent();
    } catch (RuntimeException e) {
      LOG.warnf(e, "mail of delivery %d to the SMTP server failed", delivery.id);
      return new Failed(reason(e));
    }
  }

  private static Mail toMail(AlertMail alert) {
    Mail mail = Mail.withHtml(alert.to(), alert.subject(), alert.html()).setText(alert.text());
    mail.addHeader("Message-ID", alert.messageId());
    mail.addHeader("List-Unsubscribe", "<" + alert.unsubscribeUrl() + ">");
    mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return mail;
  }

  /** The failure in words for an operator; the exception itself went to the log. */
  static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return "the mail server could not be reached (connection refused)";
      }
      if (cause instanceof TimeoutException
          || String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("timed out")) {
        return "the mail server did not answer in time";
      }
    }
    String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("connection") || message.contains("connect")) {
      return "the mail server could not be reached or closed the connection";
    }
    return "the mail server did not accept the mail";
  }
}
