package id.pulih.instrument;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrator-defined instruments for integrations: administrators list, draft, edit,
 * publish and retire versions; every signed-in role may score answers against a published
 * or retired version without saving them (it stores nothing and reveals nothing about
 * anybody, like the scoring of the built-in instruments).
 */
@RestController
@RequestMapping("/api/v1/instruments/custom")
@Tag(name = "Custom instruments", description = "Administrator-defined instruments: versions, editing and scoring")
class CustomInstrumentApi {

	private final CustomInstrumentCatalogue catalogue;

	CustomInstrumentApi(CustomInstrumentCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@GetMapping
	@Operation(summary = "Every version of every instrument, newest first per code")
	List<CustomInstrument> list() {
		return this.catalogue.all();
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@GetMapping("/{versionId}")
	@Operation(summary = "One version, whatever its status")
	CustomInstrument version(@PathVariable UUID versionId) {
		return this.catalogue.get(versionId);
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create the draft of a new instrument",
			description = "An optional client-chosen id makes the call safe to retry: the same id with the same "
					+ "content answers the existing draft, with other content 409.")
	CustomInstrument create(@RequestBody CustomInstrumentDraft draft) {
		return this.catalogue.createDraft(draft, CurrentUser.get());
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PutMapping("/{versionId}")
	@Operation(summary = "Replace a draft's content",
			description = "422 on field status when the version is published or retired: nothing is changed.")
	CustomInstrument edit(@PathVariable UUID versionId, @RequestBody CustomInstrumentDraft draft) {
		return this.catalogue.editDraft(versionId, draft, CurrentUser.get());
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{versionId}/draft")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a draft of the next version, copied from this version")
	CustomInstrument draftFrom(@PathVariable UUID versionId) {
		return this.catalogue.draftFrom(versionId, CurrentUser.get());
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{versionId}/publish")
	@Operation(summary = "Publish a draft as the next version of its code; it never changes again")
	CustomInstrument publish(@PathVariable UUID versionId) {
		return this.catalogue.publish(versionId, CurrentUser.get());
	}

	@RolesAllowed(Roles.ADMINISTRATOR)
	@PostMapping("/{versionId}/retire")
	@Operation(summary = "Retire a published version (it stays readable and scorable)")
	CustomInstrument retire(@PathVariable UUID versionId) {
		return this.catalogue.retire(versionId, CurrentUser.get());
	}

	@PermitAll
	@PostMapping("/{versionId}/score")
	@Operation(summary = "Score answers against a published or retired version without saving them",
			description = "Body: {\"answers\": {\"ITEM_CODE\": 3, ...}}. 422 names the first unknown item or value "
					+ "out of its item's range.")
	CustomScore score(@PathVariable UUID versionId, @RequestBody ScoreRequest request) {
		return this.catalogue.score(versionId, (request.answers() != null) ? request.answers() : Map.of());
	}

	/** Answers to score: item code to value; a null value is unanswered. */
	record ScoreRequest(@Nullable Map<String, Integer> answers) {

	}

}
