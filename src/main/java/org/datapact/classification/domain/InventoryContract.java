package org.datapact.classification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.classification.engine.AttributeType;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.InvalidRuleSetException;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetProblems;
import org.datapact.definition.Problem;
import org.datapact.questionnaire.DatasetInventoryReader;
import org.datapact.questionnaire.InventoryOutline;
import org.datapact.questionnaire.InventoryOutline.AnswerKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The dataset inventory contract, checked when the questionnaire template is published:
 * every answer the template's inventory gives to an attribute of the catalogue must be
 * one the rules can read (the attribute's type, its options), and everything the rule set
 * in force reads must still be asked (the attribute, the options its conditions test).
 * Otherwise the classification of the projects that answer it would fail, or silently
 * miss a rule, long after the template was published.
 */
@Component
class InventoryContract implements DatasetInventoryReader {

	private final Supplier<RuleSet> rules;

	@Autowired
	InventoryContract(RuleSets ruleSets) {
		this(() -> ruleSets.current().definition());
	}

	/** A contract with the rules the supplier gives (the rule set in force). */
	InventoryContract(Supplier<RuleSet> rules) {
		this.rules = rules;
	}

	@Override
	public List<Problem> check(InventoryOutline inventory) {
		if (!inventory.present()) {
			return List.of(Problem.of("sections", "classification.inventory.missing"));
		}
		AttributeCatalog contract = AttributeCatalog.datasetInventory();
		List<Problem> problems = new ArrayList<>();
		List<Attribute> asked = new ArrayList<>();
		for (InventoryOutline.Question question : inventory.questions()) {
			int index = contract.indexOf(question.key());
			if (index < 0) {
				continue;
			}
			Attribute attribute = contract.get(index);
			if (!Set.of(kinds(attribute.type())).contains(question.kind())) {
				problems.add(Problem.of(question.path(), "classification.inventory.kind", question.key(),
						new DefaultMessageSourceResolvable("classification.inventory.kind." + attribute.type())));
				// told once: what the rules read of it is checked as if it were right
				asked.add(attribute);
				continue;
			}
			for (String option : question.options()) {
				if (!attribute.hasOption(option)) {
					problems
						.add(Problem.of(question.path(), "classification.inventory.option", option, question.key()));
				}
			}
			asked.add(new Attribute(attribute.key(), attribute.type(),
					attribute.options().stream().filter(question.options()::contains).toList()));
		}
		try {
			CompiledRuleSet.compile(this.rules.get(), new AttributeCatalog(asked));
		}
		catch (InvalidRuleSetException ex) {
			for (Problem read : ex.details()) {
				problems.add(Problem.of(inventory.path(), "classification.inventory.read", read.path(),
						new DefaultMessageSourceResolvable(new String[] { read.messageKey() }, read.argumentArray(),
								RuleSetProblems.english(read))));
			}
		}
		return problems;
	}

	/** The kinds of question whose answers the rules read as an attribute of the type. */
	private static AnswerKind[] kinds(AttributeType type) {
		return switch (type) {
			case TEXT -> new AnswerKind[] { AnswerKind.TEXT, AnswerKind.COUNTRY };
			case CHOICE -> new AnswerKind[] { AnswerKind.ONE_OPTION };
			case MULTI -> new AnswerKind[] { AnswerKind.SEVERAL_OPTIONS };
			case YNU -> new AnswerKind[] { AnswerKind.YES_NO_UNKNOWN };
			case NUMBER -> new AnswerKind[] { AnswerKind.NUMBER };
			case DATE -> new AnswerKind[] { AnswerKind.DATE };
		};
	}

}
