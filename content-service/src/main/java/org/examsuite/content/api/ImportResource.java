package org.examsuite.content.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.content.domain.ContentPack;
import org.examsuite.content.domain.ContentPacks;
import org.examsuite.content.domain.ImportReport;
import org.examsuite.platform.problems.Problem;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/imports")
@Tag(name = "Content packs", description = "Import of whole topics with their rubrics")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ContentPacks packs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a content pack: validated whole, applied all or nothing, matched by stable keys")
    @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged")
    @APIResponse(responseCode = "400", description = "The pack is invalid; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importPack(@NotNull ContentPack pack) {
        return packs.importPack(pack);
    }
}
