package io.eparwatch.watch;

import java.util.List;

/** What a check needs from the watch, read in a short transaction of its own. */
record CheckTarget(
    long id, String slug, String url, String etag, String lastModified, String contentHash) {
  /** Read as columns, not as an entity: nothing to track or flush at commit. */
  static CheckTarget of(long watchId) {
    List<Object[]> rows =
        Watch.getEntityManager()
            .createQuery(
                "select slug, url, etag, lastModified, contentHash from Watch where id = ?1",
                Object[].class)
            .setParameter(1, watchId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = rows.get(0);
    return new CheckTarget(
        watchId,
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4]);
  }
}
