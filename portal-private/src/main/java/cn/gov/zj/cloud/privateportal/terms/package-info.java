/**
 * Art. 16 (第十六条): the terms of lawful use. A using unit's staff accept the version in force once
 * ({@link cn.gov.zj.cloud.privateportal.terms.TermsAcceptances}, table {@code terms_acceptance},
 * audited as {@code terms.accept}); until then the unit's applications are not submitted (409
 * {@code terms.notAccepted}). REST {@code /api/v1/tenants/<t>/terms}, page {@code
 * views/terms.xhtml}; the demo seed accepts for the demo units.
 */
package cn.gov.zj.cloud.privateportal.terms;
