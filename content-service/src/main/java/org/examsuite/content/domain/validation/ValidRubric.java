package org.examsuite.content.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A mark scheme whose levels and bands a marker can actually use. */
@Documented
@Constraint(validatedBy = RubricValidator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidRubric {
    String message() default "invalid rubric";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
