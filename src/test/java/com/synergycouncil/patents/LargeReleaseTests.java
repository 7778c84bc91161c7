package com.synergycouncil.patents;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A programme of the size the partners run: 500 patents, one passport step, one council decision. */
@ProcessTest
class LargeReleaseTests {

  private static final Logger LOG = LoggerFactory.getLogger(LargeReleaseTests.class);
  static final int PATENTS = 500;

  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired JdbcClient jdbc;

  @Test
  void releasesFiveHundredPatentsInOneCouncilDecision() {
    PatentScenario scenario = new PatentScenario(council, taskService, portfolio, releases);
    List<PatentLine> lines = IntStream.range(0, PATENTS)
        .mapToObj(i -> PatentLine.of("SKT").field(List.of("AI", "PLATFORM", "MEDIA", "TELECOM", "OTHER").get(i % 5)))
        .toList();
    long start = System.nanoTime();
    scenario.load(lines);
    long imported = System.nanoTime();
    String ref = scenario.request(ReleaseKind.OPENING, "SKT", lines);
    long checked = System.nanoTime();

    List<String> voters = scenario.voteAll(ref, "APPROVE");
    long released = System.nanoTime();

    assertThat(voters).hasSize(2);
    assertThat(jdbc.sql("select count(*) from council_decision where subject_ref = ?").param(ref)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(releases.view(ref).passed()).isEqualTo(PATENTS);
    assertThat(jdbc.sql("""
        select count(distinct l.patent_id) from patent_licence l join release_request r on r.id = l.source_request_id
        where r.reference = ? and l.kind = 'LICENCE' and l.royalty_free = true and l.status = 'ACTIVE'""")
        .param(ref).query(Long.class).single()).isEqualTo(PATENTS);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).count()).isZero();
    LOG.info("500-patent release: import {} ms, submit + passports + risk {} ms, votes + grants {} ms, total {} ms",
        (imported - start) / 1_000_000, (checked - imported) / 1_000_000, (released - checked) / 1_000_000,
        (released - start) / 1_000_000);
  }
}
