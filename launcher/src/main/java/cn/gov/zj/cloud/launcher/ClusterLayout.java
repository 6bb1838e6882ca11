package cn.gov.zj.cloud.launcher;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Issue 15, cluster mode: where the load balancer and each portal's instances listen. The users'
 * addresses stay the fronts ({@code privateFront}, {@code publicFront}), which HAProxy serves;
 * portal-private's instances listen on {@code firstInstancePort + i}, portal-public's on {@code
 * firstInstancePort + 10 + i}, HAProxy's statistics on {@code firstInstancePort + 20}. Each
 * portal's data grid (Hazelcast) takes its own ports from {@code firstDataGridPort} (private) and
 * {@code firstDataGridPort + 10} (public), so that the two zones never join one grid (Art. 24).
 *
 * @param instances instances of each portal, 2 to 9
 */
public record ClusterLayout(
    int privateFront,
    int publicFront,
    int instances,
    int firstInstancePort,
    int firstDataGridPort) {

  /** The run command's system property: how many instances of each portal; 1 or absent: none. */
  public static final String INSTANCES_PROPERTY = "zj.instances";

  public ClusterLayout {
    if (instances < 2 || instances > 9) {
      throw new IllegalArgumentException("instances must be 2 to 9, not " + instances);
    }
  }

  /**
   * The run command's layout ({@code -Dzj.instances=2}): the fronts on the settings' portal ports
   * (8080, 8081), portal-private's instances on 8280…, portal-public's on 8290…, statistics on
   * 8300, the data grids on 5710… and 5720….
   */
  public static ClusterLayout of(StackSettings settings, int instances) {
    return new ClusterLayout(settings.privatePort(), settings.publicPort(), instances, 8280, 5710);
  }

  /** The ports of one zone's instances ({@code "private"} or {@code "public"}), in order. */
  public List<Integer> instancePorts(String zone) {
    int first = firstInstancePort + offset(zone);
    return IntStream.range(0, instances).mapToObj(i -> first + i).toList();
  }

  /** The data grid ports of one zone's instances, in order. */
  public List<Integer> dataGridPorts(String zone) {
    int first = firstDataGridPort + offset(zone);
    return IntStream.range(0, instances).mapToObj(i -> first + i).toList();
  }

  /** HAProxy's statistics page ({@code /;csv} for machines). */
  public int statsPort() {
    return firstInstancePort + 20;
  }

  /** The front (the users' port) of one zone. */
  public int front(String zone) {
    return "private".equals(zone) ? privateFront : publicFront;
  }

  private static int offset(String zone) {
    return switch (zone) {
      case "private" -> 0;
      case "public" -> 10;
      default -> throw new IllegalArgumentException("no zone " + zone);
    };
  }
}
