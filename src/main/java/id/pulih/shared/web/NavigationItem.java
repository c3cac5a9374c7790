package id.pulih.shared.web;

import java.util.Set;

import id.pulih.shared.security.Role;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the
 * page.
 *
 * @param messageKey the label's message key
 * @param path where it leads
 * @param order position, lower first
 * @param roles who sees it
 */
public record NavigationItem(String messageKey, String path, int order, Set<Role> roles) {

}
