/**
 * The council's decision core, reused by every kind of decision: partners and their members,
 * {@code CouncilDecisionProcess} (who must vote, by DMN; votes with conflict declarations, recusal and
 * replacement; overdue votes escalated to the chair; four-eyes), and the append-only resolution register.
 */
package com.synergycouncil.council;
