package org.datapact.audit.domain;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

}
