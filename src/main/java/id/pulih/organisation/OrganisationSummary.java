package id.pulih.organisation;

import java.util.UUID;

/** One organisation in a list or tree. */
public record OrganisationSummary(UUID id, String code, String name, OrganisationType type, UUID parentId,
		String areaCode, String path, boolean voided) {

	/** Depth in the tree, 0 for a root. */
	public int depth() {
		return (int) this.path.chars().filter(c -> c == '/').count() - 2;
	}

}
