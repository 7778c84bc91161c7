package com.synergycouncil.demo;

import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.Role;
import java.util.List;

/** The demo council: fictional people, real roles. */
final class DemoUsers {

  static final CouncilMember SKT_CEO = new CouncilMember("skt-ceo", "SKT", Role.CO_CEO, "김도윤", "Kim Doyun", true);
  static final CouncilMember SKT_CTO = new CouncilMember("skt-cto", "SKT", Role.CTO, "이서연", "Lee Seoyeon", false);
  static final CouncilMember KAKAO_CEO = new CouncilMember("kakao-ceo", "KAKAO", Role.CO_CEO, "박지호", "Park Jiho", false);
  static final CouncilMember KAKAO_CEO2 = new CouncilMember("kakao-ceo2", "KAKAO", Role.CO_CEO, "정하은", "Jung Haeun", false);
  static final CouncilMember KAKAO_CTO = new CouncilMember("kakao-cto", "KAKAO", Role.CTO, "최민재", "Choi Minjae", false);
  static final CouncilMember FUND_MANAGER = new CouncilMember("fund-manager", "SKT", Role.FUND_MANAGER, "한유진", "Han Yujin", false);
  static final CouncilMember FUND_MANAGER2 = new CouncilMember("fund-manager2", "KAKAO", Role.FUND_MANAGER, "윤가람", "Yoon Garam", false);
  static final CouncilMember COMPLIANCE = new CouncilMember("compliance", "SKT", Role.COMPLIANCE_OFFICER, "오세린", "Oh Serin", false);

  static final List<CouncilMember> ALL =
      List.of(SKT_CEO, SKT_CTO, KAKAO_CEO, KAKAO_CEO2, KAKAO_CTO, FUND_MANAGER, FUND_MANAGER2, COMPLIANCE);

  private DemoUsers() {
  }
}
