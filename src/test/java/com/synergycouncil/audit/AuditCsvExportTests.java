package com.synergycouncil.audit;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.system.CsvRecords;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The CSV export holds exactly the rows the same filter shows on the page, in Excel-readable UTF-8. */
@ProcessTest
class AuditCsvExportTests {

  private static final Pattern ROW = Pattern.compile("<tr class=\"act\">(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

  @Autowired MockMvc mvc;
  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void exportsTheRowsOfTheFilteredView() throws Exception {
    AuditScenario scenario = new AuditScenario(council, applications, taskService);
    String ref = scenario.submit(60_000_000L);
    scenario.dueDiligence(ref);

    List<List<String>> page = pageRows("request", ref, "process", FundingApprovalProcess.KEY);
    MockHttpServletResponse csv = mvc.perform(get("/compliance/audit.csv").param("request", ref)
        .param("process", FundingApprovalProcess.KEY).with(httpBasic(COMPLIANCE, PASSWORD))).andReturn().getResponse();

    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-trail-");
    byte[] bytes = csv.getContentAsByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
    List<List<String>> exported = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertThat(exported.get(0)).containsExactly("시각 (KST) / Time", "행위자 / Actor", "이름 / Name", "파트너 / Partner",
        "행위 / Act", "프로세스 / Process", "요청 / Request", "내용 / Details");
    assertThat(exported.subList(1, exported.size())).isEqualTo(page);
    assertThat(page).hasSizeGreaterThanOrEqualTo(5)
        .anySatisfy(row -> assertThat(row).contains("윤가람 Yoon Garam", "업무 인수 / Claim"))
        .anySatisfy(row -> assertThat(row.get(7)).contains("감사 시험 재활용 / Audit Test Recycling"));
  }

  private List<List<String>> pageRows(String... parameters) throws Exception {
    var request = get("/compliance/audit").with(httpBasic(COMPLIANCE, PASSWORD));
    for (int i = 0; i < parameters.length; i += 2) {
      request.param(parameters[i], parameters[i + 1]);
    }
    String html = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "").trim()));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The export read back with the product's CSV reader, its guard against formulas undone ({@code '=...} back to {@code =...}). */
  static List<List<String>> parseCsv(String text) {
    return CsvRecords.split(text).stream().map(row -> row.stream().map(AuditCsvExportTests::unguard).toList()).toList();
  }

  private static String unguard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
  }
}
