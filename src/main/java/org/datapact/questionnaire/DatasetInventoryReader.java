package org.datapact.questionnaire;

import java.util.List;

import org.datapact.definition.Problem;

/**
 * Implemented by the modules that read projects' dataset inventories (the classification
 * rules) and registered as a Spring bean. Publishing the questionnaire template that
 * projects start from is refused while any reader finds that the template's dataset
 * inventory no longer carries what it reads, or gives answers it cannot read: the admin
 * sees each problem in the template editor instead of a classification failing later.
 */
public interface DatasetInventoryReader {

	/**
	 * What this reader needs that the template's inventory lacks, each a problem placed
	 * at the template's inventory or one of its questions; empty when nothing is.
	 */
	List<Problem> check(InventoryOutline inventory);

}
