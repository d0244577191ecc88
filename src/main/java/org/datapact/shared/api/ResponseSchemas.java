package org.datapact.shared.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The last word on the schemas, once the whole document is built:
 * <ul>
 * <li>a record that only ever goes out (in responses) lists as required every property
 * Jackson always writes ({@link SchemaConventions#ALWAYS_PRESENT}); one that comes in
 * keeps the required properties its validation constraints make;</li>
 * <li>every pattern is anchored, since Java's {@code @Pattern} matches the whole value
 * and a JSON Schema pattern matches anywhere in it;</li>
 * <li>each subtype of a polymorphic type names its discriminator value as a required
 * one-value enum, so that exactly one subtype matches a value;</li>
 * <li>a property that may be null and refers to an object or an enum holds a copy of it
 * marked {@code nullable} (with null among an enum's values): OpenAPI 3.0's
 * {@code nullable} admits null only beside a {@code type}, so the usual {@code nullable}
 * wrapper around a reference admits no null at all.</li>
 * </ul>
 */
@Component
class ResponseSchemas implements GlobalOpenApiCustomizer {

	private static final String REF = "#/components/schemas/";

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		// read here, once the schema conventions are registered with the converters
		ModelConverters.getInstance().readAll(ProblemDocument.class).forEach(schemas::putIfAbsent);
		Set<String> incoming = reachable(schemas, requestRoots(api));
		Set<String> outgoing = reachable(schemas, responseRoots(api));
		schemas.forEach((name, schema) -> {
			Object present = (schema.getExtensions() != null)
					? schema.getExtensions().remove(SchemaConventions.ALWAYS_PRESENT) : null;
			if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
				schema.setExtensions(null);
			}
			if (present instanceof List<?> properties && outgoing.contains(name) && !incoming.contains(name)) {
				schema.setRequired(properties.stream().map(String::valueOf).toList());
			}
		});
		new ArrayList<>(schemas.entrySet()).forEach((entry) -> discriminate(schemas, entry.getKey(), entry.getValue()));
		schemas.values().forEach((schema) -> walk(schema, (inner) -> inlineNullableReferences(schemas, inner)));
		List<Schema<?>> roots = new ArrayList<>(requestRoots(api));
		roots.addAll(responseRoots(api));
		operations(api).stream()
			.filter((operation) -> operation.getParameters() != null)
			.flatMap((operation) -> operation.getParameters().stream())
			.map(Parameter::getSchema)
			.filter((schema) -> schema != null)
			.forEach(roots::add);
		Set<String> used = reachable(schemas, roots);
		schemas.keySet().removeIf((name) -> !used.contains(name));
		schemas.values().forEach((schema) -> walk(schema, ResponseSchemas::anchor));
		operations(api).forEach((operation) -> {
			if (operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.map(Parameter::getSchema)
					.filter((schema) -> schema != null)
					.forEach((schema) -> walk(schema, ResponseSchemas::anchor));
			}
		});
	}

	/**
	 * A polymorphic type becomes a {@code oneOf} of its subtypes with the discriminator's
	 * mapping; each subtype is a plain object (not an {@code allOf} of its parent) whose
	 * discriminator property is required and admits its one value; properties that listed
	 * the subtypes refer to the type instead.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void discriminate(Map<String, Schema> schemas, String name, Schema<?> parent) {
		if (parent.getDiscriminator() == null || parent.getDiscriminator().getMapping() == null) {
			return;
		}
		String property = parent.getDiscriminator().getPropertyName();
		List<Schema> subtypes = new ArrayList<>();
		Set<String> subtypeRefs = new HashSet<>();
		parent.getDiscriminator().getMapping().forEach((value, ref) -> {
			Schema<Object> subtype = schemas.get(ref.replace(REF, ""));
			if (subtype == null) {
				return;
			}
			flatten(subtype, REF + name);
			Schema<String> discriminator = new Schema<>();
			discriminator.setType("string");
			discriminator.setEnum(new ArrayList<>(List.of(value)));
			Map<String, Schema> properties = new LinkedHashMap<>();
			properties.put(property, discriminator);
			if (subtype.getProperties() != null) {
				subtype.getProperties().forEach((key, existing) -> {
					if (!key.equals(property)) {
						properties.put(key, existing);
					}
				});
			}
			subtype.setProperties(properties);
			List<String> required = new ArrayList<>(List.of(property));
			if (subtype.getRequired() != null) {
				subtype.getRequired().stream().filter((key) -> !key.equals(property)).forEach(required::add);
			}
			subtype.setRequired(required);
			subtypes.add(new Schema<>().$ref(ref));
			subtypeRefs.add(ref);
		});
		parent.setProperties(null);
		parent.setRequired(null);
		parent.setType(null);
		parent.setOneOf(subtypes);
		schemas.values().forEach((schema) -> walk(schema, (inner) -> {
			Map<String, Schema> properties = (Map) inner.getProperties();
			if (properties != null) {
				properties.replaceAll(
						(key, value) -> listsExactly(value, subtypeRefs) ? new Schema<>().$ref(REF + name) : value);
			}
			if (inner.getItems() != null && listsExactly(inner.getItems(), subtypeRefs)) {
				inner.setItems(new Schema<>().$ref(REF + name));
			}
		}));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void inlineNullableReferences(Map<String, Schema> schemas, Schema<?> schema) {
		Map<String, Schema> properties = (Map) schema.getProperties();
		if (properties == null) {
			return;
		}
		properties.replaceAll((key, property) -> {
			if (!Boolean.TRUE.equals(property.getNullable()) || property.getAllOf() == null
					|| property.getAllOf().size() != 1) {
				return property;
			}
			Schema<?> target = schemas
				.get(String.valueOf(((Schema<?>) property.getAllOf().get(0)).get$ref()).replace(REF, ""));
			if (target == null) {
				return property;
			}
			if (target.getType() == null) {
				// a schema that does not constrain the type admits null itself; a oneOf
				// of
				// objects cannot be made nullable in OpenAPI 3.0 and keeps the wrapper
				boolean admitsNull = target.getOneOf() == null && target.getAnyOf() == null && target.getAllOf() == null
						&& target.getEnum() == null;
				return admitsNull ? new Schema<>().$ref(REF + targetName(property)) : property;
			}
			Schema copy = AnnotationsUtils.clone(target, false);
			copy.setNullable(true);
			if (copy.getEnum() != null && !copy.getEnum().contains(null)) {
				List<Object> values = new ArrayList<>(copy.getEnum());
				values.add(null);
				copy.setEnum(values);
			}
			if (property.getDescription() != null) {
				copy.setDescription(property.getDescription());
			}
			return copy;
		});
	}

	private static String targetName(Schema<?> wrapper) {
		return String.valueOf(((Schema<?>) wrapper.getAllOf().get(0)).get$ref()).replace(REF, "");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void flatten(Schema subtype, String parentRef) {
		if (subtype.getAllOf() == null) {
			return;
		}
		Map<String, Schema> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (Object part : subtype.getAllOf()) {
			Schema<?> schema = (Schema<?>) part;
			if (parentRef.equals(schema.get$ref())) {
				continue;
			}
			if (schema.getProperties() != null) {
				properties.putAll(schema.getProperties());
			}
			if (schema.getRequired() != null) {
				required.addAll(schema.getRequired());
			}
		}
		if (subtype.getProperties() != null) {
			properties.putAll(subtype.getProperties());
		}
		if (subtype.getRequired() != null) {
			subtype.getRequired()
				.stream()
				.filter((key) -> !required.contains(key))
				.forEach((key) -> required.add((String) key));
		}
		subtype.setAllOf(null);
		subtype.setType("object");
		subtype.setProperties(properties);
		subtype.setRequired(required.isEmpty() ? null : required);
	}

	private static boolean listsExactly(Schema<?> schema, Set<String> refs) {
		if (schema.getOneOf() == null || schema.getOneOf().size() != refs.size()) {
			return false;
		}
		return schema.getOneOf().stream().allMatch((part) -> refs.contains(part.get$ref()));
	}

	private static void anchor(Schema<?> schema) {
		String pattern = schema.getPattern();
		if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
			schema.setPattern("^(?:" + pattern + ")$");
		}
	}

	private static List<Schema<?>> requestRoots(OpenAPI api) {
		List<Schema<?>> roots = new ArrayList<>();
		for (Operation operation : operations(api)) {
			if (operation.getRequestBody() != null) {
				roots.addAll(schemas(operation.getRequestBody().getContent()));
			}
		}
		return roots;
	}

	private static List<Schema<?>> responseRoots(OpenAPI api) {
		List<Schema<?>> roots = new ArrayList<>();
		for (Operation operation : operations(api)) {
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach((response) -> roots.addAll(schemas(response.getContent())));
			}
		}
		if (api.getComponents().getResponses() != null) {
			api.getComponents()
				.getResponses()
				.values()
				.forEach((response) -> roots.addAll(schemas(response.getContent())));
		}
		return roots;
	}

	private static List<Schema<?>> schemas(Content content) {
		if (content == null) {
			return List.of();
		}
		List<Schema<?>> schemas = new ArrayList<>();
		content.values()
			.stream()
			.filter((media) -> media.getSchema() != null)
			.forEach((media) -> schemas.add(media.getSchema()));
		return schemas;
	}

	static List<Operation> operations(OpenAPI api) {
		if (api.getPaths() == null) {
			return List.of();
		}
		return api.getPaths().values().stream().flatMap((path) -> path.readOperations().stream()).toList();
	}

	/** The names of the component schemas the roots refer to, however deep. */
	private static Set<String> reachable(Map<String, Schema> schemas, List<Schema<?>> roots) {
		Set<String> names = new HashSet<>();
		Deque<Schema<?>> pending = new ArrayDeque<>(roots);
		while (!pending.isEmpty()) {
			walk(pending.pop(), (schema) -> {
				if (schema.get$ref() != null) {
					String name = schema.get$ref().replace(REF, "");
					if (names.add(name) && schemas.get(name) != null) {
						pending.push(schemas.get(name));
					}
				}
			});
		}
		return names;
	}

	/** Visits a schema and every schema inside it (not following references). */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void walk(Schema<?> schema, Consumer<Schema<?>> visitor) {
		if (schema == null) {
			return;
		}
		visitor.accept(schema);
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((property) -> walk(property, visitor));
		}
		walk(schema.getItems(), visitor);
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			walk(additional, visitor);
		}
		for (Collection<Schema> parts : new Collection[] { schema.getAllOf(), schema.getOneOf(), schema.getAnyOf() }) {
			if (parts != null) {
				parts.forEach((part) -> walk(part, visitor));
			}
		}
	}

}
