package cn.gov.zj.cloud.privateportal.bulletin;

import java.time.Instant;
import java.time.YearMonth;

/** Art. 19: a security bulletin as read, with whether the reader has opened it. */
public record BulletinView(
    long id,
    YearMonth month,
    String title,
    String body,
    String publishedBy,
    Instant publishedAt,
    long reads,
    boolean readByMe) {}
