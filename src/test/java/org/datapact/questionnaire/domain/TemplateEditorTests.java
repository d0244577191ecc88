package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Set;

import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;
import org.datapact.questionnaire.domain.TemplateEditor.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateEditorTests {

	/**
	 * Two sections: "basics" asks a yes/no question, a text question shown on "yes", and
	 * a group of datasets; "more" asks one choice question.
	 */
	static TemplateDefinition sample() {
		Question consent = question("consent", QuestionType.YES_NO_UNKNOWN, null);
		Question detail = question("detail", QuestionType.SHORT_TEXT, new Equals("consent", "yes"));
		Question name = question("name", QuestionType.SHORT_TEXT, null);
		Question size = question("size", QuestionType.NUMBER, new DisplayCondition.Answered("name"));
		Question datasets = question("datasets", QuestionType.REPEATING_GROUP, null).withQuestions(List.of(name, size));
		Question colour = new Question("colour", QuestionType.SINGLE_CHOICE, LocalizedText.of("Colour", "Couleur"),
				null, false,
				List.of(new Option("red", LocalizedText.of("Red", "Rouge")),
						new Option("blue", LocalizedText.of("Blue", "Bleu"))),
				null, new AnyOf("consent", List.of("yes", "unknown")), null);
		return new TemplateDefinition("sample", LocalizedText.of("Sample", "Exemple"),
				List.of(new Section("basics", LocalizedText.of("Basics", "Bases"), null,
						List.of(consent, detail, datasets)),
						new Section("more", LocalizedText.of("More", "Plus"), null, List.of(colour))));
	}

	static Question question(String key, QuestionType type, DisplayCondition condition) {
		return new Question(key, type, LocalizedText.of("Label of " + key, "Libellé de " + key), null, false, null,
				null, condition, null);
	}

	static List<String> keys(Section section) {
		return section.questions().stream().map(Question::key).toList();
	}

	static List<String> sectionKeys(TemplateDefinition template) {
		return template.sections().stream().map(Section::key).toList();
	}

	@Test
	void theSampleIsValidSoEveryProblemBelowComesFromAnEdit() {
		assertThat(sample().problems()).isEmpty();
	}

	// ---- Sections

	@Test
	void addsAnEmptySectionAtTheEnd() {
		TemplateDefinition template = sample();
		TemplateDefinition edited = TemplateEditor.addSection(template, "extra", LocalizedText.of("Extra", "En plus"),
				LocalizedText.of("Intro", ""));
		assertThat(sectionKeys(edited)).containsExactly("basics", "more", "extra");
		assertThat(edited.section("extra").orElseThrow().title().in("fr")).isEqualTo("En plus");
		assertThat(edited.section("extra").orElseThrow().questions()).isEmpty();
		assertThat(sectionKeys(template)).as("the original is untouched").containsExactly("basics", "more");
	}

	@Test
	void refusesASectionKeyThatIsMalformedOrTaken() {
		assertThatThrownBy(() -> TemplateEditor.addSection(sample(), "more", LocalizedText.EMPTY, null))
			.isInstanceOfSatisfying(DefinitionEditRefused.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("template.edit.keyTaken");
				assertThat(ex.field()).isEqualTo("key");
			});
		assertThatThrownBy(() -> TemplateEditor.addSection(sample(), "Bad Key", LocalizedText.EMPTY, null))
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.problem.badKey"));
	}

	@Test
	void retitlesAndRenamesASectionKeepingItsQuestions() {
		TemplateDefinition edited = TemplateEditor.updateSection(sample(), "basics", "basics",
				LocalizedText.of("First things", "D’abord"), LocalizedText.of("Start here", "Commencez ici"));
		Section basics = edited.section("basics").orElseThrow();
		assertThat(basics.title().in("en")).isEqualTo("First things");
		assertThat(basics.title().in("fr")).isEqualTo("D’abord");
		assertThat(basics.intro().in("fr")).isEqualTo("Commencez ici");
		assertThat(keys(basics)).containsExactly("consent", "detail", "datasets");

		TemplateDefinition renamed = TemplateEditor.updateSection(sample(), "basics", "first",
				LocalizedText.of("F", ""), null);
		assertThat(sectionKeys(renamed)).containsExactly("first", "more");
		assertThatThrownBy(() -> TemplateEditor.updateSection(sample(), "basics", "more", LocalizedText.EMPTY, null))
			.isInstanceOf(DefinitionEditRefused.class);
		assertThatThrownBy(() -> TemplateEditor.updateSection(sample(), "nowhere", "x", LocalizedText.EMPTY, null))
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.unknownSection"));
	}

	@Test
	void movesSectionsAndLeavesThemWhereTheyAreAtTheEdges() {
		TemplateDefinition template = sample();
		assertThat(sectionKeys(TemplateEditor.moveSection(template, "more", Direction.UP))).containsExactly("more",
				"basics");
		assertThat(sectionKeys(TemplateEditor.moveSection(template, "basics", Direction.DOWN))).containsExactly("more",
				"basics");
		assertThat(TemplateEditor.moveSection(template, "basics", Direction.UP)).isEqualTo(template);
		assertThat(TemplateEditor.moveSection(template, "more", Direction.DOWN)).isEqualTo(template);
	}

	@Test
	void removesOnlyAnEmptySection() {
		TemplateDefinition withEmpty = TemplateEditor.addSection(sample(), "empty", LocalizedText.of("E", ""), null);
		assertThat(sectionKeys(TemplateEditor.removeSection(withEmpty, "empty"))).containsExactly("basics", "more");
		assertThatThrownBy(() -> TemplateEditor.removeSection(sample(), "more"))
			.isInstanceOfSatisfying(DefinitionEditRefused.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("template.edit.sectionNotEmpty");
				assertThat(ex.problem().arguments()).containsExactly("more");
			});
	}

	// ---- Adding and updating questions

	@Test
	void addsAQuestionAtTheEndOfASection() {
		Question added = question("extra", QuestionType.LONG_TEXT, new Equals("consent", "no"));
		TemplateDefinition edited = TemplateEditor.addQuestion(sample(), "basics", added);
		assertThat(keys(edited.section("basics").orElseThrow())).containsExactly("consent", "detail", "datasets",
				"extra");
		assertThat(edited.question("extra")).contains(added);
		assertThat(edited.problems()).isEmpty();
	}

	@Test
	void addsAQuestionToARepeatingGroup() {
		Question added = question("owner", QuestionType.SHORT_TEXT, new DisplayCondition.Answered("name"));
		TemplateDefinition edited = TemplateEditor.addToGroup(sample(), "datasets", added);
		assertThat(edited.question("datasets").orElseThrow().questions()).extracting(Question::key)
			.containsExactly("name", "size", "owner");
		assertThat(edited.groupOf("owner").map(Question::key)).contains("datasets");
		assertThat(edited.problems()).isEmpty();
		assertThatThrownBy(() -> TemplateEditor.addToGroup(sample(), "consent", added)).isInstanceOfSatisfying(
				DefinitionEditRefused.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.notAGroup"));
	}

	@Test
	void refusesAQuestionKeyUsedAnywhereInTheTemplateIncludingGroups() {
		for (String taken : List.of("consent", "name", "colour")) {
			assertThatThrownBy(
					() -> TemplateEditor.addQuestion(sample(), "more", question(taken, QuestionType.SHORT_TEXT, null)))
				.as(taken)
				.isInstanceOfSatisfying(DefinitionEditRefused.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.keyTaken"));
		}
		assertThatThrownBy(
				() -> TemplateEditor.addQuestion(sample(), "more", question("9lives", QuestionType.SHORT_TEXT, null)))
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.problem.badKey"));
		assertThatThrownBy(
				() -> TemplateEditor.addQuestion(sample(), "nowhere", question("fine", QuestionType.SHORT_TEXT, null)))
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.unknownSection"));
	}

	@Test
	void aDraftMayHoldProblemsThatOnlyStopPublishing() {
		Question noLabel = new Question("later", QuestionType.SINGLE_CHOICE, null, null, true, null, null,
				new Equals("colour", "green"), null);
		TemplateDefinition edited = TemplateEditor.addQuestion(sample(), "basics", noLabel);
		assertThat(edited.problems()).extracting(Problem::messageKey)
			.contains("template.problem.labelMissing", "template.problem.noOptions",
					"template.problem.conditionReference");
	}

	@Test
	void updatesEveryFieldOfAQuestionInPlace() {
		Question replacement = new Question("detail", QuestionType.LONG_TEXT, LocalizedText.of("Tell us", "Dites"),
				LocalizedText.of("Be brief", "Soyez bref"), true, null, null,
				new All(List.of(new Equals("consent", "yes"), new DisplayCondition.Answered("consent"))), null);
		TemplateDefinition edited = TemplateEditor.updateQuestion(sample(), "detail", replacement);
		assertThat(edited.question("detail")).contains(replacement);
		assertThat(keys(edited.section("basics").orElseThrow())).containsExactly("consent", "detail", "datasets");
	}

	@Test
	void aRenamedQuestionIsRenamedInTheConditionsThatReadIt() {
		Question consent = sample().question("consent").orElseThrow().withKey("agreed");
		TemplateDefinition edited = TemplateEditor.updateQuestion(sample(), "consent", consent);
		assertThat(edited.question("consent")).isEmpty();
		assertThat(edited.question("detail").orElseThrow().condition()).isEqualTo(new Equals("agreed", "yes"));
		assertThat(edited.question("colour").orElseThrow().condition())
			.isEqualTo(new AnyOf("agreed", List.of("yes", "unknown")));
		assertThat(edited.problems()).isEmpty();
		assertThatThrownBy(() -> TemplateEditor.updateQuestion(sample(), "consent", consent.withKey("detail")))
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.keyTaken"));
	}

	@Test
	void aGroupKeepsItsMembersWhenUpdatedButCannotBecomeAnotherTypeWhileItHasThem() {
		Question group = sample().question("datasets").orElseThrow();
		Question relabelled = new Question("datasets", QuestionType.REPEATING_GROUP,
				LocalizedText.of("Data", "Données"), null, false, null, null, null, null);
		TemplateDefinition edited = TemplateEditor.updateQuestion(sample(), "datasets", relabelled);
		assertThat(edited.question("datasets").orElseThrow().questions()).isEqualTo(group.questions());
		assertThat(edited.question("datasets").orElseThrow().label().in("en")).isEqualTo("Data");
		assertThatThrownBy(() -> TemplateEditor.updateQuestion(sample(), "datasets",
				question("datasets", QuestionType.SHORT_TEXT, null)))
			.isInstanceOfSatisfying(DefinitionEditRefused.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("template.edit.groupHasQuestions");
				assertThat(ex.field()).isEqualTo("type");
			});
	}

	@Test
	void updatesAGroupMember() {
		Question size = sample().question("size").orElseThrow();
		Question required = new Question("size", size.type(), size.label(), size.guidance(), true, null, size.number(),
				null, null);
		TemplateDefinition edited = TemplateEditor.updateQuestion(sample(), "size", required);
		assertThat(edited.question("size").orElseThrow().required()).isTrue();
		assertThat(edited.groupOf("size").map(Question::key)).contains("datasets");
	}

	// ---- Removing questions

	@Test
	void removesAQuestionNothingReads() {
		TemplateDefinition edited = TemplateEditor.removeQuestion(sample(), "detail");
		assertThat(keys(edited.section("basics").orElseThrow())).containsExactly("consent", "datasets");
		TemplateDefinition withoutMember = TemplateEditor.removeQuestion(sample(), "size");
		assertThat(withoutMember.question("datasets").orElseThrow().questions()).extracting(Question::key)
			.containsExactly("name");
	}

	@Test
	void refusesToRemoveAQuestionAConditionReads() {
		assertThatThrownBy(() -> TemplateEditor.removeQuestion(sample(), "consent"))
			.isInstanceOfSatisfying(DefinitionEditRefused.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("template.edit.questionInUse");
				assertThat(ex.problem().arguments()).containsExactly("consent", "detail");
			});
		assertThatThrownBy(() -> TemplateEditor.removeQuestion(sample(), "name")).as("a member read by a sibling")
			.isInstanceOfSatisfying(DefinitionEditRefused.class,
					(ex) -> assertThat(ex.problem().arguments()).containsExactly("name", "size"));
		TemplateDefinition unread = TemplateEditor
			.removeQuestion(TemplateEditor.removeQuestion(TemplateEditor.updateQuestion(sample(), "colour",
					sample().question("colour").orElseThrow().withCondition(null)), "detail"), "consent");
		assertThat(unread.question("consent")).as("once nothing reads it").isEmpty();
	}

	@Test
	void removesAGroupWithItsMembersWhenOnlyTheyReadEachOther() {
		TemplateDefinition edited = TemplateEditor.removeQuestion(sample(), "datasets");
		assertThat(edited.question("name")).isEmpty();
		assertThat(edited.question("size")).isEmpty();
		assertThat(edited.problems()).isEmpty();
	}

	@Test
	void refusesToRemoveAGroupWhoseMemberIsReadFromOutside() {
		TemplateDefinition reading = TemplateEditor.addQuestion(sample(), "more",
				question("outside", QuestionType.SHORT_TEXT, new DisplayCondition.Answered("name")));
		assertThatThrownBy(() -> TemplateEditor.removeQuestion(reading, "datasets")).isInstanceOfSatisfying(
				DefinitionEditRefused.class,
				(ex) -> assertThat(ex.problem().arguments()).containsExactly("name", "outside"));
	}

	@Test
	void refusesToRemoveAnUnknownQuestion() {
		assertThatThrownBy(() -> TemplateEditor.removeQuestion(sample(), "ghost")).isInstanceOfSatisfying(
				DefinitionEditRefused.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("template.edit.unknownQuestion"));
	}

	// ---- Moving questions

	@Test
	void movesAQuestionWithinItsSection() {
		TemplateDefinition down = TemplateEditor.moveQuestion(sample(), "consent", Direction.DOWN);
		assertThat(keys(down.section("basics").orElseThrow())).containsExactly("detail", "consent", "datasets");
		assertThat(down.problems()).as("detail now reads a later question")
			.extracting(Problem::messageKey)
			.contains("template.problem.conditionReference");
		TemplateDefinition up = TemplateEditor.moveQuestion(sample(), "datasets", Direction.UP);
		assertThat(keys(up.section("basics").orElseThrow())).containsExactly("consent", "datasets", "detail");
	}

	@Test
	void aQuestionAtTheEdgeOfItsSectionStaysThere() {
		TemplateDefinition template = sample();
		assertThat(TemplateEditor.moveQuestion(template, "consent", Direction.UP)).isEqualTo(template);
		assertThat(TemplateEditor.moveQuestion(template, "datasets", Direction.DOWN)).isEqualTo(template);
		assertThat(TemplateEditor.moveQuestion(template, "colour", Direction.UP)).as("never into another section")
			.isEqualTo(template);
	}

	@Test
	void movesAGroupMemberWithinItsGroupOnly() {
		TemplateDefinition up = TemplateEditor.moveQuestion(sample(), "size", Direction.UP);
		assertThat(up.question("datasets").orElseThrow().questions()).extracting(Question::key)
			.containsExactly("size", "name");
		assertThat(TemplateEditor.moveQuestion(sample(), "name", Direction.UP)).isEqualTo(sample());
		assertThat(TemplateEditor.moveQuestion(sample(), "size", Direction.DOWN)).isEqualTo(sample());
	}

	@Test
	void movesAQuestionToTheEndOfAnotherSection() {
		TemplateDefinition moved = TemplateEditor.moveToSection(sample(), "detail", "more");
		assertThat(keys(moved.section("basics").orElseThrow())).containsExactly("consent", "datasets");
		assertThat(keys(moved.section("more").orElseThrow())).containsExactly("colour", "detail");
		assertThat(moved.problems()).isEmpty();
		assertThat(TemplateEditor.moveToSection(sample(), "detail", "basics")).as("already there").isEqualTo(sample());
	}

	@Test
	void aGroupMoveTakesItsMembersAndAMemberMovedOutIsAskedOnce() {
		TemplateDefinition group = TemplateEditor.moveToSection(sample(), "datasets", "more");
		assertThat(keys(group.section("more").orElseThrow())).containsExactly("colour", "datasets");
		assertThat(group.question("datasets").orElseThrow().questions()).hasSize(2);

		TemplateDefinition member = TemplateEditor.moveToSection(sample(), "name", "more");
		assertThat(keys(member.section("more").orElseThrow())).containsExactly("colour", "name");
		assertThat(member.groupOf("name")).isEmpty();
		assertThatThrownBy(() -> TemplateEditor.moveToSection(sample(), "name", "nowhere"))
			.isInstanceOf(DefinitionEditRefused.class);
	}

	// ---- Cloning

	@Test
	void clonesAQuestionRightAfterItUnderANewKey() {
		TemplateDefinition once = TemplateEditor.cloneQuestion(sample(), "detail");
		assertThat(keys(once.section("basics").orElseThrow())).containsExactly("consent", "detail", "detail_copy",
				"datasets");
		Question copy = once.question("detail_copy").orElseThrow();
		assertThat(copy.withKey("detail")).isEqualTo(sample().question("detail").orElseThrow());

		TemplateDefinition twice = TemplateEditor.cloneQuestion(once, "detail");
		assertThat(keys(twice.section("basics").orElseThrow())).containsExactly("consent", "detail", "detail_copy2",
				"detail_copy", "datasets");
		assertThat(TemplateEditor.cloneKey(twice, "detail")).isEqualTo("detail_copy3");
		assertThat(twice.problems()).isEmpty();
	}

	@Test
	void cloningAGroupCopiesItsMembersUnderNewKeysReadingEachOther() {
		TemplateDefinition edited = TemplateEditor.cloneQuestion(sample(), "datasets");
		Question copy = edited.question("datasets_copy").orElseThrow();
		assertThat(copy.questions()).extracting(Question::key).containsExactly("name_copy", "size_copy");
		assertThat(copy.questions().get(1).condition()).isEqualTo(new DisplayCondition.Answered("name_copy"));
		assertThat(edited.problems()).isEmpty();
	}

	@Test
	void aCloneOfAGroupMemberStaysInTheGroup() {
		TemplateDefinition edited = TemplateEditor.cloneQuestion(sample(), "name");
		assertThat(edited.question("datasets").orElseThrow().questions()).extracting(Question::key)
			.containsExactly("name", "name_copy", "size");
	}

	@Test
	void aCloneKeyStaysWithinTheLongestKeyAllowed() {
		String longest = "k".repeat(63);
		TemplateDefinition template = TemplateEditor.addQuestion(sample(), "more",
				question(longest, QuestionType.SHORT_TEXT, null));
		TemplateDefinition edited = TemplateEditor.cloneQuestion(template, longest);
		String copyKey = "k".repeat(58) + "_copy";
		assertThat(edited.question(copyKey)).isPresent();
		assertThat(TemplateDefinition.isKey(copyKey)).isTrue();
		assertThat(TemplateEditor.copyKey(longest, Set.of(copyKey))).isEqualTo("k".repeat(57) + "_copy2");
		assertThat(edited.problems()).isEmpty();
	}

	@Test
	void editsNeverChangeTheTemplateTheyAreGiven() {
		TemplateDefinition template = sample();
		TemplateEditor.cloneQuestion(template, "datasets");
		TemplateEditor.removeQuestion(template, "detail");
		TemplateEditor.moveToSection(template, "consent", "more");
		TemplateEditor.addSection(template, "x", LocalizedText.of("X", ""), null);
		assertThat(template).isEqualTo(sample());
	}

	@Test
	void everyEditDescribesItselfWithKeysOnly() {
		TemplateEdit edit = new TemplateEdit.UpdateQuestion("consent",
				sample().question("consent").orElseThrow().withKey("agreed"));
		assertThat(edit.describe()).isEqualTo("question updated: consent (now agreed)");
		assertThat(edit.applyTo(sample()).question("agreed")).isPresent();
		assertThat(new TemplateEdit.MoveSection("more", Direction.UP).describe()).isEqualTo("section moved up: more");
	}

}
