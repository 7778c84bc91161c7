package com.synergycouncil.funding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ESG joint fund. An award is shared between the partners in proportion to their committed capital; the
 * partners' account rows are locked while a reservation is checked and written, and a check constraint in the
 * database is the last guard, so the balance can never go negative.
 */
@Component
public class Fund {

  private final JdbcClient jdbc;

  Fund(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public FundBalance balance() {
    return FundBalance.of(jdbc.sql("select * from fund_account order by partner_code desc")
        .query((rs, row) -> new FundBalance.PartnerBalance(rs.getString("partner_code"), rs.getLong("committed_won"),
            rs.getLong("reserved_won"), rs.getLong("disbursed_won"),
            rs.getLong("committed_won") - rs.getLong("reserved_won") - rs.getLong("disbursed_won")))
        .list());
  }

  /** Opens an account per active partner at the configured commitment, or adjusts the commitment. */
  @Transactional
  public void commit(String partnerCode, long committedWon) {
    int updated = jdbc.sql("update fund_account set committed_won = ? where partner_code = ?")
        .params(committedWon, partnerCode).update();
    if (updated == 0) {
      jdbc.sql("insert into fund_account (partner_code, committed_won) values (?, ?)").params(partnerCode, committedWon)
          .update();
    }
  }

  /**
   * Reserves an award, shared pro rata between the partners, or throws and reserves nothing (every check comes
   * before the first write, so the caller's transaction can go on to record the exhausted fund).
   */
  @Transactional(noRollbackFor = FundExhaustedException.class)
  public void reserve(long applicationId, long amountWon) {
    List<Account> accounts = jdbc.sql(
            "select partner_code, committed_won, reserved_won, disbursed_won from fund_account order by partner_code for update")
        .query((rs, row) -> new Account(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    long totalCommitted = accounts.stream().mapToLong(Account::committed).sum();
    if (totalCommitted == 0) {
      throw new FundExhaustedException("no capital has been committed to the fund");
    }
    List<Long> shares = new ArrayList<>();
    long allotted = 0;
    for (Account account : accounts) {
      long share = proRata(amountWon, account.committed(), totalCommitted);
      shares.add(share);
      allotted += share;
    }
    shares.set(0, shares.get(0) + amountWon - allotted);
    for (int i = 0; i < accounts.size(); i++) {
      Account account = accounts.get(i);
      if (account.available() < shares.get(i)) {
        throw new FundExhaustedException("%s has %,d won available, %,d needed".formatted(account.partnerCode(),
            account.available(), shares.get(i)));
      }
    }
    for (int i = 0; i < accounts.size(); i++) {
      if (shares.get(i) == 0) {
        continue;
      }
      jdbc.sql("update fund_account set reserved_won = reserved_won + ? where partner_code = ?")
          .params(shares.get(i), accounts.get(i).partnerCode()).update();
      jdbc.sql("insert into fund_commitment (application_id, partner_code, amount_won) values (?, ?, ?)")
          .params(applicationId, accounts.get(i).partnerCode(), shares.get(i)).update();
    }
  }

  /**
   * Pays out a tranche from the application's reservation, pro rata; the last tranche pays exactly what is left
   * of each partner's share, so rounding never leaves money stranded.
   */
  @Transactional
  public void disburse(long applicationId, long trancheWon, boolean lastTranche) {
    List<Commitment> commitments = commitments(applicationId);
    long total = commitments.stream().mapToLong(Commitment::amount).sum();
    long paid = 0;
    for (int i = 0; i < commitments.size(); i++) {
      Commitment commitment = commitments.get(i);
      long share = lastTranche ? commitment.outstanding()
          : i == commitments.size() - 1 ? trancheWon - paid
          : proRata(trancheWon, commitment.amount(), total);
      share = Math.min(share, commitment.outstanding());
      paid += share;
      jdbc.sql("update fund_commitment set disbursed_won = disbursed_won + ? where application_id = ? and partner_code = ?")
          .params(share, applicationId, commitment.partnerCode()).update();
      jdbc.sql("update fund_account set reserved_won = reserved_won - ?, disbursed_won = disbursed_won + ? where partner_code = ?")
          .params(share, share, commitment.partnerCode()).update();
    }
  }

  /** Gives back whatever of the application's reservation has not been paid out. Returns the amount released. */
  @Transactional
  public long releaseRemaining(long applicationId) {
    long released = 0;
    for (Commitment commitment : commitments(applicationId)) {
      long outstanding = commitment.outstanding();
      if (outstanding == 0) {
        continue;
      }
      released += outstanding;
      jdbc.sql("update fund_commitment set released_won = released_won + ? where application_id = ? and partner_code = ?")
          .params(outstanding, applicationId, commitment.partnerCode()).update();
      jdbc.sql("update fund_account set reserved_won = reserved_won - ? where partner_code = ?")
          .params(outstanding, commitment.partnerCode()).update();
    }
    return released;
  }

  /**
   * {@code amount * part / whole}, rounded down, without overflow: 2 billion won times 10 billion won of committed
   * capital is far beyond a long.
   */
  static long proRata(long amount, long part, long whole) {
    return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole))
        .longValueExact();
  }

  private List<Commitment> commitments(long applicationId) {
    return jdbc.sql("""
            select partner_code, amount_won, disbursed_won, released_won from fund_commitment
            where application_id = ? order by partner_code for update""")
        .param(applicationId)
        .query((rs, row) -> new Commitment(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
  }

  private record Account(String partnerCode, long committed, long reserved, long disbursed) {
    long available() {
      return committed - reserved - disbursed;
    }
  }

  private record Commitment(String partnerCode, long amount, long disbursed, long released) {
    long outstanding() {
      return amount - disbursed - released;
    }
  }
}
