package org.datapact.shared.db;

import java.nio.file.Path;

/**
 * Present (as a bean) when DataPact runs on the embedded PostgreSQL for trying it out:
 * one superuser owns everything there, which checks meant for real deployments accept
 * with a notice.
 */
public record EmbeddedDatabase(Path directory) {

}
