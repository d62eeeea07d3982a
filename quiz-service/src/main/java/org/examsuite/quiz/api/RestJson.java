package org.examsuite.quiz.api;

import org.examsuite.quiz.domain.Answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * An answer shows a client only the field of its question type. The rule lives here, on the REST
 * mapper, rather than on {@link Answer} itself: the JSON columns store answers with the contract
 * mapper, which wants every field present (null or not) when it reads them back.
 */
@Singleton
public class RestJson implements ObjectMapperCustomizer {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface FieldsOfItsTypeOnly {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Answer.class, FieldsOfItsTypeOnly.class);
    }
}
