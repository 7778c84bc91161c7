package com.synergycouncil.demo;

import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.Role;
import com.synergycouncil.patents.PatentPortfolio;
import com.synergycouncil.patents.PatentReleaseService;
import com.synergycouncil.patents.ReleaseKind;
import com.synergycouncil.patents.ReleaseRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo patents: two IP officers, a portfolio of 60 patents imported from {@code demo/patents-demo.csv} (some failing
 * the passport, some co-owned), an SKT opening programme waiting for the council's vote and an SME transfer request
 * waiting for co-owner consents. Driven through the real processes; skipped when patents already exist.
 */
@Component
@Order(120)
@ConditionalOnProperty(name = "council.demo.enabled", havingValue = "true")
class DemoPatents implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPatents.class);
  static final CouncilMember IP_OFFICER = new CouncilMember("ip-officer", "SKT", Role.IP_OFFICER, "정다온", "Jung Daon", false);
  static final CouncilMember IP_OFFICER2 = new CouncilMember("ip-officer2", "KAKAO", Role.IP_OFFICER, "강서준", "Kang Seojun", false);

  private final DemoActors actors;
  private final PatentPortfolio portfolio;
  private final PatentReleaseService releases;
  private final JdbcClient jdbc;

  DemoPatents(DemoActors actors, PatentPortfolio portfolio, PatentReleaseService releases, JdbcClient jdbc) {
    this.actors = actors;
    this.portfolio = portfolio;
    this.releases = releases;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    List.of(IP_OFFICER, IP_OFFICER2).forEach(actors::ensureMember);
    if (jdbc.sql("select count(*) from patent").query(Long.class).single() > 0) {
      return;
    }
    LOG.info("Creating demo patents");
    portfolio.importCsv(demoCsv());
    // SKT opens 19 patents to SMEs: five fail their passport, the rest wait for the council's vote
    String opening = releases.submit(new ReleaseRequest(ReleaseKind.OPENING, "SKT",
        "2027 중소기업 특허 개방 / 2027 SME patent opening", null, null, null, null,
        IntStream.range(0, 19).mapToObj(i -> "KR-10-2016-%07d".formatted(100000 + i * 37)).toList()), IP_OFFICER.userId());
    actors.awaitTask(opening, "Task_CastVote");
    // an SME asks Kakao for three co-owned patents and one of its own: ETRI and KAIST must consent first
    String transfer = releases.submit(new ReleaseRequest(ReleaseKind.TRANSFER, null, null,
        "새싹로보틱스 / Saessak Robotics", "220-81-62517",
        "물류 로봇의 경로 계획과 음성 명령에 특허를 적용해 2028년까지 제품 2종을 출시합니다. / We will use the patents "
            + "in warehouse-robot path planning and voice commands and launch two products by 2028.",
        "물류 로봇 / warehouse robots",
        IntStream.range(21, 25).mapToObj(i -> "KR-10-2017-%07d".formatted(100000 + i * 37)).toList()),
        IP_OFFICER2.userId());
    actors.awaitTask(transfer, "Task_ObtainCoOwnerConsent");
  }

  private static String demoCsv() {
    try {
      return new ClassPathResource("demo/patents-demo.csv").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


}
