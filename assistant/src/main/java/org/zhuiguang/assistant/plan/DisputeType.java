package org.zhuiguang.assistant.plan;

import java.util.Arrays;
import java.util.Optional;

/** The seventeen dispute types of the domain brief, each with the label plans print. */
public enum DisputeType {
  NEIGHBOUR("相邻关系"),
  NOISE("噪声扰民"),
  PROPERTY_SERVICE("物业服务"),
  RENTAL("房屋租赁"),
  WAGES("劳动报酬"),
  LABOUR_CONTRACT("劳动合同"),
  WORK_INJURY("工伤"),
  MARRIAGE_FAMILY("婚姻家庭"),
  SUPPORT("赡养抚养"),
  INHERITANCE("继承"),
  PERSONAL_INJURY("人身损害"),
  TRAFFIC("交通事故"),
  CONSUMER("消费"),
  LENDING("民间借贷"),
  EXPROPRIATION("征收补偿"),
  PRIVACY_REPUTATION("隐私名誉"),
  PUBLIC_FACILITY("公共设施");

  private final String label;

  DisputeType(String label) {
    this.label = label;
  }

  /** The label as the domain brief writes it, e.g. 相邻关系. */
  public String label() {
    return label;
  }

  /** Finds a type by its label or its enum name. */
  public static Optional<DisputeType> fromLabel(String text) {
    return Arrays.stream(values())
        .filter(t -> t.label.equals(text) || t.name().equals(text))
        .findFirst();
  }
}
