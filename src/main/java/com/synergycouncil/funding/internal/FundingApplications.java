package com.synergycouncil.funding.internal;

import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.DueDiligence;
import com.synergycouncil.funding.Goal;
import com.synergycouncil.funding.MilestoneReport;
import com.synergycouncil.funding.StatusChange;
import com.synergycouncil.funding.Tranche;
import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplication;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.ImpactMetric;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The funding tables: applications, their tranches, impact goals, status history and reviews. */
@Repository
public class FundingApplications {

  private final JdbcClient jdbc;

  FundingApplications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String reference, FundingApplicationRequest request, String submittedBy, Instant at,
      String idempotencyKey, String requestHash) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into funding_application (reference, company_name, business_registration_number, esg_category,
              description, requested_amount_won, employee_count, contact_name, contact_email, contact_phone, status,
              submitted_by, submitted_at, idempotency_key, request_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(reference, request.companyName(), request.businessRegistrationNumber(), request.esgCategory().name(),
            request.description(), request.requestedAmountWon(), request.employeeCount(), request.contact().name(),
            request.contact().email(), request.contact().phone(), ApplicationStatus.SUBMITTED.name(), submittedBy,
            Timestamp.from(at), idempotencyKey, requestHash)
        .update(key, "id");
    long id = key.getKey().longValue();
    // one statement for all tranches and one for all goals, whatever their number
    List<FundingApplicationRequest.TranchePlan> tranches = request.tranches();
    List<Object> trancheValues = new ArrayList<>();
    for (int i = 0; i < tranches.size(); i++) {
      FundingApplicationRequest.TranchePlan tranche = tranches.get(i);
      trancheValues.addAll(Arrays.asList(id, i + 1, tranche.amountWon(), tranche.milestone(),
          tranche.plannedDate() == null ? null : Date.valueOf(tranche.plannedDate())));
    }
    jdbc.sql("insert into funding_tranche (application_id, seq, amount_won, milestone, planned_date, status) values "
            + rows("(?, ?, ?, ?, ?, 'PLANNED')", tranches.size()))
        .params(trancheValues).update();
    List<Object> goalValues = new ArrayList<>();
    request.impactGoals().forEach(goal -> goalValues.addAll(List.of(id, goal.metric().name(), goal.target())));
    jdbc.sql("insert into funding_impact_goal (application_id, metric, target_value) values "
            + rows("(?, ?, ?)", request.impactGoals().size()))
        .params(goalValues).update();
    recordStatus(id, ApplicationStatus.SUBMITTED, null, submittedBy, at);
    return id;
  }

  /** {@code count} copies of a VALUES row, comma-separated: a multi-row insert (H2 and PostgreSQL). */
  private static String rows(String row, int count) {
    return String.join(", ", Collections.nCopies(count, row));
  }

  public void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update funding_application set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  public Optional<FundingApplication> find(long id) {
    return jdbc.sql("select * from funding_application where id = ?").param(id).query(FundingApplications::toApplication)
        .optional();
  }

  public Optional<FundingApplication> findByReference(String reference) {
    return jdbc.sql("select * from funding_application where reference = ?").param(reference)
        .query(FundingApplications::toApplication).optional();
  }

  public Optional<IdempotentSubmission> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.sql("select reference, request_hash from funding_application where submitted_by = ? and idempotency_key = ?")
        .params(submittedBy, key)
        .query((rs, row) -> new IdempotentSubmission(rs.getString(1), rs.getString(2))).optional();
  }

  /** Moves the application to a status and appends it to the history. */
  public void changeStatus(long id, ApplicationStatus status, String reason, String changedBy, Instant at) {
    jdbc.sql("update funding_application set status = ?, status_reason = ? where id = ?")
        .params(status.name(), reason, id).update();
    recordStatus(id, status, reason, changedBy, at);
  }

  public void recordAward(long id, String resolutionNumber, Instant at) {
    jdbc.sql("update funding_application set resolution_number = ?, awarded_at = ? where id = ?")
        .params(resolutionNumber, Timestamp.from(at), id).update();
  }

  public void recordResolution(long id, String resolutionNumber) {
    jdbc.sql("update funding_application set resolution_number = ? where id = ?").params(resolutionNumber, id).update();
  }

  /** Whether another application of the same company was awarded in the twelve months before {@code now}. */
  public boolean awardedSince(String businessRegistrationNumber, long exceptId, Instant since) {
    return jdbc.sql("""
            select count(*) from funding_application
            where business_registration_number = ? and id <> ? and awarded_at is not null and awarded_at >= ?""")
        .params(businessRegistrationNumber, exceptId, Timestamp.from(since)).query(Long.class).single() > 0;
  }

  public List<StatusChange> history(long id) {
    return jdbc.sql("select * from funding_status_history where application_id = ? order by id").param(id)
        .query((rs, row) -> new StatusChange(ApplicationStatus.valueOf(rs.getString("status")), rs.getString("reason"),
            rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
        .list();
  }

  public List<Tranche> tranches(long id) {
    return jdbc.sql("select * from funding_tranche where application_id = ? order by seq").param(id)
        .query((rs, row) -> new Tranche(rs.getInt("seq"), rs.getLong("amount_won"), rs.getString("milestone"),
            rs.getObject("planned_date", LocalDate.class), rs.getString("status"),
            rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant()))
        .list();
  }

  public void releaseTranche(long id, int seq, Instant at) {
    jdbc.sql("update funding_tranche set status = 'RELEASED', released_at = ? where application_id = ? and seq = ?")
        .params(Timestamp.from(at), id, seq).update();
  }

  public void cancelOpenTranches(long id) {
    jdbc.sql("update funding_tranche set status = 'CANCELLED' where application_id = ? and status = 'PLANNED'")
        .param(id).update();
  }

  public List<Goal> impactGoals(long id) {
    return jdbc.sql("select * from funding_impact_goal where application_id = ? order by metric").param(id)
        .query((rs, row) -> new Goal(ImpactMetric.valueOf(rs.getString("metric")), rs.getBigDecimal("target_value")))
        .list();
  }

  public void saveDueDiligence(long id, DueDiligence review) {
    jdbc.sql("""
            insert into funding_due_diligence (application_id, reviewer, impact_score, feasibility_score, team_score,
              financial_score, recommendation, summary, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, review.reviewer(), review.impactScore(), review.feasibilityScore(), review.teamScore(),
            review.financialScore(), review.recommendation(), review.summary(), Timestamp.from(review.reviewedAt()))
        .update();
  }

  public Optional<DueDiligence> dueDiligence(long id) {
    return jdbc.sql("select * from funding_due_diligence where application_id = ?").param(id)
        .query((rs, row) -> new DueDiligence(rs.getString("reviewer"), rs.getInt("impact_score"),
            rs.getInt("feasibility_score"), rs.getInt("team_score"), rs.getInt("financial_score"),
            rs.getString("recommendation"), rs.getString("summary"), rs.getTimestamp("reviewed_at").toInstant()))
        .optional();
  }

  public void saveMilestoneReport(long id, MilestoneReport report) {
    jdbc.sql("""
            insert into funding_milestone_report (application_id, tranche_seq, summary, jobs_created,
              ghg_reduced_tonnes, plastic_recycled_tonnes, decision, review_comment, reviewed_by, reviewed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, report.trancheSeq(), report.summary(), report.jobsCreated(), report.ghgReducedTonnes(),
            report.plasticRecycledTonnes(), report.decision(), report.reviewComment(), report.reviewedBy(),
            Timestamp.from(report.reviewedAt()))
        .update();
  }

  public List<MilestoneReport> milestoneReports(long id) {
    return jdbc.sql("select * from funding_milestone_report where application_id = ? order by id").param(id)
        .query((rs, row) -> new MilestoneReport(rs.getInt("tranche_seq"), rs.getString("summary"),
            rs.getInt("jobs_created"), rs.getBigDecimal("ghg_reduced_tonnes"), rs.getBigDecimal("plastic_recycled_tonnes"),
            rs.getString("decision"), rs.getString("review_comment"), rs.getString("reviewed_by"),
            rs.getTimestamp("reviewed_at").toInstant()))
        .list();
  }

  private void recordStatus(long id, ApplicationStatus status, String reason, String changedBy, Instant at) {
    jdbc.sql("insert into funding_status_history (application_id, status, reason, changed_by, changed_at) values (?, ?, ?, ?, ?)")
        .params(id, status.name(), reason, changedBy, Timestamp.from(at)).update();
  }

  private static FundingApplication toApplication(ResultSet rs, int row) throws SQLException {
    Timestamp awarded = rs.getTimestamp("awarded_at");
    return new FundingApplication(rs.getLong("id"), rs.getString("reference"), rs.getString("company_name"),
        rs.getString("business_registration_number"), EsgCategory.valueOf(rs.getString("esg_category")),
        rs.getString("description"), rs.getLong("requested_amount_won"), rs.getInt("employee_count"),
        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
        ApplicationStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getString("submitted_by"),
        rs.getTimestamp("submitted_at").toInstant(), rs.getString("process_instance_id"),
        rs.getString("resolution_number"), awarded == null ? null : awarded.toInstant());
  }

  public record IdempotentSubmission(String reference, String requestHash) {
  }





}
