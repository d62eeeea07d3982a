package org.examsuite.content.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.content.search.SearchFilter;
import org.examsuite.content.search.SearchIndex;
import org.examsuite.content.search.SearchResults;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.platform.security.CurrentUser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed({CurrentUser.STUDENT, CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/search")
@Tag(name = "Search", description = "Ranked search over published notes, questions and essay questions")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchIndex index;

    @GET
    @Operation(summary = "Search published content with English stemming (\"collectivise\" finds \"collectivization\"), best first")
    @APIResponse(responseCode = "200", description = "Ranked hits")
    @APIResponse(responseCode = "400", description = "No query, or a bad filter or page")
    public SearchResults search(@QueryParam("q") @NotBlank @Size(max = 200) String q,
            @QueryParam("subject") String subject, @QueryParam("level") QualificationLevel level,
            @QueryParam("board") String board,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return index.search(q, new SearchFilter(subject, level, board), page, size);
    }
}
