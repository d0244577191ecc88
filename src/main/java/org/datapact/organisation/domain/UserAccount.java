package org.datapact.organisation.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.datapact.shared.Languages;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID organisationId;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String passwordHash;

	// A page of users reads all their roles in one statement, not one per user.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = PageQuery.MAX_SIZE)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false)
	private boolean mustChangePassword;

	private String language;

	@Column(nullable = false)
	private Instant credentialsChangedAt;

	private Instant temporaryPasswordExpiresAt;

	@Version
	private Long version;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected UserAccount() {
	}

	UserAccount(UUID organisationId, String username, String displayName, String email, Set<Role> roles,
			String passwordHash, boolean mustChangePassword, Instant now) {
		this(organisationId, username, displayName, email, roles, passwordHash, mustChangePassword, null, now);
	}

	/**
	 * A new account; a temporary password (one the person must change) stops working at
	 * {@code temporaryUntil} when that is given.
	 */
	UserAccount(UUID organisationId, String username, String displayName, String email, Set<Role> roles,
			String passwordHash, boolean mustChangePassword, Instant temporaryUntil, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.roles = EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.temporaryPasswordExpiresAt = temporaryUntil;
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
		this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Updates name, address and roles; returns whether the roles changed, which ends the
	 * person's other sessions and tokens.
	 */
	boolean update(String displayName, String email, Set<Role> roles, Instant now) {
		boolean rolesChanged = !this.roles.equals(EnumSet.copyOf(roles));
		this.displayName = displayName;
		this.email = email;
		this.roles.clear();
		this.roles.addAll(roles);
		this.updatedAt = now;
		if (rolesChanged) {
			this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
		}
		return rolesChanged;
	}

	/**
	 * An administrator's reset: a temporary password the user must replace at next
	 * sign-in.
	 */
	void resetPassword(String temporaryHash, Instant temporaryUntil, Instant now) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		this.temporaryPasswordExpiresAt = temporaryUntil;
		this.updatedAt = now;
		this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void changeOwnPassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.temporaryPasswordExpiresAt = null;
		this.updatedAt = now;
		this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void rehash(String strongerHash) {
		this.passwordHash = strongerHash;
	}

	void deactivate(Instant now) {
		this.active = false;
		this.updatedAt = now;
		this.credentialsChangedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void reactivate(Instant now) {
		this.active = true;
		this.updatedAt = now;
	}

	UUID getId() {
		return this.id;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	/** The language for this person's mails, English until they sign in or choose one. */
	Locale getLanguage() {
		return Languages.ofTag(this.language);
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	boolean isActive() {
		return this.active;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	Long getVersion() {
		return this.version;
	}

	Instant getCredentialsChangedAt() {
		return this.credentialsChangedAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
