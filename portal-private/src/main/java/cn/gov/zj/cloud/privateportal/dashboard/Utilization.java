package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.Monthly;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Art. 15: the provider's daily samples of the year's allocated resource lines: how many, and the
 * sums of their average CPU and memory use, month by month, so that means add up from the cities to
 * the province.
 */
public record Utilization(Monthly samples, double[] cpuSums, double[] memorySums) {

  public Utilization {
    cpuSums = cpuSums.clone();
    memorySums = memorySums.clone();
  }

  public static Utilization none() {
    return new Utilization(Monthly.none(), new double[12], new double[12]);
  }

  Utilization add(int month, long count, double cpu, double memory) {
    double[] nextCpu = cpuSums.clone();
    double[] nextMemory = memorySums.clone();
    nextCpu[month - 1] += cpu;
    nextMemory[month - 1] += memory;
    return new Utilization(samples.add(month, count), nextCpu, nextMemory);
  }

  public Utilization plus(Utilization other) {
    double[] cpu = new double[12];
    double[] memory = new double[12];
    Arrays.setAll(cpu, i -> cpuSums[i] + other.cpuSums[i]);
    Arrays.setAll(memory, i -> memorySums[i] + other.memorySums[i]);
    return new Utilization(samples.plus(other.samples), cpu, memory);
  }

  /** Art. 15: the mean daily CPU use in percent in {@code month} (0: the year), to one decimal. */
  public Optional<BigDecimal> cpu(int month) {
    return mean(cpuSums, month);
  }

  /** Art. 15: the mean daily memory use in percent in {@code month} (0: the year). */
  public Optional<BigDecimal> memory(int month) {
    return mean(memorySums, month);
  }

  private Optional<BigDecimal> mean(double[] sums, int month) {
    long count = month == 0 ? samples.total() : samples.month(month);
    if (count == 0) {
      return Optional.empty();
    }
    double sum = month == 0 ? Arrays.stream(sums).sum() : sums[month - 1];
    return Optional.of(BigDecimal.valueOf(sum / count).setScale(1, RoundingMode.HALF_UP));
  }
}
