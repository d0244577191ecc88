package org.datapact.definition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's lock version is read as a number; anything else is a version no draft has. */
class LockVersionTests {

	@Test
	void readsTheNumberAPageSent() {
		assertThat(LockVersion.parse("7")).isEqualTo(7);
		assertThat(LockVersion.parse(" 12 ")).isEqualTo(12);
	}

	@Test
	void aMissingOrGarbledVersionIsNone() {
		assertThat(LockVersion.parse(null)).isEqualTo(LockVersion.NONE);
		assertThat(LockVersion.parse("")).isEqualTo(LockVersion.NONE);
		assertThat(LockVersion.parse("not a number")).isEqualTo(LockVersion.NONE);
		assertThat(LockVersion.parse("99999999999999999999")).isEqualTo(LockVersion.NONE);
	}

}
