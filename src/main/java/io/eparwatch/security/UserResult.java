package io.eparwatch.security;

/** What became of a change to the users: done, or refused with a reason in words. */
public sealed interface UserResult {

  /** Why a change was refused; the API answers 400, 404 or 409 for them. */
  enum Refusal {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  record Done(UserInfo user) implements UserResult {}

  record Refused(Refusal refusal, String reason) implements UserResult {

    /** The HTTP status of this refusal, for the API and the page alike. */
    public int status() {
      return switch (refusal) {
        case INVALID -> 400;
        case NOT_FOUND -> 404;
        case CONFLICT -> 409;
      };
    }
  }

  static UserResult refused(Refusal refusal, String reason) {
    return new Refused(refusal, reason);
  }
}
