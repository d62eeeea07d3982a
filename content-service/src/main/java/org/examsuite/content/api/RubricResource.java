package org.examsuite.content.api;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.platform.api.PageOf;
import org.examsuite.content.api.ItemViews.RubricView;
import org.examsuite.content.domain.RubricDraft;
import org.examsuite.content.domain.Rubrics;
import org.examsuite.content.persistence.RubricEntity;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/rubrics")
@Tag(name = "Rubrics", description = "Reusable levels-of-response mark schemes")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a teacher")
@APIResponse(responseCode = "404", description = "No such rubric")
public class RubricResource {

    @Inject
    Rubrics rubrics;

    @GET
    @Operation(summary = "List mark schemes, a page at a time")
    @Transactional
    public PageOf<RubricView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var found = RubricEntity.<RubricEntity>findAll(Sort.by("name"));
        return new PageOf<>(found.page(Page.of(page, size)).list().stream().map(RubricView::of).toList(), page, size, found.count());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a mark scheme: criteria with levels whose bands are ordered, contiguous and end at the criterion's maximum")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid rubric: the field at fault is named")
    @APIResponse(responseCode = "409", description = "The key is taken")
    public Response create(@NotNull @Valid RubricDraft draft) {
        RubricView rubric = RubricView.of(rubrics.create(draft));
        return Response.created(URI.create("/rubrics/" + rubric.id())).entity(rubric).build();
    }

    @GET
    @Path("/{rubricId}")
    @Operation(summary = "Read a mark scheme")
    @Transactional
    public RubricView get(@PathParam("rubricId") UUID rubricId) {
        return RubricView.of(Rubrics.find(rubricId));
    }

    @PUT
    @Path("/{rubricId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a mark scheme (a new version; published topics keep the version they were published with)")
    @APIResponse(responseCode = "400", description = "Invalid rubric, or its total no longer fits the essay questions using it")
    public RubricView update(@PathParam("rubricId") UUID rubricId, @NotNull @Valid RubricDraft draft) {
        return RubricView.of(rubrics.update(rubricId, draft));
    }

    @DELETE
    @Path("/{rubricId}")
    @Operation(summary = "Delete a mark scheme that no essay question uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Essay questions use it")
    public Response delete(@PathParam("rubricId") UUID rubricId) {
        rubrics.delete(rubricId);
        return Response.noContent().build();
    }
}
