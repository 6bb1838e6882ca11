package cn.gov.zj.cloud.privateportal.tenant;

import java.util.regex.Pattern;

/**
 * Maps tenant page paths to Faces views and back: {@code /t/<tenant>/systems} is the view {@code
 * /views/systems.xhtml}; the start page {@code /t/<tenant>/} is {@code /views/index.xhtml}.
 */
public final class TenantViews {

  private static final Pattern PAGE = Pattern.compile("/?([a-z][a-z0-9-]*)?/?");

  private TenantViews() {}

  /** The view for the part of the path after the tenant; unknown shapes go to a missing view. */
  public static String viewOf(String rest) {
    var matcher = PAGE.matcher(rest);
    if (!matcher.matches()) {
      return "/views/not-a-page.xhtml";
    }
    String page = matcher.group(1);
    return "/views/" + (page == null ? "index" : page) + ".xhtml";
  }

  /** The tenant path of a view id, e.g. {@code /views/systems.xhtml} to {@code /t/x/systems}. */
  public static String pathOf(String tenant, String viewId) {
    String page = viewId.replaceFirst("^/views/", "").replaceFirst("\\.xhtml$", "");
    return "/t/" + tenant + "/" + ("index".equals(page) ? "" : page);
  }
}
