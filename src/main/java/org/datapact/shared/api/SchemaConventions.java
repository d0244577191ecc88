package org.datapact.shared.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Makes the schemas of records say what Jackson really writes and reads:
 * <ul>
 * <li>a component marked {@link Nullable} is {@code nullable}; every other is never
 * null;</li>
 * <li>the components Jackson always writes are listed in the {@value #ALWAYS_PRESENT}
 * extension, from which {@link ResponseSchemas} makes them required in response schemas
 * (all of them, unless the record leaves empty values out with {@link JsonInclude}: then
 * its primitives and those its {@code @Schema} declares required);</li>
 * <li>a map of values typed {@code Object} holds answer values
 * ({@code AnswerValue});</li>
 * <li>text that must not be blank ({@link NotBlank}) has {@code minLength: 1} and a
 * pattern that needs a character other than white space (combined with its own pattern,
 * if any).</li>
 * </ul>
 */
@Component
class SchemaConventions implements ModelConverter {

	static final String ALWAYS_PRESENT = "x-always-present";

	/**
	 * Needs one character that is not white space; like every pattern of the document it
	 * is matched whole, as Java's {@code @Pattern} is ({@link ResponseSchemas} anchors
	 * them).
	 */
	static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved == null || type.getType() == null) {
			return resolved;
		}
		JavaType javaType = Json.mapper().constructType(type.getType());
		Class<?> raw = javaType.getRawClass();
		if (raw == null || !raw.isRecord()) {
			return resolved;
		}
		Schema<?> model = (resolved.get$ref() != null)
				? context.getDefinedModels().get(resolved.get$ref().replace("#/components/schemas/", "")) : resolved;
		if (model != null && model.getProperties() != null) {
			describe(raw, model);
		}
		return resolved;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> record, Schema<?> model) {
		boolean leavesOutEmpty = leavesOutEmpty(record);
		List<String> alwaysPresent = new ArrayList<>();
		Map<String, Schema> properties = (Map) model.getProperties();
		for (RecordComponent component : record.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			boolean nullable = component.isAnnotationPresent(Nullable.class)
					|| component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			if (nullable) {
				properties.put(component.getName(), nullable(property));
			}
			if (!leavesOutEmpty || component.getType().isPrimitive() || declaredRequired(component)) {
				alwaysPresent.add(component.getName());
			}
			answerValues(component.getGenericType(), property);
			if (component.isAnnotationPresent(NotBlank.class)
					|| component.getAccessor().isAnnotationPresent(NotBlank.class)) {
				property.setMinLength(1);
				property.setPattern((property.getPattern() != null)
						? "(?=[\\s\\S]*\\S)(?:" + property.getPattern() + ")" : NOT_BLANK);
			}
		}
		model.addExtension(ALWAYS_PRESENT, alwaysPresent);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.get$ref() == null) {
			property.setNullable(true);
			return property;
		}
		// a reference cannot carry nullable beside it in OpenAPI 3.0
		Schema wrapper = new Schema();
		wrapper.setAllOf(new ArrayList<>(List.of(new Schema().$ref(property.get$ref()))));
		wrapper.setNullable(true);
		wrapper.setDescription(property.getDescription());
		return wrapper;
	}

	/**
	 * A map whose values are typed {@code Object} (however deeply nested in maps) holds
	 * answer values: a string, a number, a list of option keys or null, never a JSON
	 * object, which is what the converters would say.
	 */
	@SuppressWarnings("rawtypes")
	private static void answerValues(Type type, Schema property) {
		if (!(type instanceof ParameterizedType map) || map.getRawType() != Map.class
				|| !(property.getAdditionalProperties() instanceof Schema values)) {
			return;
		}
		Type valueType = map.getActualTypeArguments()[1];
		if (valueType == Object.class) {
			Schema answer = new Schema<>().$ref("#/components/schemas/" + ApiDocumentation.ANSWER_VALUE);
			property.setAdditionalProperties(answer);
		}
		else {
			answerValues(valueType, values);
		}
	}

	private static boolean declaredRequired(RecordComponent component) {
		// Java puts @Schema, which does not target record components, on the accessor
		io.swagger.v3.oas.annotations.media.Schema schema = component.getAccessor()
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return schema != null
				&& schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
	}

	private static boolean leavesOutEmpty(Class<?> record) {
		JsonInclude include = record.getAnnotation(JsonInclude.class);
		return include != null && include.value() != JsonInclude.Include.ALWAYS
				&& include.value() != JsonInclude.Include.USE_DEFAULTS;
	}

}
