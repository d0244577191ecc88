package org.datapact.shared.api;

import java.util.Set;

/**
 * Which API calls write: what a read-only token may not do, what the write limits count,
 * and where the document declares their 429. Every method but GET, HEAD and OPTIONS,
 * except the calls that only read although they are POSTs (they carry a body to read).
 */
public final class ApiWrites {

	private static final Set<String> READS_BY_POST = Set.of("/api/v1/classification/evaluate",
			"/api/v1/audit/verification");

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private ApiWrites() {
	}

	public static boolean isWrite(String method, String path) {
		return !SAFE_METHODS.contains(method) && !READS_BY_POST.contains(path);
	}

}
