/**
 * Art. 23, 24: the public satisfaction statistics, as citizens know them from 浙里办.
 *
 * <p>Citizens' ratings of services and units' ratings of the provider are counted apart everywhere
 * ({@link cn.gov.zj.cloud.domain.feedback.RatingKind}). Entry points: {@link Statistics} (a
 * tenant's period), {@link ServiceSatisfaction} (per service: satisfaction and count, monthly
 * trend, bad-review rectification rate on the official calendar), {@link CityRanking} (晾晒, every
 * tenant through the read-only ranking mode), and the REST resources {@link SatisfactionResource}
 * and {@link RankingResource}. Tables: {@code satisfaction_count} (migration V7) and {@code
 * rectification_count} (V8: the bad reviews per rated, called-back and reported day, summed against
 * the due dates by {@link RectificationCounts}), kept by statement triggers on {@code rating}.
 * Plain JDBC, as the rest of the public zone. Counts only: nothing personal is ever read out.
 */
package cn.gov.zj.cloud.publicportal.statistics;
