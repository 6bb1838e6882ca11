/**
 * Art. 22, 23, 25: the rules of the assessments: the period assessed ({@link
 * cn.gov.zj.cloud.domain.assessment.AssessmentPeriod}), a unit's figures and score ({@link
 * cn.gov.zj.cloud.domain.assessment.Efficiency}, {@link
 * cn.gov.zj.cloud.domain.assessment.SecurityStatus}, {@link
 * cn.gov.zj.cloud.domain.assessment.UnitScore} under {@link
 * cn.gov.zj.cloud.domain.assessment.ScoreWeights}, {@link
 * cn.gov.zj.cloud.domain.assessment.Ranking}), and the provider's ({@link
 * cn.gov.zj.cloud.domain.assessment.Rate}, {@link cn.gov.zj.cloud.domain.assessment.Availability}).
 */
package cn.gov.zj.cloud.domain.assessment;
