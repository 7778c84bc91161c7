package com.synergycouncil.council.internal;

import com.synergycouncil.system.SecurityProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** Tasklist's ready filters as the product saves them: owned by the administrator, with the same list columns. */
@Component
class TaskFilters {

  /** The variables every filter shows as list columns, with their labels (see ListColumnsListener). */
  static final Map<String, String> LIST_COLUMNS = columns();

  private final FilterService filterService;
  private final SecurityProperties security;

  TaskFilters(FilterService filterService, SecurityProperties security) {
    this.filterService = filterService;
    this.security = security;
  }

  /**
   * Saves the filter {@code existing} (a new one named {@code name} when null) with its query and what Tasklist shows
   * of it: its place in the list, colour, description, the list columns, and any {@code more} properties.
   */
  Filter save(Filter existing, String name, int priority, String color, String description, TaskQuery query,
      Map<String, Object> more) {
    Filter filter = existing;
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setOwner(security.adminUser());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", LIST_COLUMNS.entrySet().stream()
        .map(column -> Map.of("name", column.getKey(), "label", column.getValue())).toList());
    properties.putAll(more);
    filter.setProperties(properties);
    filter.setQuery(query);
    return filterService.saveFilter(filter);
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("subjectRef", "안건 / Subject");
    columns.put("amountDisplay", "금액 / Amount");
    columns.put("applicationRef", "신청 / Application");
    return columns;
  }
}
