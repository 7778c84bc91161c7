package com.synergycouncil.demo;

import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What every demo runner needs: demo users with the shared demo password, acting as one of them, and letting a
 * process's asynchronous steps run until it waits where the demo wants it.
 */
@Component
@ConditionalOnProperty(name = "council.demo.enabled", havingValue = "true")
class DemoActors {

  private static final Logger LOG = LoggerFactory.getLogger(DemoActors.class);
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final DemoProperties properties;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final CouncilRoster roster;

  DemoActors(DemoProperties properties, IdentityService identityService, TaskService taskService,
      ManagementService managementService, RuntimeService runtimeService, CouncilRoster roster) {
    this.properties = properties;
    this.identityService = identityService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.roster = roster;
  }

  /** A council member: a Camunda user (created once) enrolled with their partner and role. */
  void ensureMember(CouncilMember member) {
    ensureUser(member.userId(), member.nameKo(), member.nameEn());
    roster.enrol(member);
  }

  void ensureUser(String userId, String firstName, String lastName) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(userId + "@council.example");
      user.setPassword(properties.password());
      identityService.saveUser(user);
    }
  }

  <T> T as(String user, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs the asynchronous steps of the request's processes, whether this thread or the job executor gets them. */
  void awaitTask(String reference, String taskKey) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count() == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(reference + " did not reach " + taskKey);
      }
      List<Job> jobs = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
          .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable()
              .list().stream())
          .toList();
      for (Job job : jobs) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException takenByTheJobExecutor) {
          LOG.debug("job {} ran elsewhere: {}", job.getId(), takenByTheJobExecutor.getMessage());
        }
      }
    }
  }
}
