package org.examsuite.content.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The rules of each question type, reported on the field at fault. */
@Documented
@Constraint(validatedBy = QuestionValidator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidQuestion {
    String message() default "invalid question";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
