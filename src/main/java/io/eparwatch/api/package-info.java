/**
 * The REST API: resources, JSON views, and the mapping of every error to {@code {"error": "..."}}.
 *
 * <p>May import: every package but {@code demo}.
 */
package io.eparwatch.api;
