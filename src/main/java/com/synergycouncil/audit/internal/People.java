package com.synergycouncil.audit.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The council's members by user id, read once per search: names and partners for the trail. */
@Component
public class People {

  private final JdbcClient jdbc;

  People(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<String, Person> all() {
    return jdbc.sql("select user_id, partner_code, name_ko, name_en from council_member")
        .query((rs, row) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list().stream().collect(Collectors.toMap(Person::userId, Function.identity()));
  }

  /** A council member as the trail shows them. */
  public record Person(String userId, String partnerCode, String nameKo, String nameEn) {

    /** E.g. {@code 이서연 Lee Seoyeon}. */
    public String name() {
      return nameKo + " " + nameEn;
    }
  }
}
