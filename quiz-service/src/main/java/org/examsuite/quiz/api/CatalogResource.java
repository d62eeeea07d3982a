package org.examsuite.quiz.api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.api.PageOf;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.platform.security.CurrentUser;
import org.examsuite.quiz.domain.Catalog;
import org.examsuite.quiz.domain.TopicVersions;
import org.examsuite.quiz.persistence.CatalogTopic;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
@Path("/catalog/topics")
@Tag(name = "Catalog", description = "What can be practised, from content-service's published topics")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class CatalogResource {

    @Inject
    Catalog catalog;

    @Inject
    TopicVersions versions;

    @GET
    @Operation(summary = "List the topics open for practice (published, not retracted), a page at a time")
    @Transactional
    public PageOf<CatalogTopicView> list(@QueryParam("subject") String subject, @QueryParam("level") QualificationLevel level,
            @QueryParam("board") String board,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        StringBuilder query = new StringBuilder("select distinct t from CatalogTopic t");
        StringBuilder where = new StringBuilder(
                " where t.latestVersion > 0 and (t.retractedVersion is null or t.retractedVersion < t.latestVersion)");
        Map<String, Object> params = new HashMap<>();
        if (level != null) {
            query.append(" join t.levels l");
            where.append(" and l = :level");
            params.put("level", level);
        }
        if (board != null) {
            query.append(" join t.boards b");
            where.append(" and lower(b) = lower(:board)");
            params.put("board", board);
        }
        if (subject != null) {
            where.append(" and lower(t.subject) = lower(:subject)");
            params.put("subject", subject);
        }
        var found = CatalogTopic.<CatalogTopic>find(query.append(where).toString(),
                Sort.by("t.subject").and("t.code").and("t.title"), params);
        var items = found.page(Page.of(page, size)).list().stream().map(CatalogTopicView::of).toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @GET
    @Path("/{topicId}")
    @Operation(summary = "Read a topic open for practice: its notes and what questions it holds (never their keys)")
    @APIResponse(responseCode = "404", description = "No such topic, or it was retracted")
    @Transactional
    public CatalogTopicDetailView get(@PathParam("topicId") UUID topicId) {
        CatalogTopic topic = catalog.available(topicId);
        return CatalogTopicDetailView.of(versions.snapshot(topicId, topic.latestVersion));
    }
}
