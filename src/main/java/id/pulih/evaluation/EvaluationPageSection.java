package id.pulih.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationPageSection;
import id.pulih.organisation.OrganisationType;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * On an IBM unit's organisation page, for those who may read its evaluation: the latest
 * phase assessment, the community benefit means per statement of the current year with
 * the number of responses, the INSANI categories, and links to the forms the user may
 * use.
 */
@Component
class EvaluationPageSection implements OrganisationPageSection {

	static final int ORDER = 40;

	private final Evaluations evaluations;

	EvaluationPageSection(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public Optional<HomeSection.Content> contentFor(Organisation organisation, PulihUser me) {
		EvaluationRoles.Abilities can = EvaluationRoles.abilities(me);
		if (organisation.type() != OrganisationType.IBM_UNIT || !can.read()
				|| !me.scope().covers(organisation.path(), organisation.areaCode())) {
			return Optional.empty();
		}
		int year = this.evaluations.today(me).getYear();
		List<EvaluationResponse> assessments = this.evaluations.responses(organisation.id(), EvaluationKind.ASSESSMENT,
				me.scope());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("unit", organisation);
		model.put("year", year);
		if (!assessments.isEmpty()) {
			model.put("latest", assessments.getFirst());
		}
		model.put("assessments", assessments.size());
		model.put("benefit", this.evaluations.benefitMeans(organisation.id(), year, me.scope()));
		model.put("insani", this.evaluations.insani(organisation.id(), year, me.scope()));
		model.put("can", can);
		model.put("active", !organisation.isVoided());
		return Optional
			.of(new HomeSection.Content(ORDER, "evaluation/unit", java.util.Collections.unmodifiableMap(model)));
	}

}
