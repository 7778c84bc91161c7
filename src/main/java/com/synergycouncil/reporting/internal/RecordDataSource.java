package com.synergycouncil.reporting.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Feeds Java records to a template: a field {@code $F{labelKo}} reads the record component {@code labelKo()}.
 * (JasperReports' bean data source wants JavaBean getters, which records do not have.)
 */
public final class RecordDataSource implements JRRewindableDataSource {

  private final List<? extends Record> rows;
  private final Map<String, Method> accessors = new HashMap<>();
  private Iterator<? extends Record> iterator;
  private Record current;

  public RecordDataSource(List<? extends Record> rows) {
    this.rows = rows;
    this.iterator = rows.iterator();
  }

  @Override
  public boolean next() {
    current = iterator.hasNext() ? iterator.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) throws JRException {
    Method accessor = accessors.computeIfAbsent(current.getClass().getName() + "#" + field.getName(),
        key -> accessor(current.getClass(), field.getName()));
    if (accessor == null) {
      throw new JRException("record " + current.getClass().getSimpleName() + " has no component " + field.getName());
    }
    try {
      return accessor.invoke(current);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new JRException("cannot read " + field.getName(), e);
    }
  }

  @Override
  public void moveFirst() {
    iterator = rows.iterator();
    current = null;
  }

  private static Method accessor(Class<?> type, String name) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(name)) {
        Method method = component.getAccessor();
        method.setAccessible(true);
        return method;
      }
    }
    return null;
  }
}
