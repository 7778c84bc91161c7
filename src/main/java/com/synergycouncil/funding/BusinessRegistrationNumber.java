package com.synergycouncil.funding;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A Korean business registration number (사업자등록번호): {@code ###-##-#####} whose last digit is the
 * National Tax Service check digit (weights 1,3,7,1,3,7,1,3,5, plus the tens of the ninth digit times five).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BusinessRegistrationNumber.Validator.class)
public @interface BusinessRegistrationNumber {

  String message() default "must be a Korean business registration number ###-##-##### with a valid check digit";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<BusinessRegistrationNumber, String> {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValid(value);
    }

    public static boolean isValid(String value) {
      if (!FORMAT.matcher(value).matches()) {
        return false;
      }
      String digits = value.replace("-", "");
      return checkDigit(digits) == digits.charAt(9) - '0';
    }

    /** The number {@code ###-##-#####} made of nine digits and their check digit. */
    public static String withCheckDigit(String nineDigits) {
      String digits = nineDigits + checkDigit(nineDigits);
      return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    /** The check digit of the first nine digits. */
    private static int checkDigit(String digits) {
      int sum = 0;
      for (int i = 0; i < WEIGHTS.length; i++) {
        sum += (digits.charAt(i) - '0') * WEIGHTS[i];
      }
      sum += (digits.charAt(8) - '0') * 5 / 10;
      return (10 - sum % 10) % 10;
    }
  }
}
