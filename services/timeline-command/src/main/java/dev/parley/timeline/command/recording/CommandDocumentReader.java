package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.parley.timeline.contract.json.TimelineJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a command document strictly: unknown fields, duplicate keys, numbers where text belongs and
 * text where numbers belong are all refused, each with the JSON path of the offending field, so an
 * editor learns exactly what to fix and nothing half-understood reaches the aggregate.
 */
@Component
class CommandDocumentReader {

    static final String KNOWN_TYPES = Arrays.stream(CommandDocument.class.getAnnotation(JsonSubTypes.class).value())
            .map(type -> type.value().getAnnotation(JsonTypeName.class).value())
            .collect(Collectors.joining("|"));

    private final ObjectMapper mapper;
    private final Validator validator;

    CommandDocumentReader(Validator validator) {
        this.validator = validator;
        this.mapper = strictMapper();
    }

    private static ObjectMapper strictMapper() {
        var mapper = TimelineJson.newMapper().rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("parley-safe-text").addDeserializer(String.class, new SafeTextDeserializer()))
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /**
     * @throws InvalidCommandException naming every field that is wrong
     */
    CommandDocument read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidCommandException("body", "is required: a JSON command document");
        }
        if (!body.stripLeading().startsWith("{")) {
            throw new InvalidCommandException("body", "must be a JSON object: {\"type\": \"<command-type>\", ...}");
        }
        CommandDocument document;
        try {
            document = mapper.readValue(body, CommandDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCommandException(List.of(describe(e)));
        }
        if (document == null) {
            throw new InvalidCommandException("body", "must be a JSON object");
        }
        var problems = new ArrayList<FieldProblem>();
        validator.validate(document).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(CommandDocumentReader::toProblem)
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return document;
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        // Hibernate names container elements "<list element>"; editors know them by index only
        var path = violation.getPropertyPath().toString().replace(".<list element>", "");
        return new FieldProblem(path, violation.getMessage());
    }

    private static FieldProblem describe(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            var given = typeId.getTypeId();
            return new FieldProblem("type", given == null
                    ? "is required: one of " + KNOWN_TYPES
                    : "'" + given + "' is not a known command type: one of " + KNOWN_TYPES);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "is not a field of this command");
        }
        if (e instanceof InvalidFormatException unsafe && unsafe.getTargetType() == String.class) {
            return new FieldProblem(path(unsafe), SafeTextDeserializer.MESSAGE);
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() instanceof IllegalArgumentException cause) {
            return new FieldProblem(path(invalid), cause.getMessage());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem(path(mapping), "has the wrong type" + expected(mapping));
        }
        if (e instanceof StreamReadException read && read.getMessage() != null
                && read.getMessage().startsWith("Duplicate field")) {
            return new FieldProblem("body", "repeats a field: " + read.getOriginalMessage());
        }
        var location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new FieldProblem("body", "is not a valid JSON command document" + location);
    }

    private static String expected(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            var target = mismatch.getTargetType();
            if (target.isEnum()) {
                return ": must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(constant -> ((dev.parley.timeline.contract.track.WireEnum) constant).wireName())
                        .collect(Collectors.joining("|"));
            }
            if (List.class.isAssignableFrom(target)) {
                return ": must be a list";
            }
            if (target == String.class) {
                return ": must be text";
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return ": must be a whole number";
            }
            return ": must be an object";
        }
        return "";
    }

    /** {@code sources[0].publisher} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
