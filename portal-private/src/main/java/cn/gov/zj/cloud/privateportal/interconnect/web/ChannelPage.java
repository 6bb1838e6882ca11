package cn.gov.zj.cloud.privateportal.interconnect.web;

import cn.gov.zj.cloud.privateportal.interconnect.Channel;
import cn.gov.zj.cloud.privateportal.interconnect.ChannelReport;
import cn.gov.zj.cloud.privateportal.interconnect.ChannelWatch;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * Art. 24: the interconnection's state for {@code province-admin}: lag, both queues, the last
 * success and failure, failures in a row, totals; and an exchange at once.
 */
@Named
@RequestScoped
public class ChannelPage {

  @Inject private ChannelWatch watch;

  private ChannelReport report;

  public ChannelReport getReport() {
    if (report == null) {
      report = watch.report();
    }
    return report;
  }

  /** Seconds since the oldest waiting message was written, on either side. */
  public long getLagSeconds() {
    return getReport().lag(Instant.now()).toSeconds();
  }

  /** The refused messages of both zones back in their queues; what moved, as a message. */
  public void requeueRefused() {
    FacesFeedback.attempt(
        "channel-form",
        () -> {
          ChannelWatch.Requeued requeued = watch.requeueRefused();
          report = null;
          if (requeued.submissions() == null) {
            FacesFeedback.info("channel.requeuedPublicDown", requeued.publications());
          } else {
            FacesFeedback.info("channel.requeued", requeued.publications(), requeued.submissions());
          }
        });
  }

  /** An exchange now; its outcome as a message. */
  public void exchangeNow() {
    FacesFeedback.attempt(
        "channel-form",
        () -> {
          Channel.Exchange exchange = watch.exchangeNow();
          report = null;
          if (exchange.succeeded()) {
            FacesFeedback.info("channel.exchanged");
          } else if (exchange.skipped()) {
            FacesFeedback.info("channel.skipped");
          } else {
            FacesFeedback.error("channel.failed");
          }
        });
  }
}
