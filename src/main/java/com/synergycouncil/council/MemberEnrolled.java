package com.synergycouncil.council;

/**
 * Published when a member has been enrolled, or their enrolment changed ({@link CouncilRoster#enrol}), inside that
 * transaction: what a member needs to work (their Tasklist filter) is set up with the enrolment or not at all.
 */
public record MemberEnrolled(CouncilMember member) {
}
