package cn.gov.zj.cloud.privateportal.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one page of a JPQL listing: the same filter for the count and the rows, the order by a
 * whitelisted field only (never text from the request).
 */
public final class Listing {

  private Listing() {}

  /**
   * @param from the entity and its alias, e.g. {@code "UsingUnit u"}
   * @param where the filter without {@code where}, or empty
   * @param columns sort field names of the request mapped to JPQL paths
   */
  public static <T> Page<T> page(
      EntityManager em,
      Class<T> type,
      String from,
      String where,
      Consumer<TypedQuery<?>> parameters,
      PageRequest request,
      Map<String, String> columns) {
    String filter = where.isEmpty() ? "" : " where " + where;
    String alias = from.substring(from.indexOf(' ') + 1);
    TypedQuery<Long> count =
        em.createQuery("select count(" + alias + ") from " + from + filter, Long.class);
    parameters.accept(count);
    String order =
        " order by "
            + columns.get(request.sortField())
            + (request.descending() ? " desc" : " asc")
            + ", "
            + alias
            + ".id";
    TypedQuery<T> rows = em.createQuery("select " + alias + " from " + from + filter + order, type);
    parameters.accept(rows);
    rows.setFirstResult(request.offset()).setMaxResults(request.size());
    return new Page<>(
        rows.getResultList(), request.page(), request.size(), count.getSingleResult());
  }
}
