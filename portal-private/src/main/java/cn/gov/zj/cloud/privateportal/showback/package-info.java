/**
 * Art. 21, Art. 25: showback. Entry points: {@link
 * cn.gov.zj.cloud.privateportal.showback.Showbacks} (a unit's cost by month and year from its
 * allocation history), {@link cn.gov.zj.cloud.privateportal.showback.PriceBook} (the provincial
 * catalogue and a city's lower prices), REST {@code tenants/<t>/showback} and {@code
 * tenants/<t>/prices}, pages {@code showback} and {@code prices}. Table: {@code price_entry} (V24).
 */
package cn.gov.zj.cloud.privateportal.showback;
