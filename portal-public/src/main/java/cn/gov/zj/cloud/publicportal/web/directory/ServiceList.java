package cn.gov.zj.cloud.publicportal.web.directory;

import cn.gov.zj.cloud.publicportal.service.PublicService;
import cn.gov.zj.cloud.publicportal.service.ServiceDirectory;
import cn.gov.zj.cloud.publicportal.web.PageLinks;
import cn.gov.zj.cloud.publicportal.web.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Art. 23: the tenant's home {@code /t/<tenant>/?q=&page=}: its public services, searched by name
 * or unit, {@value #PAGE_SIZE} a page; each page is a link of its own.
 */
@Named("directory")
@RequestScoped
public class ServiceList {

  static final int PAGE_SIZE = 10;

  @Inject private Visit visit;
  @Inject private ServiceDirectory directory;

  private String search;
  private String requestedPage;
  private int page;
  private ServiceDirectory.Listing listing;

  /** The view action: one page of the listed services matching the search. */
  public void load() {
    page = PageLinks.number(requestedPage);
    listing = directory.listed(visit.tenant(), search, page - 1, PAGE_SIZE);
    if (listing.items().isEmpty() && page > 1) {
      page = 1; // past the end: the first page says how many there are
      listing = directory.listed(visit.tenant(), search, 0, PAGE_SIZE);
    }
  }

  private PageLinks links() {
    return new PageLinks(page, listing.total(), PAGE_SIZE);
  }

  /**
   * Art. 23: the tenant lists no service at all (nothing was searched and nothing is listed): the
   * page says so plainly instead of "no match".
   */
  public boolean isDirectoryEmpty() {
    return (search == null || search.isBlank()) && listing.total() == 0;
  }

  public List<PublicService> getServices() {
    return listing.items();
  }

  public long getTotal() {
    return listing.total();
  }

  public int getPage() {
    return page;
  }

  /** How many pages the matches fill; at least one. */
  public long getPages() {
    return links().pages();
  }

  public boolean isFirst() {
    return links().first();
  }

  public boolean isLast() {
    return links().last();
  }

  /** The link to another page of the same search. */
  public String pageLink(int number) {
    String query = search == null ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
    return visit.getBase() + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + number;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getRequestedPage() {
    return requestedPage;
  }

  public void setRequestedPage(String requestedPage) {
    this.requestedPage = requestedPage;
  }
}
