package org.datapact.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts a form back on the page together with its errors. Re-adding a form object to the
 * model makes Spring drop the binding result whenever the object is not the binder's own
 * target (a record that could not be constructed, or a corrected copy after a conflict),
 * so the errors are copied onto a result for the object actually shown.
 */
public final class Forms {

	private Forms() {
	}

	public static void show(Model model, String name, Object form, BindingResult errors) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, name);
		if (errors != null) {
			result.addAllErrors(errors);
		}
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
	}

}
