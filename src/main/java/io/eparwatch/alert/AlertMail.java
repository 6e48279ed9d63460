package io.eparwatch.alert;

/**
 * A composed mail, ready for the mail server.
 *
 * @param subject one line, already cleaned
 * @param unsubscribeUrl the one-click unsubscribe address (a confirmation mail's cancels the
 *     request)
 * @param messageId the same for every attempt of one delivery
 */
record AlertMail(
    String to, String subject, String text, String html, String unsubscribeUrl, String messageId) {}
