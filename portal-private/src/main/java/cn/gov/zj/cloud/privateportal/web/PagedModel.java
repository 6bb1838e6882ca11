package cn.gov.zj.cloud.privateportal.web;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a service listing: the database pages, sorts and searches; the
 * table's global filter is the search text. It remembers the last search and sort, so that the
 * list's export ({@link #all}) holds what the table shows.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The service call, serializable so that a view-scoped bean can keep the model. */
  public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {}

  private final Source<T> source;
  private final Set<String> sortable;
  private final String defaultSort;
  private final Function<T, Object> key;
  private String lastSort;
  private String lastSearch;

  public PagedModel(
      Source<T> source, Set<String> sortable, String defaultSort, Function<T, Object> key) {
    this.source = source;
    this.sortable = Set.copyOf(sortable);
    this.defaultSort = defaultSort;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.apply(request(0, 1, Map.of(), filterBy)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageRequest request = request(first, pageSize, sortBy, filterBy);
    lastSort = (request.descending() ? "-" : "") + request.sortField();
    lastSearch = request.search();
    Page<T> page = source.apply(request);
    setRowCount((int) page.total());
    return page.items();
  }

  /**
   * Every row of the list as the table shows it now: the same search, filters and sort, all pages
   * (at most {@link SheetWriter#MAX_ROWS}): what the list's XLSX export writes.
   */
  public List<T> all() {
    return SheetWriter.all(source, lastSort == null ? defaultSort : lastSort, lastSearch);
  }

  private PageRequest request(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sort =
        sortBy.values().stream()
            .filter(
                meta -> sortable.contains(meta.getField()) && meta.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .map(meta -> (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField())
            .orElse(defaultSort);
    FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    String search =
        global == null || global.getFilterValue() == null
            ? null
            : global.getFilterValue().toString();
    int pageSize = Math.min(Math.max(size, 1), PageRequest.MAX_SIZE);
    return PageRequest.parse(
        String.valueOf(first / pageSize),
        String.valueOf(pageSize),
        sort,
        search == null ? null : search.substring(0, Math.min(search.length(), 100)),
        sortable,
        defaultSort,
        new Violations());
  }

  @Override
  public String getRowKey(T item) {
    return String.valueOf(key.apply(item));
  }
}
