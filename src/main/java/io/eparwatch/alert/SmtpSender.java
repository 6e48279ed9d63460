package io.eparwatch.alert;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends a mail from one Vert.x event-loop context and waits for the server's answer.
 *
 * <p>Why not the blocking {@code Mailer}: called from a plain thread (the outbox worker's), the
 * Vert.x mail client (4.5.25) may connect on one event loop and install its reader on another; a
 * server that greets at once (any SMTP server on loopback) then now and then has its greeting
 * dropped, and the session hangs until the server times out (30 s with GreenMail). Connecting and
 * reading on the same event loop leaves no such gap.
 */
@ApplicationScoped
class SmtpSender {

  private final ReactiveMailer mailer;
  private final Context context;

  SmtpSender(ReactiveMailer mailer, Vertx vertx) {
    this.mailer = mailer;
    this.context = vertx.getOrCreateContext();
  }

  /** Sends the mail; a refusal or a broken connection is thrown as it came from the client. */
  void send(Mail mail) {
    CompletableFuture<Void> answered = new CompletableFuture<>();
    context.runOnContext(
        ignored ->
            mailer
                .send(mail)
                .subscribe()
                .with(answered::complete, answered::completeExceptionally));
    try {
      answered.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the mail was being sent", e);
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    }
  }
}
