package com.synergycouncil.council;

/**
 * Published when a resolution has been appended to the register, inside the transaction that appended it:
 * a listener that fails rolls the resolution back with it.
 */
public record ResolutionRecorded(String resolutionNumber) {
}
