/**
 * Cross-cutting configuration: who may log in and how (one Camunda identity for the webapps, {@code /api}
 * and {@code /engine-rest}), what each group may do in the engine, the guard against expressions in task
 * queries, error responses as {@code application/problem+json}, and reference numbers.
 */
package com.synergycouncil.system;
