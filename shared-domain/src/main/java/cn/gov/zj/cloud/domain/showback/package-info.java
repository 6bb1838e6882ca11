/**
 * Art. 21: showback of the cost of the resources each using unit holds, as the basis of its next
 * budget. The province prices each unit of measure ({@link PriceItem}) from an effective date; a
 * city may lower a price for its own tenant, never raise it (Art. 25, {@link PriceCatalogue}). A
 * unit's cost follows its allocation history ({@link AllocationHistory}: activation, executed
 * changes, reclamation) pro rata by day within each month ({@link Showback}). Amounts are exact
 * decimal CNY ({@link Money}).
 */
package cn.gov.zj.cloud.domain.showback;
