/**
 * Demo users and demo data for the {@code demo} profile that {@code ./mvnw spring-boot:run} uses: council
 * members of both partners and a handful of applications in different states, so that every demo executive
 * finds a vote waiting in Tasklist. Never active in production.
 */
package com.synergycouncil.demo;
