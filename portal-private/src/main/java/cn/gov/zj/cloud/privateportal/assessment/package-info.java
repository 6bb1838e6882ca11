/**
 * Art. 22, 23, 25: the annual assessment of the using units ({@link
 * cn.gov.zj.cloud.privateportal.assessment.UnitAssessments}, {@code GET assessments/units?year=},
 * the unit's report as PDF, the page {@code unit-assessments}) under the tenant's score weights
 * ({@link cn.gov.zj.cloud.privateportal.assessment.ScoreWeightRules}, {@code assessments/weights}),
 * and the assessment of the provider per month, quarter or year ({@link
 * cn.gov.zj.cloud.privateportal.assessment.ProviderAssessments}, {@code GET
 * assessments/provider?period=}, PDF, the page {@code provider-assessment}); the province reads
 * every city's provider figures. The figures are read from adoption ({@code supervision}), the
 * monthly usage advice ({@code usage}), findings, bulletins and drills, faults, lifecycle steps and
 * the units' ratings. Table (V25): {@code assessment_weights}. Not to be confused with {@code
 * registry.Assessments}, the CNAS assessment of a system (Art. 9, 18).
 */
package cn.gov.zj.cloud.privateportal.assessment;
