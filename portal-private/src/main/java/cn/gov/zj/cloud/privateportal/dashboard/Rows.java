package cn.gov.zj.cloud.privateportal.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The native queries of the dashboard's readers: rows of a query with its parameters. */
final class Rows {

  /** The month (1–12) of a timestamp column in Beijing time, as SQL. */
  static final String MONTH = "extract(month from %s at time zone 'Asia/Shanghai')::int";

  private Rows() {}

  @SuppressWarnings("unchecked")
  static List<Object[]> of(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static int month(Object value) {
    return ((Number) value).intValue();
  }

  /** Every tenant that has a row in one of the maps, in order. */
  @SafeVarargs
  static Set<String> tenants(Map<String, ?>... maps) {
    Set<String> all = new TreeSet<>();
    for (Map<String, ?> map : maps) {
      all.addAll(map.keySet());
    }
    return all;
  }

  /** Enum constants as a list of SQL literals (their names are letters and underscores only). */
  static String constants(Stream<? extends Enum<?>> constants) {
    return constants.map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
  }

  /** Per tenant, the open items and the overdue ones a query counts as of {@code today} (?1). */
  static Map<String, OpenItems> openItems(EntityManager em, String sql, LocalDate today) {
    Map<String, OpenItems> figures = new TreeMap<>();
    for (Object[] row : of(em, sql, Date.valueOf(today))) {
      figures.put((String) row[0], new OpenItems(count(row[1]), count(row[2])));
    }
    return figures;
  }
}
