package cn.gov.zj.cloud.publicportal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made: the integration tests run against the real artifact. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive publicPortal() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("portal.war")))
        .addClass(Deployments.class);
  }
}
