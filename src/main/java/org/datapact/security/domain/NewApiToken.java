package org.datapact.security.domain;

/**
 * A freshly created token: the secret is shown to its owner once and only its hash is
 * kept.
 */
public record NewApiToken(ApiTokenView token, String secret) {

	@Override
	public String toString() {
		return "NewApiToken[" + this.token.name() + "]";
	}

}
