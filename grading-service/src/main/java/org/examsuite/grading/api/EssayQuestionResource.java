package org.examsuite.grading.api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.api.PageOf;
import org.examsuite.grading.domain.EssayCatalog;
import org.examsuite.grading.persistence.EssayQuestionRecord;
import org.examsuite.platform.security.CurrentUser;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/essay-questions")
@Tag(name = "Essay questions", description = "Published essay questions with their rubric and indicative content, as content.topics delivered them")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class EssayQuestionResource {

    @GET
    @Operation(summary = "List the essay questions open for plans, a page at a time, optionally of one topic",
            description = "Questions of retracted topics, or dropped by a newer topic version, are left out unless includeClosed=true.")
    @Transactional
    public PageOf<EssayQuestionViews.Summary> list(@QueryParam("topicId") UUID topicId,
            @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (topicId != null) {
            where.append(" and topicId = :topic");
            params.put("topic", topicId);
        }
        if (!includeClosed) {
            where.append(" and inLatestVersion = true and topicId in (select t.id from EssayTopic t"
                    + " where t.retractedVersion = 0 or t.retractedVersion < t.latestVersion)");
        }
        var found = EssayQuestionRecord.<EssayQuestionRecord>find(where.toString(), Sort.by("topicId").and("position").and("id"), params);
        var items = found.page(Page.of(page, size)).list().stream()
                .map(record -> EssayQuestionViews.Summary.of(record, EssayCatalog.current(record)))
                .toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an essay question: prompt, command word, marks, rubric with levels and descriptors, indicative content",
            description = "The current version, or the version given (every published version is kept).")
    @APIResponse(responseCode = "404", description = "No such question or version")
    @Transactional
    public EssayQuestionViews.Detail get(@PathParam("id") UUID id, @QueryParam("version") @Min(1) Integer version) {
        EssayQuestionRecord record = EssayCatalog.find(id);
        return EssayQuestionViews.Detail.of(record,
                version == null ? EssayCatalog.current(record) : EssayCatalog.version(id, version));
    }
}
