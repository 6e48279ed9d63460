package io.eparwatch.security;

/**
 * The three roles a login can have. Viewer reads (which matters when public read is off), editor
 * also changes watches and runs checks, admin may do everything (users, subscriptions, webhooks,
 * deliveries, export runs).
 */
public final class Roles {

  public static final String ADMIN = "admin";
  public static final String EDITOR = "editor";
  public static final String VIEWER = "viewer";

  private Roles() {}
}
