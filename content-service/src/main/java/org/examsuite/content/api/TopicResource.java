package org.examsuite.content.api;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.api.PageOf;
import org.examsuite.content.banks.Banks;
import org.examsuite.content.domain.QuestionBanks;
import org.examsuite.content.domain.ContentPacks;
import org.examsuite.content.domain.TopicAuthoring;
import org.examsuite.content.domain.TopicDraft;
import org.examsuite.content.domain.TopicPublication;
import org.examsuite.content.domain.TopicStatus;
import org.examsuite.content.persistence.Topic;
import org.examsuite.content.persistence.TopicVersion;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.events.content.TopicPublishedV1;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/topics")
@Tag(name = "Topics", description = "Topics, their drafts and their published versions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this")
public class TopicResource {

    @Inject
    TopicAuthoring authoring;

    @Inject
    TopicPublication publication;

    @Inject
    ContentPacks packs;

    @Inject
    QuestionBanks banks;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "List topics, filtered by subject, level, board and status, a page at a time (students: published topics only)")
    @Transactional
    public PageOf<TopicView> list(@QueryParam("subject") String subject, @QueryParam("level") QualificationLevel level,
            @QueryParam("board") String board, @QueryParam("status") TopicStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        StringBuilder query = new StringBuilder("select distinct t from Topic t");
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
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
        TopicStatus visible = caller.isTeacher() ? status : TopicStatus.PUBLISHED;
        if (visible != null) {
            where.append(" and t.status = :status");
            params.put("status", visible);
        }
        if (!caller.isTeacher() && status != null && status != TopicStatus.PUBLISHED) {
            return new PageOf<>(java.util.List.of(), page, size, 0);
        }
        var found = Topic.<Topic>find(query.append(where).toString(), Sort.by("t.subject").and("t.code").and("t.title"), params);
        var items = found.page(Page.of(page, size)).list().stream().map(TopicView::of).toList();
        return new PageOf<>(items, page, size, found.count());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a topic draft (its header; sections and questions are added through their own paths)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A topic with that key exists")
    public Response create(@NotNull @Valid TopicDraft draft) {
        Topic topic = authoring.create(draft);
        return Response.created(URI.create("/topics/" + topic.id)).entity(TopicView.of(topic)).build();
    }

    @GET
    @Path("/{topicId}")
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "Read a topic's header and state (students: published topics only)")
    @APIResponse(responseCode = "404", description = "No such topic (or, for a student, not published)")
    @Transactional
    public TopicView get(@PathParam("topicId") UUID topicId) {
        return TopicView.of(visibleTopic(topicId));
    }

    @GET
    @Path("/{topicId}/notes")
    @RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
    @Operation(summary = "The note sections of the latest published version, for reading")
    @APIResponse(responseCode = "404", description = "No such published topic")
    @Transactional
    public java.util.List<org.examsuite.events.content.NoteSection> notes(@PathParam("topicId") UUID topicId) {
        Topic topic = visibleTopic(topicId);
        return TopicVersion.find(topic.id, topic.publishedVersion).map(v -> v.snapshot.sections())
                .orElseThrow(() -> ProblemException.notFound("Published topic", topicId));
    }

    /** Students see only published topics; a draft is as absent to them as an unknown id. */
    private Topic visibleTopic(UUID topicId) {
        Topic topic = TopicAuthoring.find(topicId);
        if (!caller.isTeacher() && topic.status != TopicStatus.PUBLISHED) {
            throw ProblemException.notFound("Topic", topicId);
        }
        return topic;
    }

    @PUT
    @Path("/{topicId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a topic's header (the draft; published versions never change)")
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "The topic changed since the revision given in If-Match")
    @Transactional
    public TopicView update(@PathParam("topicId") UUID topicId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TopicDraft draft) {
        return TopicView.of(authoring.updateHeader(topicId, draft, revision(ifMatch)));
    }

    @DELETE
    @Path("/{topicId}")
    @Operation(summary = "Delete a topic that was never published")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The topic has been published; retract it instead")
    public Response delete(@PathParam("topicId") UUID topicId) {
        authoring.delete(topicId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{topicId}/publish")
    @Operation(summary = "Freeze the draft as a new version and emit TopicPublished with the whole snapshot")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "409", description = "Nothing changed since the last version")
    @APIResponse(responseCode = "422", description = "The topic has no questions")
    public TopicPublishedV1 publish(@PathParam("topicId") UUID topicId) {
        return publication.publish(topicId).snapshot;
    }

    @POST
    @Path("/{topicId}/retract")
    @Operation(summary = "Withdraw a published topic from practice and emit TopicRetracted")
    @APIResponse(responseCode = "409", description = "The topic is not published")
    @Transactional
    public TopicView retract(@PathParam("topicId") UUID topicId) {
        return TopicView.of(publication.retract(topicId));
    }

    @GET
    @Path("/{topicId}/versions/{version}")
    @Operation(summary = "Read a published version exactly as it was emitted")
    @APIResponse(responseCode = "404", description = "No such topic or version")
    @Transactional
    public TopicPublishedV1 version(@PathParam("topicId") UUID topicId, @PathParam("version") @Min(1) int version) {
        return TopicVersion.find(topicId, version).map(v -> v.snapshot)
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of topic", topicId));
    }

    private static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the topic's revision number");
        }
    }

    @GET
    @Path("/{topicId}/export")
    @Produces({MediaType.APPLICATION_JSON, "application/xml", MediaType.TEXT_PLAIN})
    @Operation(summary = "Export a topic's draft as a content pack (format=pack), Moodle XML (format=moodle-xml) or GIFT (format=gift)",
            description = "Moodle XML and GIFT hold the topic's questions, essays and bank notes (descriptions). Questions a format cannot "
                    + "hold (ordering questions; in GIFT also cloze questions other than one gap followed by text) are left out with a "
                    + "comment and their keys listed in the X-Skipped-Questions header.")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response export(@PathParam("topicId") UUID topicId, @QueryParam("format") @DefaultValue("pack") String format) {
        return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "pack" -> Response.ok(packs.exportPack(topicId), MediaType.APPLICATION_JSON_TYPE).build();
            case "moodle-xml" -> bank(banks.export(topicId, false), "application/xml; charset=UTF-8", topicId, "xml");
            case "gift" -> bank(banks.export(topicId, true), "text/plain; charset=UTF-8", topicId, "gift.txt");
            default -> throw ProblemException.invalid("format", "must be pack, moodle-xml or gift");
        };
    }

    private static Response bank(Banks.Export export, String type, UUID topicId, String extension) {
        Response.ResponseBuilder response = Response.ok(export.body(), type)
                .header("Content-Disposition", "attachment; filename=\"topic-" + topicId + "." + extension + "\"");
        if (!export.skipped().isEmpty()) {
            response.header("X-Skipped-Questions", String.join(",", export.skipped()));
        }
        return response.build();
    }
}
