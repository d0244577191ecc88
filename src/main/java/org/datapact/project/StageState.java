package org.datapact.project;

/** How far a stage has come. */
public enum StageState {

	NOT_STARTED, IN_PROGRESS, WAITING_FOR_REVIEW, DONE, ATTENTION_NEEDED

}
