package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.SubjectBriefing;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * What a vote form shows besides the process's own variables, put together when the form is read: the subject's
 * briefing from the module that owns it ({@link SubjectBriefing}), every partner's votes so far, and the links to
 * the subject's documents. Used by {@link VoteBriefingFormHandler} as the bean {@code voteBriefing}.
 */
@Component("voteBriefing")
class VoteBriefing {

  private final List<SubjectBriefing> briefings;
  private final VotesSoFar votes;
  private final CouncilRoster roster;

  VoteBriefing(List<SubjectBriefing> briefings, VotesSoFar votes, CouncilRoster roster) {
    this.briefings = briefings;
    this.votes = votes;
    this.roster = roster;
  }

  /** The form fields, by key ({@link VoteForm}), as plain text; the documents as Markdown links. */
  Map<String, String> fields(TaskEntity task) {
    String subjectType = string(task, In.SUBJECT_TYPE);
    String subjectRef = string(task, In.SUBJECT_REF);
    Briefing briefing = briefings.stream().filter(candidate -> candidate.supports(subjectType)).findFirst()
        .map(owner -> owner.brief(subjectRef, requestingProcess(task)))
        .orElseGet(() -> Briefing.none(subjectType));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(VoteForm.SUMMARY, briefing.summary());
    fields.put(VoteForm.REVIEW, briefing.review());
    Long decisionId = longValue(task, Var.DECISION_ID);
    String partnerCodes = string(task, In.PARTNER_CODES);
    fields.put(VoteForm.VOTES_SO_FAR, decisionId == null ? ""
        : votes.describe(decisionId, partnerCodes == null ? List.of() : roster.partnerList(partnerCodes)));
    fields.put(VoteForm.DOCUMENTS, briefing.documents().isEmpty() ? "문서 없음 / No documents"
        : briefing.documents().stream().map(link -> "- " + link.markdown()).collect(Collectors.joining("\n")));
    return fields;
  }

  /** The caller's variables (e.g. the funding process's eligibility outcome), read-only; none when started alone. */
  private static Map<String, Object> requestingProcess(TaskEntity task) {
    ExecutionEntity processInstance = task.getProcessInstance();
    ExecutionEntity caller = processInstance == null ? null : processInstance.getSuperExecution();
    return caller == null ? Map.of() : Collections.unmodifiableMap(caller.getVariables());
  }
}
