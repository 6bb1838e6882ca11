package cn.gov.zj.cloud.domain.services;

/**
 * Art. 14: a training session's seats: unit staff register while seats are left (a full session
 * refuses the next registration), and the provider never lowers the capacity below those taken.
 */
public record TrainingSeats(int capacity, int taken) {

  /** A session holds at most this many people. */
  public static final int MAX_CAPACITY = 10_000;

  public TrainingSeats {
    if (capacity < 1 || capacity > MAX_CAPACITY || taken < 0) {
      throw new IllegalArgumentException("capacity 1 to 10000 and taken >= 0");
    }
  }

  public int left() {
    return Math.max(0, capacity - taken);
  }

  public boolean full() {
    return taken >= capacity;
  }
}
