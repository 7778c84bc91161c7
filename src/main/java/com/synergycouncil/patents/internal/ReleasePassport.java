package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.ReleaseKind;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The release passport of every patent of a request, checked set-wise: each rule is one UPDATE over all of the
 * request's patents still PENDING, so the first rule a patent fails gives its reason. Whatever passes every rule
 * becomes PASSED, or CONSENT when co-owners must consent first (Korean Patent Act Art. 99).
 */
@Component
public class ReleasePassport {

  /** A patent expiring sooner than this is not worth releasing (nor safe to promise to a recipient). */
  static final int MIN_REMAINING_MONTHS = 12;

  private final JdbcClient jdbc;

  ReleasePassport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Rule(String reason, String failsWhen) {
  }

  private static final List<Rule> RULES = List.of(
      new Rule("NOT_IN_FORCE: 등록 유지 중이 아님 / not granted and in force", "p.legal_status <> 'GRANTED'"),
      new Rule("EXPIRING: 존속기간 1년 미만 / expires within a year", "p.expiry_date < :cutoff"),
      new Rule("FEES_UNPAID: 연차료 미납 / annual fees not paid", "p.fee_status <> 'PAID'"),
      new Rule("PLEDGED: 질권 설정 / pledged", "p.pledged_to is not null"),
      new Rule("EXCLUSIVE_LICENCE: 전용실시권 존재 / an exclusive licence is in the way", """
          exists (select 1 from patent_licence l where l.patent_id = p.id and l.exclusive = true
            and l.status <> 'TERMINATED')"""));

  /** Checks every patent of the request; returns how many wait for co-owner consent. */
  public long check(long requestId, ReleaseKind kind, String partnerCode, LocalDate today) {
    jdbc.sql("update release_request_patent set passport = 'PENDING', reason = null where request_id = :id")
        .param("id", requestId).update();
    if (kind.byPartner()) {
      fail(requestId, "NOT_OWN_PATENT: 요청 파트너의 특허가 아님 / not a patent of the proposing partner",
          "p.partner_code <> :partner", partnerCode, today);
    }
    if (kind == ReleaseKind.POOL) {
      fail(requestId, "NOT_POOL_FIELD: AI·플랫폼·미디어 분야가 아님 / not an AI, platform or media patent",
          "p.technology_field not in ('AI', 'PLATFORM', 'MEDIA')", partnerCode, today);
      fail(requestId, "ALREADY_POOLED: 이미 특허 풀에 편입 / already in the pool", "p.in_pool = true", partnerCode, today);
    }
    for (Rule rule : RULES) {
      fail(requestId, rule.reason(), rule.failsWhen(), partnerCode, today);
    }
    // FRAND commitments travel with the licence; jurisdictions of the family are listed on the passport
    jdbc.sql("""
        update release_request_patent r set
          frand = (select p.standard_essential from patent p where p.id = r.patent_id),
          jurisdictions = (select p.jurisdiction from patent p where p.id = r.patent_id)
        where r.request_id = :id""").param("id", requestId).update();
    jdbc.sql("""
        update release_request_patent r set passport = 'CONSENT'
        where r.request_id = :id and r.passport = 'PENDING'
          and exists (select 1 from patent_co_owner c where c.patent_id = r.patent_id)""")
        .param("id", requestId).update();
    jdbc.sql("update release_request_patent set passport = 'PASSED' where request_id = :id and passport = 'PENDING'")
        .param("id", requestId).update();
    return jdbc.sql("select count(*) from release_request_patent where request_id = :id and passport = 'CONSENT'")
        .param("id", requestId).query(Long.class).single();
  }

  /** The co-owner organisations (not patents) whose consent the request still needs. */
  public List<String> awaitingConsent(long requestId) {
    return jdbc.sql("""
        select distinct c.organisation from patent_co_owner c
          join release_request_patent r on r.patent_id = c.patent_id
        where r.request_id = :id and r.passport = 'CONSENT'
          and not exists (select 1 from release_co_owner_consent k
            where k.request_id = r.request_id and k.organisation = c.organisation)
        order by c.organisation""").param("id", requestId).query(String.class).list();
  }

  /** Patents a co-owner refused fail; the others waiting for consent pass. */
  public void applyConsents(long requestId) {
    jdbc.sql("""
        update release_request_patent r set passport = 'FAILED',
          reason = 'CO_OWNER_REFUSED: 공동소유자 동의 거절 / a co-owner refused consent (Patent Act Art. 99)'
        where r.request_id = :id and r.passport = 'CONSENT'
          and exists (select 1 from patent_co_owner c join release_co_owner_consent k
            on k.organisation = c.organisation and k.request_id = r.request_id
            where c.patent_id = r.patent_id and k.decision = 'REFUSED')""").param("id", requestId).update();
    jdbc.sql("update release_request_patent set passport = 'PASSED' where request_id = :id and passport = 'CONSENT'")
        .param("id", requestId).update();
  }

  private void fail(long requestId, String reason, String failsWhen, String partnerCode, LocalDate today) {
    String sql = """
        update release_request_patent r set passport = 'FAILED', reason = :reason
        where r.request_id = :id and r.passport = 'PENDING'
          and exists (select 1 from patent p where p.id = r.patent_id and (%s))""".formatted(failsWhen);
    var statement = jdbc.sql(sql).param("id", requestId).param("reason", reason);
    if (failsWhen.contains(":partner")) {
      statement = statement.param("partner", partnerCode);
    }
    if (failsWhen.contains(":cutoff")) {
      statement = statement.param("cutoff", Date.valueOf(today.plusMonths(MIN_REMAINING_MONTHS)));
    }
    statement.update();
  }
}
