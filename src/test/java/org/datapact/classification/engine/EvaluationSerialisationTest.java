package org.datapact.classification.engine;

import java.util.Random;

import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.RandomDatasets;
import org.datapact.classification.domain.RuleSets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluations are plain records that serialise to JSON and read back to the same JSON, so
 * that later phases can store them (with the rule set id and version that produced them).
 */
class EvaluationSerialisationTest {

	@Test
	void anEvaluationReadsBackFromItsJson() {
		CompiledRuleSet rules = CompiledRuleSet.compile(RuleSets.loadDefault());
		JsonMapper mapper = JsonMapper.builder().build();
		Random random = new Random(7);
		for (int i = 0; i < 20; i++) {
			ProjectEvaluation evaluation = rules.evaluate(RandomDatasets.project(random),
					RandomDatasets.linkableDatasets(random, 6));
			String json = mapper.writeValueAsString(evaluation);
			ProjectEvaluation read = mapper.readValue(json, ProjectEvaluation.class);
			assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
			assertThat(read.projectLevel()).isEqualTo(evaluation.projectLevel());
			assertThat(read.ruleSetId()).isEqualTo("iom-table-a-default");
			assertThat(read.datasets()).hasSameSizeAs(evaluation.datasets());
			assertThat(read.combinations()).hasSameSizeAs(evaluation.combinations());
			assertThat(json).doesNotContain("raisedByCombination").doesNotContain("byDatasetId");
		}
	}

}
