package org.datapact.classification.web;

import org.datapact.definition.DefinitionNotEditableException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the rule set pages, a change asked of a published version goes back to the list of
 * versions, saying why.
 */
@ControllerAdvice(assignableTypes = { RuleSetAdminController.class, RuleEditorController.class })
@Order(0)
class RuleSetPagesAdvice {

	@ExceptionHandler(DefinitionNotEditableException.class)
	String notEditable(DefinitionNotEditableException ex, RedirectAttributes redirect) {
		FlashMessages.warning(redirect, ex.messageKey());
		return "redirect:" + RuleSetAdminController.BASE;
	}

}
