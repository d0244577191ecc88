package org.datapact.focalpoint;

/** Each organisation has a primary and a secondary focal point (IOM Table C). */
public enum FocalPointRole {

	PRIMARY, SECONDARY

}
