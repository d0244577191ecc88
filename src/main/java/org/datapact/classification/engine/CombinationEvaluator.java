package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.CombinationMembership;
import org.datapact.classification.Level;
import org.datapact.definition.LocalizedText;
import org.datapact.classification.ProjectContext;

/**
 * Applies the combination rules to a project's datasets and groups what it finds per
 * rule: the datasets involved, not every pair. Memory and output grow linearly with the
 * datasets. Finding who is involved still looks at pairs, but a pair is tested only while
 * it can still involve one of its two datasets in a way not yet known, so linkable
 * datasets are settled after a few tests each; the worst case (nothing links) tests every
 * pair once per rule with a few bit operations and date comparisons, bounded by the
 * number of datasets a request or questionnaire may hold.
 */
final class CombinationEvaluator {

	private final AttributeCatalog catalog;

	private final List<Compiled> rules;

	private final int granularity;

	private final int linkageKeys;

	private final long realLinkageKeys;

	private final int collectionStart;

	private final int collectionEnd;

	CombinationEvaluator(AttributeCatalog catalog, List<Compiled> rules) {
		this.catalog = catalog;
		this.rules = List.copyOf(rules);
		this.granularity = catalog.indexOf(AttributeCatalog.LOCATION_GRANULARITY);
		this.linkageKeys = catalog.indexOf(AttributeCatalog.LINKAGE_KEYS);
		this.realLinkageKeys = (this.linkageKeys < 0) ? 0
				: ~0L & ~bit(catalog.optionIndex(this.linkageKeys, Attribute.NONE));
		this.collectionStart = catalog.indexOf(AttributeCatalog.COLLECTION_START);
		this.collectionEnd = catalog.indexOf(AttributeCatalog.COLLECTION_END);
	}

	/** A combination rule compiled against the catalogue. */
	record Compiled(String key, Level level, LocalizedText description, LocalizedText explanation, String reference,
			Scope scope, Linkage linkage, long sharedKeyMask, Node one, Node other, Node combined) {

	}

	/**
	 * The findings, one per rule that raises datasets, in rule key order, and for each
	 * dataset (by position) the findings it is part of.
	 */
	record Result(List<CombinationFinding> findings, List<List<CombinationMembership>> memberships) {

	}

	/** The mask of the linkage keys a rule asks two datasets to share. */
	static long sharedKeyMask(AttributeCatalog catalog, Linkage linkage) {
		int linkageKeys = catalog.indexOf(AttributeCatalog.LINKAGE_KEYS);
		if (linkage.sharedKeys() == null || linkageKeys < 0) {
			return 0;
		}
		return linkage.sharedKeys().isEmpty() ? ~0L & ~bit(catalog.optionIndex(linkageKeys, Attribute.NONE))
				: catalog.bits(linkageKeys, linkage.sharedKeys());
	}

	Result evaluate(Facts[] facts, ProjectContext project) {
		List<List<CombinationMembership>> memberships = new ArrayList<>(facts.length);
		for (int i = 0; i < facts.length; i++) {
			memberships.add(new ArrayList<>(2));
		}
		if (facts.length < 2 || this.rules.isEmpty()) {
			return new Result(List.of(), memberships);
		}
		// Datasets taken in id order, so the result never depends on the order they are
		// given in.
		Integer[] order = new Integer[facts.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing((Integer i) -> facts[i].id));
		Pairing pairing = new Pairing(facts.length);
		List<CombinationFinding> findings = new ArrayList<>();
		for (Compiled rule : this.rules) {
			if (!rule.scope().appliesTo(project)) {
				continue;
			}
			pairing.pair(rule, facts, order, project);
			List<Integer> involved = new ArrayList<>();
			for (int i : order) {
				if (pairing.asOne[i] || pairing.asOther[i]) {
					involved.add(i);
				}
			}
			if (involved.isEmpty()) {
				continue;
			}
			findings.add(finding(rule, facts, involved, pairing, project));
			CombinationMembership membership = new CombinationMembership(rule.key(), rule.level());
			for (int i : involved) {
				memberships.get(i).add(membership);
			}
		}
		return new Result(Collections.unmodifiableList(findings), memberships);
	}

	/**
	 * Which side of a rule each dataset meets, and which side it has been found to play
	 * with a linkable partner; reused from rule to rule.
	 */
	private final class Pairing {

		final boolean[] one;

		final boolean[] other;

		final boolean[] asOne;

		final boolean[] asOther;

		final int[] candidates;

		final Facts merged;

		Pairing(int size) {
			this.one = new boolean[size];
			this.other = new boolean[size];
			this.asOne = new boolean[size];
			this.asOther = new boolean[size];
			this.candidates = new int[size];
			int attributes = CombinationEvaluator.this.catalog.size();
			this.merged = new Facts("", new Object[attributes], new long[attributes]);
		}

