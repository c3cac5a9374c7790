package id.pulih.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import id.pulih.activity.Activities;
import id.pulih.activity.Audience;
import id.pulih.activity.MappingMethod;
import id.pulih.activity.NewActivity;
import id.pulih.organisation.Organisation;
import id.pulih.shared.security.PulihUser;

import org.springframework.stereotype.Component;

/**
 * A year of the Gunungputri unit's community work, as its agents would have recorded it:
 * a socialization and an outreach every month, and a mapping every quarter, in the unit's
 * village. Recorded through the activity service as the demo recovery agent.
 */
@Component
class DemoActivities {

	private static final List<Audience> AUDIENCES = List.of(Audience.COMMUNITY, Audience.FAMILIES, Audience.SCHOOLS,
			Audience.VILLAGE_OFFICIALS, Audience.RELIGIOUS_LEADERS, Audience.YOUTH);

	private final Activities activities;

	private final Clock clock;

	DemoActivities(Activities activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	void load(Organisation unit, PulihUser agent, Random random) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Jakarta")));
		String village = unit.unit().villageCode();
		for (int month = 1; month <= 12; month++) {
			LocalDate day = LocalDate.of(today.getYear(), month, 8 + random.nextInt(10));
			if (day.isAfter(today)) {
				break;
			}
			this.activities.record(NewActivity.socialization(unit.id(), day, village,
					AUDIENCES.get((month - 1) % AUDIENCES.size()), 20 + random.nextInt(41)), agent);
			int reached = 5 + random.nextInt(16);
			this.activities
				.record(NewActivity.outreach(unit.id(), day.plusDays(3).isAfter(today) ? day : day.plusDays(3), village,
						reached, 1 + random.nextInt(Math.min(4, reached)), null), agent);
			if (month % 3 == 1) {
				this.activities.record(NewActivity.mapping(unit.id(), day.minusDays(2), village,
						"RW 01–RW 06, Kampung Cikeas", MappingMethod.INTERVIEW_VILLAGE_HEAD, 1 + random.nextInt(3),
						"Pos ronda dan lapangan dekat pasar"), agent);
			}
		}
	}

}
