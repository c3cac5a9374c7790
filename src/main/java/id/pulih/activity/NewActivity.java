package id.pulih.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An activity to record, or what an edit makes of one. The fields after {@code notes}
 * belong to some kinds only and are ignored for the others.
 *
 * @param id chosen by the client for a retry-safe create, or null
 * @param organisationId the unit or organisation; null means the user's own organisation
 * @param ledBy the person who ran it; null means the signed-in user's person
 * @param participantIds active people of the organisation who took part
 * @param peopleReached socialization and outreach: people reached
 * @param potentialClients outreach: potential clients found (at most those reached)
 * @param clientIds outreach: clients registered from it, with their agreement
 * @param topic advocacy and training
 * @param trainingHours training: length in hours
 * @param traineeIds training: people of the organisation trained (each gets a training
 * record)
 * @param cadrePersonId cadre development: the agent recruited, appointed, or the new one
 * @param replacedPersonId cadre development (replaced): the inactive agent replaced
 */
public record NewActivity(@Nullable UUID id, @Nullable UUID organisationId, @Nullable ActivityKind kind,
		@Nullable LocalDate heldOn, @Nullable String villageCode, @Nullable UUID ledBy,
		@Nullable List<UUID> participantIds, @Nullable String notes, @Nullable Audience audience,
		@Nullable Integer peopleReached, @Nullable Integer potentialClients, @Nullable List<UUID> clientIds,
		@Nullable String areasCovered, @Nullable MappingMethod mappingMethod, @Nullable Integer hotSpots,
		@Nullable String hotSpotNote, @Nullable String advocacyWith, @Nullable String topic, @Nullable String outcome,
		@Nullable String commitment, @Nullable Long commitmentRupiah, @Nullable BigDecimal trainingHours,
		@Nullable List<UUID> traineeIds, @Nullable CadreAction cadreAction, @Nullable UUID cadrePersonId,
		@Nullable UUID replacedPersonId, @Nullable String decreeNumber, @Nullable LocalDate decreeDate) {

	/** A socialization: the common fields, the audience and the people reached. */
	public static NewActivity socialization(@Nullable UUID organisationId, LocalDate heldOn, String villageCode,
			Audience audience, Integer peopleReached) {
		return new NewActivity(null, organisationId, ActivityKind.SOCIALIZATION, heldOn, villageCode, null, null, null,
				audience, peopleReached, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/** A mapping: the areas covered, the method and the hot spots noted. */
	public static NewActivity mapping(@Nullable UUID organisationId, LocalDate heldOn, String villageCode,
			String areasCovered, MappingMethod method, Integer hotSpots, @Nullable String hotSpotNote) {
		return new NewActivity(null, organisationId, ActivityKind.MAPPING, heldOn, villageCode, null, null, null, null,
				null, null, null, areasCovered, method, hotSpots, hotSpotNote, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/** An outreach: people reached, potential clients found, clients registered. */
	public static NewActivity outreach(@Nullable UUID organisationId, LocalDate heldOn, String villageCode,
			Integer peopleReached, Integer potentialClients, @Nullable List<UUID> clientIds) {
		return new NewActivity(null, organisationId, ActivityKind.OUTREACH, heldOn, villageCode, null, null, null, null,
				peopleReached, potentialClients, clientIds, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	public NewActivity withId(@Nullable UUID newId) {
		return new NewActivity(newId, this.organisationId, this.kind, this.heldOn, this.villageCode, this.ledBy,
				this.participantIds, this.notes, this.audience, this.peopleReached, this.potentialClients,
				this.clientIds, this.areasCovered, this.mappingMethod, this.hotSpots, this.hotSpotNote,
				this.advocacyWith, this.topic, this.outcome, this.commitment, this.commitmentRupiah, this.trainingHours,
				this.traineeIds, this.cadreAction, this.cadrePersonId, this.replacedPersonId, this.decreeNumber,
				this.decreeDate);
	}

	public NewActivity withParticipants(@Nullable UUID leader, @Nullable List<UUID> participants) {
		return new NewActivity(this.id, this.organisationId, this.kind, this.heldOn, this.villageCode, leader,
				participants, this.notes, this.audience, this.peopleReached, this.potentialClients, this.clientIds,
				this.areasCovered, this.mappingMethod, this.hotSpots, this.hotSpotNote, this.advocacyWith, this.topic,
				this.outcome, this.commitment, this.commitmentRupiah, this.trainingHours, this.traineeIds,
				this.cadreAction, this.cadrePersonId, this.replacedPersonId, this.decreeNumber, this.decreeDate);
	}

}
