package com.synergycouncil.funding;

import com.synergycouncil.council.Resolution;
import com.synergycouncil.council.VoteEvent;
import java.time.Instant;
import java.util.List;

/** An application with its status, what was decided on it and by whom. */
public record FundingApplicationView(String reference, String companyName, String businessRegistrationNumber,
    EsgCategory esgCategory, String description, long requestedAmountWon, int employeeCount, Contact contact,
    ApplicationStatus status, String statusReason, String submittedBy, Instant submittedAt,
    List<Tranche> tranches, List<Goal> impactGoals,
    DueDiligence dueDiligence, List<MilestoneReport> milestoneReports,
    List<StatusChange> history, List<Resolution> resolutions, List<VoteEvent> openCouncilEvents) {

  public record Contact(String name, String email, String phone) {
  }
}
