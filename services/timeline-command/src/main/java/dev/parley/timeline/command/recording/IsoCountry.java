package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.CountryCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code such as "EG" or "QA"; null means unknown. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoCountry.Validator.class)
@interface IsoCountry {

    String message() default "must be an ISO 3166-1 alpha-2 country code such as 'EG'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoCountry, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CountryCode.isValid(value);
        }
    }
}
