package com.synergycouncil.council;

/** A council member: a Camunda user with a partner and a role. */
public record CouncilMember(String userId, String partnerCode, Role role, String nameKo, String nameEn, boolean chair) {
}