		void pair(Compiled rule, Facts[] facts, Integer[] order, ProjectContext project) {
			int count = 0;
			for (int i : order) {
				this.one[i] = rule.one().test(facts[i], project);
				this.other[i] = rule.other().test(facts[i], project);
				this.asOne[i] = false;
				this.asOther[i] = false;
				if (this.one[i] || this.other[i]) {
					this.candidates[count++] = i;
				}
			}
			for (int a = 0; a < count; a++) {
				int i = this.candidates[a];
				for (int b = a + 1; b < count; b++) {
					int j = this.candidates[b];
					boolean forward = this.one[i] && this.other[j];
					boolean backward = this.one[j] && this.other[i];
					// A pair is worth testing only if it could show a side not yet known.
					boolean news = (forward && !(this.asOne[i] && this.asOther[j]))
							|| (backward && !(this.asOne[j] && this.asOther[i]));
					if (news && linked(rule, facts[i], facts[j])
							&& (rule.combined() == null || rule.combined().test(merge(facts[i], facts[j]), project))) {
						if (forward) {
							this.asOne[i] = true;
							this.asOther[j] = true;
						}
						if (backward) {
							this.asOne[j] = true;
							this.asOther[i] = true;
						}
					}
				}
			}
		}

		/**
		 * The two datasets' answers taken together, written over the same scratch facts:
		 * several-options answers united (without "none" once anything else is chosen),
		 * any other answer only where both agree.
		 */
		private Facts merge(Facts first, Facts second) {
			AttributeCatalog catalog = CombinationEvaluator.this.catalog;
			Object[] values = this.merged.values;
			long[] bits = this.merged.bits;
			for (int a = 0; a < values.length; a++) {
				if (catalog.get(a).type() == AttributeType.MULTI) {
					long union = first.bits[a] | second.bits[a];
					long none = bit(catalog.optionIndex(a, Attribute.NONE));
					if (union != none) {
						union &= ~none;
					}
					bits[a] = union;
					// conditions read the bits of several-options answers; the value only
					// says whether the question is answered
					values[a] = (union != 0) ? ((first.values[a] != null) ? first.values[a] : second.values[a]) : null;
				}
				else if (same(first.values[a], second.values[a])) {
					values[a] = first.values[a];
					bits[a] = first.bits[a];
				}
				else {
					values[a] = null;
					bits[a] = 0;
				}
			}
			return this.merged;
		}

	}

	private boolean linked(Compiled rule, Facts first, Facts second) {
		Linkage linkage = rule.linkage();
		if (linkage.sameGranularity() && (this.granularity < 0 || first.values[this.granularity] == null
				|| !first.values[this.granularity].equals(second.values[this.granularity]))) {
			return false;
		}
		if (linkage.sharedKeys() != null && (this.linkageKeys < 0
				|| (first.bits[this.linkageKeys] & second.bits[this.linkageKeys] & rule.sharedKeyMask()) == 0)) {
			return false;
		}
		if (linkage.overlappingPeriods()) {
			LocalDate firstStart = date(first, this.collectionStart);
			LocalDate firstEnd = date(first, this.collectionEnd);
			LocalDate secondStart = date(second, this.collectionStart);
			LocalDate secondEnd = date(second, this.collectionEnd);
			if (firstStart != null && secondEnd != null && firstStart.isAfter(secondEnd)) {
				return false;
			}
			if (secondStart != null && firstEnd != null && secondStart.isAfter(firstEnd)) {
				return false;
			}
		}
		return true;
	}

	private CombinationFinding finding(Compiled rule, Facts[] facts, List<Integer> involved, Pairing pairing,
			ProjectContext project) {
		Set<Integer> read = new TreeSet<>();
		if (rule.linkage().sameGranularity()) {
			read.add(this.granularity);
		}
		if (rule.linkage().sharedKeys() != null) {
			read.add(this.linkageKeys);
		}
		if (rule.linkage().overlappingPeriods()) {
			read.add(this.collectionStart);
			read.add(this.collectionEnd);
		}
		if (rule.combined() != null) {
			rule.combined().attributes(read);
		}
		boolean scopeCountry = !rule.scope().countries().isEmpty();
		boolean scopeContexts = !rule.scope().contexts().isEmpty();
		boolean combinedReadsProject = rule.combined() != null && rule.combined().readsProject();
		List<String> ids = new ArrayList<>(involved.size());
		Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
		long seen = 0;
		long twice = 0;
		for (int i : involved) {
			Facts dataset = facts[i];
			Node.Inputs in = new Node.Inputs(this.catalog, new TreeMap<>());
			if (pairing.asOne[i]) {
				rule.one().explain(dataset, project, in);
			}
			if (pairing.asOther[i]) {
				rule.other().explain(dataset, project, in);
			}
			for (int attribute : read) {
				if (attribute >= 0) {
					in.attribute(dataset, attribute);
				}
			}
			in.project(project, scopeCountry || combinedReadsProject, scopeContexts || combinedReadsProject);
			ids.add(dataset.id);
			inputs.put(dataset.id, Collections.unmodifiableMap(in.values));
			if (this.linkageKeys >= 0) {
				long keys = dataset.bits[this.linkageKeys] & this.realLinkageKeys;
				twice |= seen & keys;
				seen |= keys;
			}
		}
		List<String> shared = (this.linkageKeys < 0) ? List.of() : this.catalog.options(this.linkageKeys, twice);
		return new CombinationFinding(rule.key(), rule.level(), rule.description(), rule.explanation(),
				rule.reference(), ids, shared, inputs);
	}

	private static boolean same(Object first, Object second) {
		if (first instanceof BigDecimal a && second instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return first != null && first.equals(second);
	}

	private static LocalDate date(Facts facts, int attribute) {
		return (attribute >= 0) ? (LocalDate) facts.values[attribute] : null;
	}

	private static long bit(int option) {
		return (option >= 0) ? 1L << option : 0;
	}

}
