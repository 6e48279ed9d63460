package io.eparwatch.alert;

import io.eparwatch.alert.MailViews.ChangeLine;
import io.eparwatch.alert.SubscriptionToken.Purpose;
import io.eparwatch.change.ChangeEvent;
import io.eparwatch.config.EparWatchConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Builds the mail of one delivery in one short transaction: reads the subscription and the events,
 * issues the mail's own token (only its hash is stored) and renders the text and HTML parts. A
 * delivery whose subscription is gone or no longer waits for it is reported, not composed.
 */
@ApplicationScoped
class MailComposer {

  /** The mail, or why there is none to send. */
  sealed interface Composed {}

  record Ready(AlertMail mail) implements Composed {}

  record Unsendable(String reason) implements Composed {}

  @Location("mail/confirmation.html")
  Template confirmationHtml;

  @Location("mail/confirmation.txt")
  Template confirmationText;

  @Location("mail/immediate.html")
  Template immediateHtml;

  @Location("mail/immediate.txt")
  Template immediateText;

  @Location("mail/digest.html")
  Template digestHtml;

  @Location("mail/digest.txt")
  Template digestText;

  private final Clock clock;
  private final String publicUrl;
  private final String host;
  private final ZoneId zone;

  MailComposer(Clock clock, EparWatchConfig config) {
    this.clock = clock;
    this.publicUrl = config.publicUrl().toString().replaceAll("/+$", "");
    this.host = config.publicUrl().getHost() == null ? "localhost" : config.publicUrl().getHost();
    this.zone = config.alerts().timeZone();
  }

  @Transactional
  Composed compose(Delivery delivery) {
    Subscription subscription =
        delivery.subscriptionId == null ? null : Subscription.findById(delivery.subscriptionId);
    if (subscription == null) {
      return new Unsendable("the subscription was deleted");
    }
    if (delivery.kind == Delivery.Kind.CONFIRMATION) {
      return subscription.state == Subscription.State.PENDING_CONFIRMATION
          ? new Ready(confirmation(delivery, subscription))
          : new Unsendable("the subscription is already confirmed or ended");
    }
    if (!subscription.isActive()) {
      return new Unsendable("the subscription is no longer active");
    }
    List<ChangeEvent> events = ChangeEvent.list("id in ?1 order by id", delivery.eventIdList());
    if (events.isEmpty()) {
      return new Unsendable("the changes it was about no longer exist");
    }
    String unsubscribe =
        link("unsubscribe", SubscriptionToken.issue(subscription.id, Purpose.UNSUBSCRIBE, now()));
    return new Ready(
        delivery.kind == Delivery.Kind.DIGEST
            ? digest(delivery, events, unsubscribe)
            : immediate(delivery, events.get(0), unsubscribe));
  }

  /** With a link that cancels the request: for the mailbox owner who did not ask for it. */
  private AlertMail confirmation(Delivery delivery, Subscription subscription) {
    String confirm =
        link("confirm", SubscriptionToken.issue(subscription.id, Purpose.CONFIRM, now()));
    String cancel =
        link("unsubscribe", SubscriptionToken.issue(subscription.id, Purpose.UNSUBSCRIBE, now()));
    Map<String, Object> data =
        Map.of(
            "email",
            subscription.email,
            "mode",
            subscription.mode.name().toLowerCase(java.util.Locale.ROOT),
            "filter",
            FilterText.of(subscription.filter()),
            "confirmUrl",
            confirm,
            "unsubscribeUrl",
            cancel,
            "publicUrl",
            publicUrl);
    return mail(
        delivery,
        MailWording.confirmationSubject(),
        confirmationText,
        confirmationHtml,
        data,
        cancel);
  }

  private AlertMail immediate(Delivery delivery, ChangeEvent event, String unsubscribe) {
    Map<String, Object> data =
        Map.of(
            "change", ChangeLine.of(event, publicUrl, zone),
            "unsubscribeUrl", unsubscribe,
            "publicUrl", publicUrl);
    return mail(
        delivery,
        MailWording.immediateSubject(event),
        immediateText,
        immediateHtml,
        data,
        unsubscribe);
  }

  private AlertMail digest(Delivery delivery, List<ChangeEvent> events, String unsubscribe) {
    var groups = MailViews.grouped(events, publicUrl, zone);
    String since =
        Digest.ofDelivery(delivery.id)
            .map(d -> MailWording.since(d.coversFrom, d.coversUntil, zone))
            .orElse("since the last digest");
    String subject = MailWording.digestSubject(events.size(), groups.size(), since);
    Map<String, Object> data =
        Map.of(
            "headline", subject.substring(MailWording.PREFIX.length()),
            "groups", groups,
            "unsubscribeUrl", unsubscribe,
            "publicUrl", publicUrl);
    return mail(delivery, subject, digestText, digestHtml, data, unsubscribe);
  }

  private AlertMail mail(
      Delivery delivery,
      String subject,
      Template text,
      Template html,
      Map<String, Object> data,
      String unsubscribe) {
    return new AlertMail(
        delivery.recipient,
        subject,
        render(text, data),
        render(html, data),
        unsubscribe,
        "<delivery-" + delivery.id + "@" + host + ">");
  }

  private static String render(Template template, Map<String, Object> data) {
    TemplateInstance instance = template.instance();
    data.forEach(instance::data);
    return instance.render();
  }

  private String link(String action, String token) {
    return publicUrl + "/subscriptions/" + action + "?token=" + token;
  }

  private java.time.Instant now() {
    return clock.instant();
  }
}
