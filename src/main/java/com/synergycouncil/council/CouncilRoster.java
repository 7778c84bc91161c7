package com.synergycouncil.council;

import com.synergycouncil.system.Groups;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners and council members, and their mapping to Camunda users and groups. Used from the model as
 * {@code ${councilRoster.partnerList(partnerCodes)}}.
 */
@Component("councilRoster")
public class CouncilRoster {

  private final JdbcClient jdbc;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;

  CouncilRoster(JdbcClient jdbc, IdentityService identityService, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.events = events;
  }

  /** Codes of the partners that take part in council decisions, e.g. {@code SKT,KAKAO}. */
  public List<String> activePartnerCodes() {
    return jdbc.sql("select code from partner where active order by code desc").query(String.class).list();
  }

  /** Codes of every partner, including those that only take part in some councils (e.g. the AI R&D council). */
  public List<String> partnerCodes() {
    return jdbc.sql("select code from partner order by code desc").query(String.class).list();
  }

  /** A partner's name as people read it, e.g. {@code SK텔레콤 / SK Telecom}; the code itself for an unknown one. */
  public String partnerName(String code) {
    return jdbc.sql("select name_ko || ' / ' || name_en from partner where code = ?").param(code).query(String.class)
        .optional().orElse(code);
  }

  /** The multi-instance collection of CouncilDecisionProcess: one branch per partner. */
  public List<String> partnerList(String partnerCodes) {
    return Arrays.stream(partnerCodes.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
  }

  public Optional<CouncilMember> member(String userId) {
    return jdbc.sql("select * from council_member where user_id = ?").param(userId).query(CouncilRoster::toMember)
        .optional();
  }

  /** How a person is named in briefings: {@code 이서연 Lee Seoyeon (skt-cto)}, or the user id of a non-member. */
  public String displayName(String userId) {
    return member(userId).map(member -> member.nameKo() + " " + member.nameEn() + " (" + userId + ")").orElse(userId);
  }

  /** Active members of a partner holding one of the roles, in the order of the roles given, then by user id. */
  public List<CouncilMember> membersWithRoles(String partnerCode, List<Role> roles) {
    List<CouncilMember> members = jdbc.sql("select * from council_member where partner_code = ? and active")
        .param(partnerCode).query(CouncilRoster::toMember).list();
    return members.stream()
        .filter(member -> roles.contains(member.role()))
        .sorted((a, b) -> a.role() == b.role() ? a.userId().compareTo(b.userId())
            : Integer.compare(roles.indexOf(a.role()), roles.indexOf(b.role())))
        .toList();
  }

  /**
   * Adds a member (or updates one) and puts their Camunda user in the groups their role needs: executives in
   * their partner's executives group, the chair in {@link Groups#COUNCIL_CHAIR}, fund managers in
   * {@link Groups#FUND_MANAGERS}, compliance officers in {@link Groups#COMPLIANCE}; then tells
   * ({@link MemberEnrolled}) what sets up their work, such as a voter's Tasklist filter.
   */
  @Transactional
  public void enrol(CouncilMember member) {
    User user = identityService.createUserQuery().userId(member.userId()).singleResult();
    if (user == null) {
      throw new IllegalArgumentException("no Camunda user " + member.userId());
    }
    int updated = jdbc.sql("""
            update council_member set partner_code = ?, role = ?, name_ko = ?, name_en = ?, chair = ?, active = true
            where user_id = ?""")
        .params(member.partnerCode(), member.role().name(), member.nameKo(), member.nameEn(), member.chair(),
            member.userId())
        .update();
    if (updated == 0) {
      jdbc.sql("""
              insert into council_member (user_id, partner_code, role, name_ko, name_en, chair, active)
              values (?, ?, ?, ?, ?, ?, true)""")
          .params(member.userId(), member.partnerCode(), member.role().name(), member.nameKo(), member.nameEn(),
              member.chair())
          .update();
    }
    for (String group : groupsOf(member)) {
      if (identityService.createUserQuery().userId(member.userId()).memberOfGroup(group).count() == 0) {
        identityService.createMembership(member.userId(), group);
      }
    }
    events.publishEvent(new MemberEnrolled(member));
  }

  static Set<String> groupsOf(CouncilMember member) {
    String roleGroup = switch (member.role()) {
      case CO_CEO, CTO -> Groups.executivesOf(member.partnerCode());
      case FUND_MANAGER -> Groups.FUND_MANAGERS;
      case COMPLIANCE_OFFICER -> Groups.COMPLIANCE;
      case IP_OFFICER -> "ip-officers";
      case AI_LEAD -> "ai-leads";
    };
    return member.chair() ? Set.of(roleGroup, Groups.COUNCIL_CHAIR) : Set.of(roleGroup);
  }

  private static CouncilMember toMember(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new CouncilMember(rs.getString("user_id"), rs.getString("partner_code"), Role.valueOf(rs.getString("role")),
        rs.getString("name_ko"), rs.getString("name_en"), rs.getBoolean("chair"));
  }
}
