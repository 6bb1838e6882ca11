/**
 * Art. 4, 5, 6–23: the dashboards a city's department head and the province open every morning.
 * Entry points: {@link cn.gov.zj.cloud.privateportal.dashboard.Dashboards} (city and province, REST
 * {@code /api/v1/tenants/<t>/dashboard} and {@code .../zhejiang/oversight/dashboard}, pages {@code
 * dashboard.xhtml} and {@code oversight-dashboard.xhtml}). Each source is read in one class ({@code
 * ApplicationCounts} from {@code application}, {@code StepCounts} from {@code application_event},
 * {@code AdoptionCounts} from {@code app_system}, {@code UsageCounts} from {@code usage_sample},
 * {@code FaultCounts} from {@code fault}, {@code FindingCounts} from {@code finding}, {@code
 * RatingCounts} from {@code service_rating}, {@code RectificationCounts} from {@code
 * rectification}), grouped by tenant, so that the same query serves a city (its row scope leaves
 * one tenant) and the province (oversight leaves them all); the V23 migration's indexes fit these
 * queries. The two largest sources, applications opened by month and state and first ratings by
 * month, kind and grade, are read from counters that V23's triggers keep as the rows change ({@code
 * dashboard_count}); the others are still counted per request over the year's rows.
 */
package cn.gov.zj.cloud.privateportal.dashboard;
