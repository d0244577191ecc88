package org.datapact.shared.text;

import java.util.List;

import org.datapact.shared.text.MergeResult.Agreed;
import org.datapact.shared.text.MergeResult.Conflict;
import org.datapact.shared.text.MergeResult.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

	private static final String BASE = """
			# Hosting
			The partner hosts the data.
			Access is revoked at the end.

			Storage is in Kenya.
			""";

	@Test
	void takesChangesToDifferentLinesFromBothSides() {
		String mine = BASE.replace("The partner hosts the data.", "The partner hosts the data on its own servers.");
		String theirs = BASE.replace("Storage is in Kenya.", "Storage is in Kenya, in Nairobi.");
		MergeResult result = ThreeWayMerge.merge(BASE, mine, theirs);
		assertThat(result.isClean()).isTrue();
		assertThat(result.merged()).hasValue("""
				# Hosting
				The partner hosts the data on its own servers.
				Access is revoked at the end.

				Storage is in Kenya, in Nairobi.
				""");
	}

	@Test
	void takesChangesToDifferentWordsOfOneLine() {
		String base = "Data is kept for two years and deleted by the partner.\n";
		String mine = "Data is kept for three years and deleted by the partner.\n";
		String theirs = "Data is kept for two years and deleted by the scoper.\n";
		assertThat(ThreeWayMerge.merge(base, mine, theirs).merged())
			.hasValue("Data is kept for three years and deleted by the scoper.\n");
	}

	@Test
	void reportsTheSameStretchChangedDifferentlyAsAConflictKeepingBothTexts() {
		String mine = BASE.replace("Storage is in Kenya.", "Storage is in Uganda.");
		String theirs = BASE.replace("Storage is in Kenya.", "Storage is in Tanzania.");
		MergeResult result = ThreeWayMerge.merge(BASE, mine, theirs);
		assertThat(result.isClean()).isFalse();
		assertThat(result.merged()).isEmpty();
		// the words overlap, so the conflict is the whole line, as a person would resolve
		// it
		assertThat(result.conflicts()).containsExactly(
				new Conflict("Storage is in Kenya.\n", "Storage is in Uganda.\n", "Storage is in Tanzania.\n"));
		assertThat(result.textTaking(Side.MINE)).isEqualTo(mine);
		assertThat(result.textTaking(Side.THEIRS)).isEqualTo(theirs);
		assertThat(result.chunks().get(0)).isInstanceOf(Agreed.class);
	}

	@Test
	void conflictsStayWholeLinesWhenTheWordsOverlapToo() {
		String base = "alpha\nbeta\ngamma\n";
		String mine = "alpha\nBETA one\ngamma\n";
		String theirs = "alpha\nBETA two\ngamma\n";
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertThat(result.conflicts()).containsExactly(new Conflict("beta\n", "BETA one\n", "BETA two\n"));
		assertThat(result.chunks()).containsExactly(new Agreed("alpha\n"),
				new Conflict("beta\n", "BETA one\n", "BETA two\n"), new Agreed("gamma\n"));
	}

	@Test
	void theSameChangeOnBothSidesIsTakenOnce() {
		String mine = BASE.replace("Kenya", "Uganda").replace("# Hosting", "# Hosting and compute");
		String theirs = BASE.replace("Kenya", "Uganda");
		assertThat(ThreeWayMerge.merge(BASE, mine, theirs).merged()).hasValue(mine);
	}

	@Test
	void linesAddedAtTheSamePlaceConflictAndAddedElsewhereMerge() {
		MergeResult samePlace = ThreeWayMerge.merge("a\nb\n", "a\nb\nmine\n", "a\nb\ntheirs\n");
		assertThat(samePlace.conflicts()).containsExactly(new Conflict("", "mine\n", "theirs\n"));
		MergeResult elsewhere = ThreeWayMerge.merge("a\nb\n", "first\na\nb\n", "a\nb\nlast\n");
		assertThat(elsewhere.merged()).hasValue("first\na\nb\nlast\n");
	}

	@Test
	void oneSideDeletingWhatTheOtherLeftAloneIsTaken() {
		String mine = BASE.replace("Access is revoked at the end.\n", "");
		String theirs = BASE.replace("# Hosting", "# Hosting and compute");
		assertThat(ThreeWayMerge.merge(BASE, mine, theirs).merged()).hasValue("""
				# Hosting and compute
				The partner hosts the data.

				Storage is in Kenya.
				""");
	}

	@Test
	void deletingWhatTheOtherSideChangedIsAConflict() {
		String mine = BASE.replace("Access is revoked at the end.\n", "");
		String theirs = BASE.replace("Access is revoked at the end.", "Access is revoked within a week of the end.");
		MergeResult result = ThreeWayMerge.merge(BASE, mine, theirs);
		assertThat(result.isClean()).isFalse();
		assertThat(result.conflicts().get(0).theirs()).contains("within a week");
		assertThat(result.conflicts().get(0).mine()).doesNotContain("Access");
	}

	@Test
	void unchangedSidesAndEmptyTexts() {
		assertThat(ThreeWayMerge.merge(BASE, BASE, BASE).merged()).hasValue(BASE);
		assertThat(ThreeWayMerge.merge(BASE, BASE, "theirs").merged()).hasValue("theirs");
		assertThat(ThreeWayMerge.merge(BASE, "mine", BASE).merged()).hasValue("mine");
		assertThat(ThreeWayMerge.merge("", "", "").merged()).hasValue("");
		assertThat(ThreeWayMerge.merge("", "mine\n", "theirs\n").conflicts()).hasSize(1);
		assertThat(ThreeWayMerge.merge(null, "x", null).merged()).hasValue("x");
	}

	@Test
	void browserLineEndingsDoNotMakeConflicts() {
		String mine = BASE.replace("\n", "\r\n").replace("Kenya", "Uganda");
		String theirs = BASE.replace("# Hosting", "# Hosting and compute");
		assertThat(ThreeWayMerge.merge(BASE, mine, theirs).merged())
			.hasValue(BASE.replace("Kenya", "Uganda").replace("# Hosting", "# Hosting and compute"));
	}

	@Test
	void nothingEitherSideWroteIsLost() {
		// a property over many random edits: every word a side added is in the merged
		// text, or in that side's text of a conflict
		String base = String.join("\n", List.of("one", "two", "three", "four", "five", "six", "seven", "eight"));
		java.util.Random random = new java.util.Random(11);
		for (int i = 0; i < 500; i++) {
			int round = i;
			String mine = mutate(base, random, "mine" + round + "x");
			String theirs = mutate(base, random, "theirs" + round + "x");
			MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
			assertThat(added(mine)).as("round %d", round)
				.allSatisfy(
						(word) -> assertThat(result.textTaking(Side.MINE)).as("round %d: %s / %s", round, mine, theirs)
							.contains(word));
			assertThat(added(theirs)).as("round %d", round)
				.allSatisfy((word) -> assertThat(result.textTaking(Side.THEIRS))
					.as("round %d: %s / %s", round, mine, theirs)
					.contains(word));
			MergeResult swapped = ThreeWayMerge.merge(base, theirs, mine);
			assertThat(swapped.textTaking(Side.THEIRS)).as("round %d symmetric", round)
				.isEqualTo(result.textTaking(Side.MINE));
		}
	}

	private static List<String> added(String text) {
		return java.util.Arrays.stream(text.split("[\\s]+"))
			.filter((word) -> word.matches("(mine|theirs)\\d+x\\d+"))
			.toList();
	}

	private static String mutate(String text, java.util.Random random, String marker) {
		List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
		int changes = 1 + random.nextInt(3);
		for (int i = 0; i < changes; i++) {
			int at = random.nextInt(lines.size());
			switch (random.nextInt(3)) {
				case 0 -> lines.set(at, lines.get(at) + " " + marker + i);
				case 1 -> lines.add(at, marker + i);
				default -> lines.remove(at);
			}
			if (lines.isEmpty()) {
				lines.add("");
			}
		}
		return String.join("\n", lines);
	}

}
