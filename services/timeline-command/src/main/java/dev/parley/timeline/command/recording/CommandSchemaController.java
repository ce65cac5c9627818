package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/command-schemas} and {@code /api/v1/command-schemas/{type}}: a JSON Schema
 * (2020-12) of every command document, generated from the very classes and Bean Validation
 * constraints that read the documents, so editors' tools can check a document before sending it
 * and the schema cannot drift from what the API accepts. The server remains stricter in places a
 * schema cannot say (dates in range, a bare date with precision instant, references to the track).
 */
@RestController
class CommandSchemaController {

    private final Map<String, ObjectNode> schemas;

    CommandSchemaController() {
        var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        // a correction's replacement is any command document: point to the schemas rather than nest them all
        config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) ->
                javaType.getErasedType() != CommandDocument.class ? null : new CustomDefinition(context.getGeneratorConfig()
                        .createObjectNode().put("type", "object")
                        .put("description", "a whole command document of the corrected event's type; see /api/v1/command-schemas")));
        var generator = new SchemaGenerator(config.build());
        this.schemas = Arrays.stream(CommandDocument.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value)
                .collect(Collectors.toMap(type -> type.getAnnotation(JsonTypeName.class).value(),
                        type -> schemaOf(generator, type), (a, b) -> a, TreeMap::new));
    }

    private static ObjectNode schemaOf(SchemaGenerator generator, Class<?> documentType) {
        var type = documentType.getAnnotation(JsonTypeName.class).value();
        var schema = generator.generateSchema(documentType);
        schema.put("$id", "https://parley.dev/schemas/commands/" + type + ".json");
        schema.put("title", type);
        ((ObjectNode) schema.get("properties")).putObject("type").put("const", type);
        schema.withArray("required").insert(0, "type");
        return schema;
    }

    @GetMapping(path = "/api/v1/command-schemas", produces = "application/json")
    Map<String, String> index() {
        return schemas.keySet().stream().collect(Collectors.toMap(Function.identity(),
                type -> "/api/v1/command-schemas/" + type, (a, b) -> a, TreeMap::new));
    }

    @GetMapping(path = "/api/v1/command-schemas/{type}", produces = "application/schema+json")
    ResponseEntity<?> schema(@PathVariable String type) {
        var schema = schemas.get(type);
        if (schema == null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "'" + type + "' is not a command type: one of " + String.join("|", schemas.keySet()));
            problem.setType(URI.create(CommandProblems.TYPE_BASE + "unknown-command-type"));
            problem.setTitle("Unknown command type");
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.ok(schema);
    }
}
