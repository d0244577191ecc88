/**
 * Classification: assigns each dataset of a project, and the project, one of IOM's three
 * categories (Public, Confidential, Secret) by a versioned rule set, explaining every
 * decision. Other modules call {@link org.datapact.classification.Classifier}; the rules
 * engine ({@code engine}) is plain Java.
 */
package org.datapact.classification;
