package org.examsuite.content.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.content.api.ItemViews.SectionView;
import org.examsuite.content.domain.SectionDraft;
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
@Path("/topics/{topicId}/sections")
@Tag(name = "Note sections", description = "The ordered note sections of a topic's draft")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a teacher")
@APIResponse(responseCode = "404", description = "No such topic or section")
public class SectionResource {

    @Inject
    TopicItems items;

    @GET
    @Operation(summary = "List the sections of a topic's draft, in reading order")
    @Transactional
    public List<SectionView> list(@PathParam("topicId") UUID topicId) {
        return TopicAuthoring.find(topicId).sections.stream().map(SectionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a section at the end")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid section")
    public Response add(@PathParam("topicId") UUID topicId, @NotNull @Valid SectionDraft draft) {
        SectionView section = SectionView.of(items.addSection(topicId, draft));
        return Response.created(URI.create("/topics/" + topicId + "/sections/" + section.id())).entity(section).build();
    }

    @GET
    @Path("/{sectionId}")
    @Operation(summary = "Read a section")
    @Transactional
    public SectionView get(@PathParam("topicId") UUID topicId, @PathParam("sectionId") UUID sectionId) {
        return SectionView.of(TopicItems.item(TopicAuthoring.find(topicId).sections, s -> s.id.equals(sectionId), "Section", sectionId));
    }

    @PUT
    @Path("/{sectionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a section's title and key points")
    @APIResponse(responseCode = "400", description = "Invalid section")
    public SectionView update(@PathParam("topicId") UUID topicId, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid SectionDraft draft) {
        return SectionView.of(items.updateSection(topicId, sectionId, draft));
    }

    @DELETE
    @Path("/{sectionId}")
    @Operation(summary = "Remove a section; questions that pointed at it point at no section")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("topicId") UUID topicId, @PathParam("sectionId") UUID sectionId) {
        items.deleteSection(topicId, sectionId);
        return Response.noContent().build();
    }
}
