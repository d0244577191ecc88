package org.datapact.shared.web;

import org.datapact.shared.text.Markdown;
import org.datapact.shared.text.SafeHtml;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live preview of Markdown that any editor may show beside its text area: htmx posts
 * the editor's form, whose text is {@code body} as in every form of ours, and swaps in
 * the answer. The same rendering and sanitising as the saved text gets; nothing is
 * stored, and the request body limit (and the renderer's own bounds) bound the work.
 */
@Controller
class MarkdownPreviewController {

	@PostMapping("/markdown/preview")
	String preview(@RequestParam(name = "body", defaultValue = "") String text, Model model) {
		SafeHtml html = Markdown.render(text);
		model.addAttribute("html", html);
		return "fragments/markdown :: preview";
	}

}
