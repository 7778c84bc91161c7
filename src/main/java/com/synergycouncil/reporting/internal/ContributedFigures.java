package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.ImpactFigures;
import com.synergycouncil.reporting.ImpactFigures.Section;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ContributedSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sections other modules fill (patents, AI outputs): the section's figures at zero, replaced by what the
 * {@link ImpactFigures} beans of that section report. The beans are looked up at every report, so a module that
 * arrives later needs no change here.
 */
@Component
class ContributedFigures {

  private final ObjectProvider<ImpactFigures> contributors;

  ContributedFigures(ObjectProvider<ImpactFigures> contributors) {
    this.contributors = contributors;
  }

  ContributedSection section(Section section, Quarter quarter) {
    List<ImpactFigures> forSection = contributors.orderedStream()
        .filter(contributor -> contributor.section() == section).toList();
    Map<String, ImpactFigure> figures = new LinkedHashMap<>();
    section.defaults().forEach(figure -> figures.put(figure.code(), figure));
    for (ImpactFigures contributor : forSection) {
      for (ImpactFigure figure : contributor.figures(quarter)) {
        ImpactFigure known = figures.get(figure.code());
        figures.put(figure.code(), known == null ? figure
            : known.withValue(known.value().add(figure.value())));
      }
    }
    List<ImpactFigure> canonical = new ArrayList<>();
    figures.values().forEach(figure -> canonical.add(figure.withValue(ImpactQuery.plain(figure.value()))));
    return new ContributedSection(canonical, !forSection.isEmpty());
  }
}
