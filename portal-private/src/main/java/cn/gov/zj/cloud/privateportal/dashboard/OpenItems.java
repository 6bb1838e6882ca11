package cn.gov.zj.cloud.privateportal.dashboard;

/**
 * Art. 17, 23: items still open today (security findings not yet verified, bad-review
 * rectifications not yet reported) and of them those past their due date.
 */
public record OpenItems(long open, long overdue) {

  public static OpenItems none() {
    return new OpenItems(0, 0);
  }

  public OpenItems plus(OpenItems other) {
    return new OpenItems(open + other.open, overdue + other.overdue);
  }
}
