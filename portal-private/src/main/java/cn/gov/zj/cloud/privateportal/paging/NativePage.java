package cn.gov.zj.cloud.privateportal.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One page of a native listing: the count and the rows of the same {@code from} clause, bound alike
 * by {@code bind}; the page's offset and size take the two positional parameters after the last one
 * {@code bind} sets ({@code next} and {@code next + 1}).
 */
public record NativePage(EntityManager em, String columns, String from, UnaryOperator<Query> bind) {

  /** The page of rows in {@code order}, each read by {@code row}. */
  public <T> Page<T> page(String order, int next, PageRequest request, Function<Object[], T> row) {
    Query count = bind.apply(em.createNativeQuery("select count(*)" + from));
    Query rows =
        bind.apply(
            em.createNativeQuery(
                "select "
                    + columns
                    + from
                    + " order by "
                    + order
                    + " offset ?"
                    + next
                    + " limit ?"
                    + (next + 1)));
    rows.setParameter(next, request.offset()).setParameter(next + 1, request.size());
    return new Page<>(
        rows(rows).stream().map(row).toList(),
        request.page(),
        request.size(),
        ((Number) count.getSingleResult()).longValue());
  }

  /**
   * The first row where {@code condition} holds too (its parameter {@code ?next} is {@code id}).
   */
  public <T> Optional<T> first(String condition, int next, Object id, Function<Object[], T> row) {
    Query query =
        bind.apply(em.createNativeQuery("select " + columns + from + " and " + condition));
    query.setParameter(next, id);
    return rows(query).stream().findFirst().map(row);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }
}
