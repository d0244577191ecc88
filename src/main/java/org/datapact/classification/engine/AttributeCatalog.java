package org.datapact.classification.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.datapact.classification.InvalidFactsException;
import org.datapact.classification.InvalidFactsException.Problem;
import org.datapact.definition.LocalizedText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions a dataset is described by, with their types and options, and the
 * conversion of answers into the engine's typed, indexed facts. The default catalogue is
 * the dataset inventory contract shared with the questionnaire.
 */
public final class AttributeCatalog {

	/** The class path resource that defines the dataset inventory contract. */
	public static final String DATASET_INVENTORY_RESOURCE = "classification/dataset-inventory.json";

	/** Longest free-text answer accepted. */
	public static final int MAX_TEXT_LENGTH = 20_000;

	private static final AttributeCatalog DATASET_INVENTORY = load(DATASET_INVENTORY_RESOURCE);

	/** Keys whose dates bound the collection period, used to test overlapping periods. */
	static final String COLLECTION_START = "collection_start";

	static final String COLLECTION_END = "collection_end";

	static final String LOCATION_GRANULARITY = "location_granularity";

	static final String LINKAGE_KEYS = "linkage_keys";

	private final List<Attribute> attributes;

	private final Map<String, Integer> indexes = new HashMap<>();

	private final List<Map<String, Integer>> optionIndexes = new ArrayList<>();

	public AttributeCatalog(List<Attribute> attributes) {
		this.attributes = List.copyOf(attributes);
		for (int i = 0; i < this.attributes.size(); i++) {
			Attribute attribute = this.attributes.get(i);
			if (this.indexes.put(attribute.key(), i) != null) {
				throw new IllegalArgumentException("Attribute " + attribute.key() + " is listed twice");
			}
			if (attribute.options().size() > Long.SIZE) {
				throw new IllegalArgumentException("Attribute " + attribute.key() + " has more than 64 options");
			}
			Map<String, Integer> options = new HashMap<>();
			for (int o = 0; o < attribute.options().size(); o++) {
				options.put(attribute.options().get(o), o);
			}
			this.optionIndexes.add(options);
		}
	}

	/** The dataset inventory contract ({@value #DATASET_INVENTORY_RESOURCE}). */
	public static AttributeCatalog datasetInventory() {
		return DATASET_INVENTORY;
	}

	public List<Attribute> attributes() {
		return this.attributes;
	}

	public int size() {
		return this.attributes.size();
	}

	public Attribute get(int index) {
		return this.attributes.get(index);
	}

	/** The attribute's index, or -1 when there is no such attribute. */
	public int indexOf(String key) {
		Integer index = (key != null) ? this.indexes.get(key) : null;
		return (index != null) ? index : -1;
	}

	/** The option's index within the attribute, or -1. */
	int optionIndex(int attribute, String option) {
		Integer index = this.optionIndexes.get(attribute).get(option);
		return (index != null) ? index : -1;
	}

	/** Bits of the attribute's given options (which must all exist). */
	long bits(int attribute, Collection<String> options) {
		long bits = 0;
		for (String option : options) {
			bits |= 1L << optionIndex(attribute, option);
		}
		return bits;
	}

	/** The options whose bits are set, in the questionnaire's order. */
	List<String> options(int attribute, long bits) {
		List<String> options = new ArrayList<>(Long.bitCount(bits));
		List<String> all = this.attributes.get(attribute).options();
		for (long rest = bits; rest != 0; rest &= rest - 1) {
			options.add(all.get(Long.numberOfTrailingZeros(rest)));
		}
		return Collections.unmodifiableList(options);
	}

	/**
	 * Checks and converts one dataset's answers.
	 * @param datasetIndex the dataset's position in the request, to name the field at
	 * fault
	 * @throws InvalidFactsException when an answer does not fit its question
	 */
	Facts facts(int datasetIndex, String id, Map<String, ?> answers) {
		Object[] values = new Object[this.attributes.size()];
		long[] bits = new long[this.attributes.size()];
		for (Map.Entry<String, ?> answer : answers.entrySet()) {
			String key = answer.getKey();
			int index = indexOf(key);
			if (index < 0) {
				throw new InvalidFactsException(Problem.UNKNOWN_ATTRIBUTE, datasetIndex, key, null, shorten(key));
			}
			if (answer.getValue() != null) {
				convert(datasetIndex, index, answer.getValue(), values, bits);
			}
		}
		checkPeriod(datasetIndex, values);
		return new Facts(id, values, bits);
	}

