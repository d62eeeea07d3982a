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
import org.examsuite.platform.security.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/imports")
@Tag(name = "Content packs", description = "Import of whole topics with their rubrics")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

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

    @POST
    @Consumes({"application/yaml", "text/yaml"})
    @Operation(summary = "Import a content pack written in YAML (the same structure as the JSON format)")
    @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged")
    @APIResponse(responseCode = "400", description = "The pack is invalid or not well-formed YAML; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importYamlPack(@NotNull String yaml) throws JsonProcessingException {
        return packs.importPack(YAML.readValue(yaml, ContentPack.class));
    }
}
