/**
 * Art. 16 (第十六条): the platform's terms of lawful use, which a using unit accepts once per version
 * before its first application. Entry point: {@link cn.gov.zj.cloud.domain.terms.TermsOfUse}; the
 * portal keeps acceptances in {@code terms_acceptance}.
 */
package cn.gov.zj.cloud.domain.terms;
