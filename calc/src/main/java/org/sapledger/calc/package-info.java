/**
 * The SAP 10.2 worksheet as pure Java: one unit per worksheet line or table, an orchestrator per section and an
 * incremental evaluator. No Spring, no Axon, no IO beyond the tables shipped with the module.
 */
package org.sapledger.calc;
