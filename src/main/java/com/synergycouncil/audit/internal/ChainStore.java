package com.synergycouncil.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence chain's tables: the append-only entries and the single head row that serialises appends. */
@Repository
public class ChainStore {

  private final JdbcClient jdbc;

  ChainStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The head, locked until the transaction ends: a concurrent append waits here, so the chain cannot fork. */
  Head lockHead() {
    return jdbc.sql("select seq, entry_hash from evidence_chain_head where id = 1 for update")
        .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
  }

  public Head head() {
    return jdbc.sql("select seq, entry_hash from evidence_chain_head where id = 1")
        .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
  }

  void append(Entry entry) {
    jdbc.sql("""
            insert into evidence_chain (seq, kind, entry_ref, content_sha256, previous_hash, entry_hash, appended_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(entry.seq(), entry.kind(), entry.ref(), entry.contentSha256(), entry.previousHash(), entry.entryHash(),
            Timestamp.from(entry.appendedAt()))
        .update();
    int moved = jdbc.sql("update evidence_chain_head set seq = ?, entry_hash = ? where id = 1 and seq = ?")
        .params(entry.seq(), entry.entryHash(), entry.seq() - 1).update();
    if (moved != 1) {
      throw new IllegalStateException("the evidence chain head moved while entry " + entry.seq() + " was appended");
    }
  }

  /** Every entry, in order. */
  public List<Entry> entries() {
    return jdbc.sql("select * from evidence_chain order by seq")
        .query((rs, row) -> new Entry(rs.getLong("seq"), rs.getString("kind"), rs.getString("entry_ref"),
            rs.getString("content_sha256"), rs.getString("previous_hash"), rs.getString("entry_hash"),
            rs.getTimestamp("appended_at").toInstant()))
        .list();
  }

  /** The newest entry's position and hash; {@code seq} 0 and 64 zeros while the chain is empty. */
  public record Head(long seq, String entryHash) {
  }

  public record Entry(long seq, String kind, String ref, String contentSha256, String previousHash, String entryHash,
      Instant appendedAt) {
  }
}
