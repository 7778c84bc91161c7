package com.synergycouncil.demo;

import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationRequest.Contact;
import com.synergycouncil.funding.FundingApplicationRequest.ImpactGoal;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import com.synergycouncil.funding.ImpactMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Demo applications from fictional SMEs and startups (valid business registration numbers). */
final class DemoApplications {

  static final FundingApplicationRequest GREENLOOP = new FundingApplicationRequest("그린루프 리사이클링 / GreenLoop Recycling",
      "220-81-62517", EsgCategory.CIRCULAR_ECONOMY,
      "폐플라스틱을 AI 선별로 재생 원료로 만들어 판매합니다. / Sorts waste plastic with AI vision and sells the recycled pellets.",
      250_000_000L, 38, new Contact("장미래", "mirae.jang@greenloop.example", "+82 2-555-0101"),
      List.of(new TranchePlan(150_000_000L, "선별 라인 1기 가동 / First sorting line running", LocalDate.of(2027, 3, 31)),
          new TranchePlan(100_000_000L, "월 200톤 재활용 달성 / 200 t recycled per month", LocalDate.of(2027, 9, 30))),
      List.of(new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("2400")),
          new ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("25"))));

  static final FundingApplicationRequest HANEULSUM = new FundingApplicationRequest("하늘숨 에너지 / Haneulsum Energy",
      "120-86-08714", EsgCategory.CLIMATE_ENERGY,
      "통신 기지국 전력을 재생에너지와 AI 수요예측으로 줄입니다. / Cuts base-station power with renewables and AI demand forecasting.",
      800_000_000L, 64, new Contact("서지안", "jian.seo@haneulsum.example", "+82 31-555-0142"),
      List.of(new TranchePlan(300_000_000L, "실증 기지국 50곳 / Pilot at 50 base stations", LocalDate.of(2027, 4, 30)),
          new TranchePlan(300_000_000L, "기지국 500곳 확대 / Scale to 500 stations", LocalDate.of(2027, 12, 31)),
          new TranchePlan(200_000_000L, "연 1만 tCO2e 감축 검증 / 10,000 tCO2e a year verified", LocalDate.of(2028, 6, 30))),
      List.of(new ImpactGoal(ImpactMetric.GHG_REDUCED_TONNES, new BigDecimal("10000")),
          new ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("40"))));

  static final FundingApplicationRequest CODING_FOR_ALL = new FundingApplicationRequest("모두의코딩 / Coding for All",
      "314-81-17506", EsgCategory.DIGITAL_INCLUSION,
      "어르신과 장애인을 위한 음성 기반 디지털 교육 플랫폼. / A voice-first digital skills platform for older and disabled people.",
      120_000_000L, 12, new Contact("문하람", "haram.moon@codingforall.example", null),
      List.of(new TranchePlan(120_000_000L, "수강생 5,000명 / 5,000 learners", LocalDate.of(2027, 6, 30))),
      List.of(new ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("8")),
          new ImpactGoal(ImpactMetric.FEMALE_OWNERSHIP_PERCENT, new BigDecimal("51"))));

  static final FundingApplicationRequest BLUEWAVE = new FundingApplicationRequest("바다살림 / Bluewave Ocean",
      "107-87-34013", EsgCategory.CIRCULAR_ECONOMY,
      "폐어망을 수거해 재생 나일론으로 만듭니다. / Collects ghost fishing nets and turns them into recycled nylon.",
      500_000_000L, 45, new Contact("한바다", "bada.han@bluewave.example", "+82 51-555-0177"),
      List.of(new TranchePlan(250_000_000L, "수거선 2척 운항 / Two collection boats in service", LocalDate.of(2027, 5, 31)),
          new TranchePlan(250_000_000L, "연 800톤 재생 / 800 t a year recycled", LocalDate.of(2028, 5, 31))),
      List.of(new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("800"))));

  static final FundingApplicationRequest MEGA_CORP = new FundingApplicationRequest("메가전자 / Mega Electronics",
      "211-85-11340", EsgCategory.CLIMATE_ENERGY,
      "대기업 공장 효율화 사업. / Efficiency upgrade of a large manufacturer's plants.",
      900_000_000L, 2_400, new Contact("고민수", "minsu.ko@mega.example", null),
      List.of(new TranchePlan(900_000_000L, "설비 교체 / Equipment replaced", LocalDate.of(2027, 12, 31))),
      List.of(new ImpactGoal(ImpactMetric.GHG_REDUCED_TONNES, new BigDecimal("5000"))));

  static final FundingApplicationRequest SOOP_SOCIAL = new FundingApplicationRequest("숲소셜 / Soop Social",
      "138-81-52962", EsgCategory.SOCIAL_INNOVATION,
      "발달장애 청년을 데이터 라벨러로 고용합니다. / Employs young people with developmental disabilities as data labellers.",
      150_000_000L, 27, new Contact("유나래", "narae.yoo@soop.example", "+82 2-555-0199"),
      List.of(new TranchePlan(90_000_000L, "라벨러 20명 채용 / 20 labellers hired", LocalDate.of(2027, 2, 28)),
          new TranchePlan(60_000_000L, "고객사 5곳 / Five paying customers", LocalDate.of(2027, 8, 31))),
      List.of(new ImpactGoal(ImpactMetric.JOBS_CREATED, new BigDecimal("20"))));

  private DemoApplications() {
  }
}
