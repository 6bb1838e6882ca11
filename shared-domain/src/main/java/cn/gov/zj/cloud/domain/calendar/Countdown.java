package cn.gov.zj.cloud.domain.calendar;

/**
 * What an inbox shows of a deadline on a given day.
 *
 * @param workingDaysLeft working days after today up to and including the due date; 0 on the due
 *     date itself; negative once overdue (minus the working days since the due date), and 0 when
 *     the only days since were days off, hence the separate flag
 * @param overdue the due date has passed
 * @param provisional the due date or the count touched a year whose notice is not loaded
 */
public record Countdown(int workingDaysLeft, boolean overdue, boolean provisional) {}
