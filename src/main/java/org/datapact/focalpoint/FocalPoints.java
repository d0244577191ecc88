package org.datapact.focalpoint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Whatever points at a focal point (agreements, sharing pathways) asks here and gets the
 * current holder, so that a change of person never requires revising those records.
 */
@Component
public class FocalPoints {

	private final FocalPointService service;

	FocalPoints(FocalPointService service) {
		this.service = service;
	}

	/** What administrators should fix across every active organisation. */
	public List<FocalPointFlag> flags(CurrentUser admin) {
		return this.service.flags(admin);
	}

	public Optional<FocalPointContact> currentHolder(UUID organisationId, FocalPointRole role) {
		return this.service.currentHolder(organisationId, role);
	}

}
