/**
 * The dashboard: server-rendered Qute pages (recent changes, medicine, change, version, catalogue,
 * watches, exports, subscriptions) over the same services the JSON API uses. Usable without
 * JavaScript; every form carries the CSRF token; page actions that change things need a login.
 *
 * <p>May import: every package but {@code demo}.
 */
package io.eparwatch.web;
