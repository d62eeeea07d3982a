package org.examsuite.content.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.content.api.ItemViews.QuestionView;
import org.examsuite.content.domain.QuestionDraft;
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
@Path("/topics/{topicId}/questions")
@Tag(name = "Recall questions", description = "The recall questions of a topic's draft, with their answer keys")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a teacher")
@APIResponse(responseCode = "404", description = "No such topic or question")
public class QuestionResource {

    @Inject
    TopicItems items;

    @GET
    @Operation(summary = "List the questions of a topic's draft (teachers: answer keys included)")
    @Transactional
    public List<QuestionView> list(@PathParam("topicId") UUID topicId) {
        return TopicAuthoring.find(topicId).questions.stream().map(QuestionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a question; its type decides which fields apply (see QuestionDraft)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid question: the field at fault is named")
    public Response add(@PathParam("topicId") UUID topicId, @NotNull @Valid QuestionDraft draft) {
        QuestionView question = QuestionView.of(items.addQuestion(topicId, draft));
        return Response.created(URI.create("/topics/" + topicId + "/questions/" + question.id())).entity(question).build();
    }

    @GET
    @Path("/{questionId}")
    @Operation(summary = "Read a question")
    @Transactional
    public QuestionView get(@PathParam("topicId") UUID topicId, @PathParam("questionId") UUID questionId) {
        return QuestionView.of(TopicItems.item(TopicAuthoring.find(topicId).questions, q -> q.id.equals(questionId), "Question", questionId));
    }

    @PUT
    @Path("/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a question")
    @APIResponse(responseCode = "400", description = "Invalid question: the field at fault is named")
    public QuestionView update(@PathParam("topicId") UUID topicId, @PathParam("questionId") UUID questionId,
            @NotNull @Valid QuestionDraft draft) {
        return QuestionView.of(items.updateQuestion(topicId, questionId, draft));
    }

    @DELETE
    @Path("/{questionId}")
    @Operation(summary = "Remove a question")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("topicId") UUID topicId, @PathParam("questionId") UUID questionId) {
        items.deleteQuestion(topicId, questionId);
        return Response.noContent().build();
    }
}
