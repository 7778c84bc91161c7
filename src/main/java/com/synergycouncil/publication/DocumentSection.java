package com.synergycouncil.publication;

import java.util.Arrays;
import java.util.List;

/** The required sections of a model card and of a datasheet (Mitchell et al.; Gebru et al.). */
public enum DocumentSection {
  INTENDED_USE(Document.MODEL_CARD, "사용 목적", "Intended use"),
  LIMITATIONS(Document.MODEL_CARD, "한계", "Limitations"),
  TRAINING_DATA(Document.MODEL_CARD, "학습 데이터", "Training data"),
  EVALUATION(Document.MODEL_CARD, "평가", "Evaluation"),
  RISKS(Document.MODEL_CARD, "위험", "Risks"),
  MOTIVATION(Document.DATASHEET, "동기", "Motivation"),
  COMPOSITION(Document.DATASHEET, "구성", "Composition"),
  COLLECTION_AND_CONSENT(Document.DATASHEET, "수집과 동의", "Collection and consent"),
  PREPROCESSING(Document.DATASHEET, "전처리", "Preprocessing"),
  USES(Document.DATASHEET, "용도", "Uses"),
  DISTRIBUTION(Document.DATASHEET, "배포", "Distribution"),
  MAINTENANCE(Document.DATASHEET, "유지 관리", "Maintenance");

  /** The two documents. */
  public enum Document { MODEL_CARD, DATASHEET }

  private final Document document;
  private final String titleKo;
  private final String titleEn;

  DocumentSection(Document document, String titleKo, String titleEn) {
    this.document = document;
    this.titleKo = titleKo;
    this.titleEn = titleEn;
  }

  public Document document() {
    return document;
  }

  public String title() {
    return titleKo + " / " + titleEn;
  }

  public static List<DocumentSection> of(Document document) {
    return Arrays.stream(values()).filter(section -> section.document == document).toList();
  }
}