	private void convert(int datasetIndex, int index, Object value, Object[] values, long[] bits) {
		Attribute attribute = this.attributes.get(index);
		String key = attribute.key();
		switch (attribute.type()) {
			case TEXT -> {
				if (!(value instanceof String text)) {
					throw new InvalidFactsException(Problem.EXPECTED_TEXT, datasetIndex, key, null, key);
				}
				if (text.length() > MAX_TEXT_LENGTH) {
					throw new InvalidFactsException(Problem.TEXT_TOO_LONG, datasetIndex, key, null, key,
							MAX_TEXT_LENGTH);
				}
				values[index] = text;
			}
			case CHOICE, YNU -> {
				if (!(value instanceof String option)) {
					throw new InvalidFactsException(Problem.EXPECTED_OPTION, datasetIndex, key, null, key,
							String.join(", ", attribute.options()));
				}
				int position = optionIndex(index, option);
				if (position < 0) {
					throw new InvalidFactsException(Problem.UNKNOWN_OPTION, datasetIndex, key, null, key,
							shorten(option), String.join(", ", attribute.options()));
				}
				values[index] = attribute.options().get(position);
				bits[index] = 1L << position;
			}
			case MULTI -> {
				if (!(value instanceof Collection<?> options)) {
					throw new InvalidFactsException(Problem.EXPECTED_OPTIONS, datasetIndex, key, null, key,
							String.join(", ", attribute.options()));
				}
				long set = 0;
				int element = 0;
				for (Object option : options) {
					if (!(option instanceof String optionKey)) {
						throw new InvalidFactsException(Problem.EXPECTED_OPTIONS, datasetIndex, key, element, key,
								String.join(", ", attribute.options()));
					}
					int position = optionIndex(index, optionKey);
					if (position < 0) {
						throw new InvalidFactsException(Problem.UNKNOWN_OPTION, datasetIndex, key, element, key,
								shorten(optionKey), String.join(", ", attribute.options()));
					}
					set |= 1L << position;
					element++;
				}
				int none = optionIndex(index, Attribute.NONE);
				if (none >= 0 && (set & (1L << none)) != 0 && Long.bitCount(set) > 1) {
					throw new InvalidFactsException(Problem.NONE_WITH_OTHERS, datasetIndex, key, null, key);
				}
				if (set != 0) {
					bits[index] = set;
					values[index] = options(index, set);
				}
			}
			case NUMBER -> {
				BigDecimal number = number(value);
				if (number == null) {
					throw new InvalidFactsException(Problem.EXPECTED_NUMBER, datasetIndex, key, null, key);
				}
				if (number.signum() < 0) {
					throw new InvalidFactsException(Problem.NEGATIVE_NUMBER, datasetIndex, key, null, key);
				}
				values[index] = number;
			}
			case DATE -> {
				LocalDate date = date(value);
				if (date == null) {
					throw new InvalidFactsException(Problem.EXPECTED_DATE, datasetIndex, key, null, key);
				}
				values[index] = date;
			}
		}
	}

	private void checkPeriod(int datasetIndex, Object[] values) {
		int start = indexOf(COLLECTION_START);
		int end = indexOf(COLLECTION_END);
		if (start >= 0 && end >= 0 && values[start] instanceof LocalDate from && values[end] instanceof LocalDate to
				&& to.isBefore(from)) {
			throw new InvalidFactsException(Problem.END_BEFORE_START, datasetIndex, COLLECTION_END, null,
					COLLECTION_END, COLLECTION_START);
		}
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
		}
		if (value instanceof Number other) {
			try {
				return new BigDecimal(other.toString());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof String text && text.length() == 10) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	/** A caller's value quoted in a message: at most 60 characters, printable. */
	private static String shorten(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > 60) ? printable.substring(0, 60) + "…" : printable;
	}

	/**
	 * Reads a catalogue from a class path resource: {@code {"attributes": [{"key",
	 * "type", "options": [{"key", "label": {"en", "fr"}}]}]}}.
	 */
	static AttributeCatalog load(String resource) {
		try (InputStream json = AttributeCatalog.class.getClassLoader().getResourceAsStream(resource)) {
			if (json == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			Definition definition = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(json, Definition.class);
			List<Attribute> attributes = new ArrayList<>();
			for (Definition.Question question : definition.attributes()) {
				List<String> options = new ArrayList<>();
				Map<String, LocalizedText> labels = new HashMap<>();
				for (Definition.Option option : (question.options() != null) ? question.options()
						: List.<Definition.Option>of()) {
					options.add(option.key());
					labels.put(option.key(), option.label());
				}
				attributes.add(new Attribute(question.key(), question.type(), options, labels));
			}
			return new AttributeCatalog(attributes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	record Definition(String description, List<Question> attributes) {

		record Question(String key, AttributeType type, List<Option> options) {
		}

		record Option(String key, LocalizedText label) {
		}

	}

}
