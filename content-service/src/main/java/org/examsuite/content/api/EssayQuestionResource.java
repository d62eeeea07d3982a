package org.examsuite.content.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.content.api.ItemViews.EssayQuestionView;
import org.examsuite.content.domain.EssayQuestionDraft;
import org.examsuite.content.domain.TopicAuthoring;
import org.examsuite.content.domain.TopicItems;
import org.examsuite.platform.security.CurrentUser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/topics/{topicId}/essay-questions")
@Tag(name = "Essay questions", description = "The essay questions of a topic's draft, with their rubric and indicative content")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a teacher")
@APIResponse(responseCode = "404", description = "No such topic or essay question")
public class EssayQuestionResource {

    @Inject
    TopicItems items;

    @GET
    @Operation(summary = "List the essay questions of a topic's draft")
    @Transactional
    public List<EssayQuestionView> list(@PathParam("topicId") UUID topicId) {
        return TopicAuthoring.find(topicId).essayQuestions.stream().map(EssayQuestionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an essay question; its marks must equal its rubric's total")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid essay question: the field at fault is named")
    public Response add(@PathParam("topicId") UUID topicId, @NotNull @Valid EssayQuestionDraft draft) {
        EssayQuestionView question = EssayQuestionView.of(items.addEssayQuestion(topicId, draft));
        return Response.created(URI.create("/topics/" + topicId + "/essay-questions/" + question.id())).entity(question).build();
    }

    @GET
    @Path("/{essayQuestionId}")
    @Operation(summary = "Read an essay question")
    @Transactional
    public EssayQuestionView get(@PathParam("topicId") UUID topicId, @PathParam("essayQuestionId") UUID essayQuestionId) {
        return EssayQuestionView.of(TopicItems.item(TopicAuthoring.find(topicId).essayQuestions, q -> q.id.equals(essayQuestionId), "Essay question", essayQuestionId));
    }

    @PUT
    @Path("/{essayQuestionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an essay question")
    @APIResponse(responseCode = "400", description = "Invalid essay question: the field at fault is named")
    public EssayQuestionView update(@PathParam("topicId") UUID topicId, @PathParam("essayQuestionId") UUID essayQuestionId,
            @NotNull @Valid EssayQuestionDraft draft) {
        return EssayQuestionView.of(items.updateEssayQuestion(topicId, essayQuestionId, draft));
    }

    @DELETE
    @Path("/{essayQuestionId}")
    @Operation(summary = "Remove an essay question")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("topicId") UUID topicId, @PathParam("essayQuestionId") UUID essayQuestionId) {
        items.deleteEssayQuestion(topicId, essayQuestionId);
        return Response.noContent().build();
    }
}
