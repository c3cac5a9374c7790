package id.pulih.shared.web;

import java.util.Comparator;
import java.util.List;

import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the page shell needs (the user, their navigation) into every page's model.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModelAdvice {

	private final List<NavigationItem> items;

	ShellModelAdvice(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("me")
	PulihUser me() {
		return CurrentUser.find().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return CurrentUser.find()
			.map(user -> this.items.stream().filter(item -> item.roles().contains(user.role())).toList())
			.orElse(List.of());
	}

}
