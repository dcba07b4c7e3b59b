/**
 * The SAP 10.2 input model of one dwelling: immutable records, no IO and no business logic.
 *
 * <p>Every fabric element and opening carries a stable String {@code id} (the XML {@code Name} when
 * there is one) so that commands and events can add, change and remove elements by id. Physical range
 * limits shared by the calculation's validator and command-side validation live in {@link
 * org.sapledger.domain.dwelling.PhysicalLimits}.
 */
package org.sapledger.domain.dwelling;
