package org.examsuite.content.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.examsuite.content.domain.ContentPack;
import org.examsuite.content.domain.ContentPacks;
import org.examsuite.content.domain.ImportReport;
import org.examsuite.content.domain.QuestionBanks;
import org.examsuite.content.banks.BankFile;
import org.examsuite.content.banks.BankFormatException;
import org.examsuite.content.banks.GiftReader;
import org.examsuite.content.banks.MoodleXmlReader;
import org.examsuite.content.banks.TooManyQuestionsException;
import org.examsuite.events.content.QualificationLevel;
import org.examsuite.platform.problems.Problem;
import org.examsuite.platform.problems.ProblemException;
import org.examsuite.platform.security.CurrentUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@RolesAllowed({CurrentUser.TEACHER, CurrentUser.ADMIN})
@Path("/imports")
@Tag(name = "Imports", description = "Import of content packs (whole topics with their rubrics) and of Moodle XML and GIFT question banks")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Inject
    ContentPacks packs;

    @Inject
    QuestionBanks banks;

    /** The most questions one bank file may hold (the body itself is limited by quarkus.http.limits.max-body-size). */
    @ConfigProperty(name = "content.banks.max-questions", defaultValue = "2000")
    int maxQuestions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a content pack: validated whole, applied all or nothing, matched by stable keys")
    @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged")
    @APIResponse(responseCode = "400", description = "The pack is invalid; nothing was imported")
    public ImportReport importPack(@NotNull ContentPack pack, @QueryParam("format") String format) {
        requirePack(format, MediaType.APPLICATION_JSON);
        return packs.importPack(pack);
    }

    @POST
    @Consumes({"application/yaml", "text/yaml"})
    @Operation(summary = "Import a content pack written in YAML (the same structure as the JSON format)")
    @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged")
    @APIResponse(responseCode = "400", description = "The pack is invalid or not well-formed YAML; nothing was imported")
    public ImportReport importYamlPack(@NotNull String yaml, @QueryParam("format") String format) throws JsonProcessingException {
        requirePack(format, "application/yaml");
        return packs.importPack(YAML.readValue(yaml, ContentPack.class));
    }

    @POST
    @Consumes({"application/xml", "text/xml", "text/plain", "application/x-gift", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a Moodle XML or GIFT question bank (or a content pack with format=pack) into a topic or into a topic per category",
            description = "The format comes from ?format=pack|moodle-xml|gift, or else from the content type: application/xml or text/xml is "
                    + "Moodle XML, application/x-gift is GIFT (text/plain needs ?format=gift). Questions go to the topic topicKey (created "
                    + "with subject, title, level and board when new) or to a topic per leaf category of the file. Without partial=true, "
                    + "a question that cannot be mapped refuses the whole import. Essays need rubricKey. See docs/question-banks.md.")
    @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged; what was skipped and why; notes; files not stored")
    @APIResponse(responseCode = "400", description = "The file is malformed (the line or element path at fault), a question cannot be mapped "
            + "(without partial=true), or the target is incomplete; nothing was imported")
    @APIResponse(responseCode = "413", description = "The body or the number of questions is over the limit; nothing was imported")
    @APIResponse(responseCode = "415", description = "The format cannot be told from the content type; give ?format=")
    public ImportReport importBank(@NotNull byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("format") String format, @QueryParam("topicKey") String topicKey, @QueryParam("subject") String subject,
            @QueryParam("title") String title, @QueryParam("level") List<String> levels, @QueryParam("board") List<String> boards,
            @QueryParam("partial") @DefaultValue("false") boolean partial, @QueryParam("rubricKey") String rubricKey)
            throws java.io.IOException {
        MediaType type = contentType == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : MediaType.valueOf(contentType);
        String chosen = format != null ? format.trim().toLowerCase(Locale.ROOT) : formatOf(type);
        if (chosen.equals("pack")) {
            return packs.importPack(YAML.readValue(body, ContentPack.class));
        }
        QuestionBanks.Target target = new QuestionBanks.Target(blankToNull(topicKey), blankToNull(subject), blankToNull(title),
                levels(levels), boards == null ? List.of() : boards.stream().filter(b -> !b.isBlank()).map(String::trim).toList(),
                partial, blankToNull(rubricKey));
        BankFile file;
        try {
            file = switch (chosen) {
                case "moodle-xml" -> new MoodleXmlReader(maxQuestions).read(body);
                case "gift" -> new GiftReader(maxQuestions).read(body, type.getParameters().get("charset"));
                default -> throw ProblemException.invalid("format", "must be pack, moodle-xml or gift");
            };
        } catch (BankFormatException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Malformed question bank", e.where() + ": " + e.getMessage()
                    + "; nothing was imported", List.of(new Problem.FieldError(e.where(), e.getMessage())));
        } catch (TooManyQuestionsException e) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Too many questions", e.getMessage()
                    + "; nothing was imported", List.of());
        }
        return banks.importBank(file, target);
    }

    private static String formatOf(MediaType type) {
        String t = type.getType() + "/" + type.getSubtype();
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "application/xml", "text/xml" -> "moodle-xml";
            case "application/x-gift" -> "gift";
            default -> throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "Say which format the " + t + " body is in: ?format=gift, ?format=moodle-xml or ?format=pack", List.of());
        };
    }

    private static void requirePack(String format, String contentType) {
        if (format != null && !format.trim().equalsIgnoreCase("pack")) {
            throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "A " + contentType + " body is a content pack; send " + format + " files as application/xml (moodle-xml) or application/x-gift (gift)",
                    List.of());
        }
    }

    private static List<QualificationLevel> levels(List<String> values) {
        List<QualificationLevel> levels = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String v : value.split(",")) {
                if (v.isBlank()) {
                    continue;
                }
                try {
                    levels.add(QualificationLevel.valueOf(v.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("level", "must be O_LEVEL, AS_LEVEL or A_LEVEL");
                }
            }
        }
        return levels.stream().distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
