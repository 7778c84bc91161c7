package com.synergycouncil.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Staff may start the council's processes (Camunda's CREATE_INSTANCE), but only at a start event, where the start
 * form's listener registers the request with the API's rules ({@link FormStart}). Camunda lets whoever may create
 * an instance also start it at any activity (start instructions, optionally without listeners) or restart an old
 * one the same way: that would skip the registration and, say, reserve budget without a council vote. So a person
 * who is not an administrator gets 403 for those two commands; the engine's own jobs (a restart batch an
 * administrator launched) and administrators keep them.
 */
@Component
class StartAtStartEventsOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof StartProcessInstanceAtActivitiesCmd || command instanceof AbstractRestartProcessInstanceCmd) {
        Person.actingInEngine(configuration.getIdentityService())
            .filter(person -> !administrator(person))
            .ifPresent(person -> {
              throw new AuthorizationException(person.userId() + " may start a process at its start event only: "
                  + "starting at another activity, or restarting an instance, is for administrators.");
            });
      }
      return next.execute(command);
    }

    private boolean administrator(Person person) {
      List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
      List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
      return person.isAdmin() || adminUsers.contains(person.userId())
          || person.groups().stream().anyMatch(adminGroups::contains);
    }
  }
}
