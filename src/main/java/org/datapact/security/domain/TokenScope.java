package org.datapact.security.domain;

/** What a personal API token may do, chosen when it is created. */
public enum TokenScope {

	/** Read only: any call that would change something is refused. */
	READ,

	/** Read and change whatever its owner may. */
	READ_WRITE

}
