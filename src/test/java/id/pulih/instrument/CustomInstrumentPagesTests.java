package id.pulih.instrument;

import java.util.List;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Status;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.pulih.instrument.CustomInstrumentWorld.likert;
import static id.pulih.instrument.CustomInstrumentWorld.newCode;
import static id.pulih.instrument.CustomInstrumentWorld.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's instrument editor: a draft is written as plain text (one line per
 * section, item or band) and published after confirmation; a published version is shown
 * read-only and an attempt to change it is refused with a clear message and nothing
 * changed; other roles get 403.
 */
@PulihSpringTest
class CustomInstrumentPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private CustomInstrumentCatalogue catalogue;

	@Test
	void anAdministratorWritesADraftAsTextAndPublishesIt() throws Exception {
		String code = newCode();
		this.mvc.perform(get("/admin/instruments/new").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sections\"")));
		String location = this.mvc
			.perform(post("/admin/instruments").with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR))
				.param("code", code.toLowerCase())
				.param("name", "Survei manfaat")
				.param("scoring", "SUM")
				.param("sections", """
						# MANFAAT | Manfaat bagi masyarakat
						penjelasan | Program dijelaskan kepada masyarakat | 1 | 4
						perilaku | Perilaku klien berubah | a | b
						= 1 | 4 | 1 | Rendah
						= 5 | 8 | 2 | Tinggi

						# YESNO | Ya atau tidak
						hadir | Keluarga hadir | 0 | 1
						""")
				.param("bands", "0 | 4,5 | 1 | Kurang\n4.51 | 9 | 2 | Baik"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		CustomInstrument draft = this.catalogue.get(id);
		assertThat(draft.code()).isEqualTo(code);
		assertThat(draft.sections()).extracting(CustomInstrument.Section::code).containsExactly("MANFAAT", "YESNO");
		assertThat(draft.sections().get(0).items()).extracting(Item::code, Item::text, Item::min, Item::max)
			.containsExactly(tuple("penjelasan", "Program dijelaskan kepada masyarakat", 1, 4),
					tuple("perilaku", "Perilaku klien berubah | a | b", 1, 4));
		assertThat(draft.sections().get(0).bands()).hasSize(2);
		assertThat(draft.bands()).extracting(CustomInstrument.Band::label).containsExactly("Kurang", "Baik");

		this.mvc.perform(get(location).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("penjelasan | Program dijelaskan kepada masyarakat | 1 | 4")))
			.andExpect(content().string(containsString("data-confirm=\"Terbitkan draf ini")));
		this.mvc.perform(post(location + "/publish").with(csrf()).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(redirectedUrl(location));
		assertThat(this.catalogue.get(id).status()).isEqualTo(Status.PUBLISHED);
		this.mvc.perform(get(location).with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diterbitkan; tidak dapat diubah. Buat draf versi baru.")))
			.andExpect(content().string(containsString("Buat draf versi baru</button>")))
			.andExpect(content().string(not(containsString("name=\"sections\""))));
		this.mvc.perform(get("/admin/instruments").with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("Versi 1")));
	}

	@Test
	void mistakesAreShownBesideTheFieldAndNothingIsWritten() throws Exception {
		CustomInstrument draft = this.catalogue.createDraft(simple(newCode(), likert("q1")),
				this.users.load(DemoUsers.ADMINISTRATOR));
		this.mvc
			.perform(post("/admin/instruments/" + draft.id()).with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR))
				.param("name", "Nama baru")
				.param("scoring", "MEAN")
				.param("sections", "q1 | Butir tanpa bagian"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Baris 1 tidak dapat dibaca")))
			.andExpect(content().string(containsString("Butir tanpa bagian")));
		this.mvc
			.perform(post("/admin/instruments/" + draft.id()).with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR))
				.param("name", "Nama baru")
				.param("scoring", "MEAN")
				.param("sections", "# A | A\nq1 | Satu | 4 | 1"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Butir q1: nilai minimum harus lebih kecil")));
		this.mvc
			.perform(post("/admin/instruments/" + draft.id() + "/check").with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(redirectedUrl("/admin/instruments/" + draft.id()));
		assertThat(this.catalogue.get(draft.id())).isEqualTo(draft);

		CustomInstrument empty = this.catalogue.createDraft(new CustomInstrumentDraft(null, newCode(), "Kosong", null,
				CustomInstrument.Scoring.MEAN, List.of(), List.of()), this.users.load(DemoUsers.ADMINISTRATOR));
		this.mvc
			.perform(post("/admin/instruments/" + empty.id() + "/publish").with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(redirectedUrl("/admin/instruments/" + empty.id()))
			.andExpect(flash().attribute("problemKey", "instrument.custom.error.noItems"));
		assertThat(this.catalogue.get(empty.id()).status()).isEqualTo(Status.DRAFT);

		this.mvc
			.perform(post("/admin/instruments").with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR))
				.param("code", "x y")
				.param("name", "Nama"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"code-error\"")));
	}

	@Test
	void aPublishedVersionIsNotChangedFromItsPage() throws Exception {
		String code = newCode();
		CustomInstrument draft = this.catalogue.createDraft(simple(code, likert("q1")),
				this.users.load(DemoUsers.ADMINISTRATOR));
		CustomInstrument published = this.catalogue.publish(draft.id(), this.users.load(DemoUsers.ADMINISTRATOR));
		this.mvc
			.perform(post("/admin/instruments/" + published.id()).with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR))
				.param("name", "Diubah")
				.param("scoring", "SUM")
				.param("sections", "# A | A\nq9 | Sembilan"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content()
				.string(containsString("Versi ini sudah diterbitkan dan tidak dapat diubah. Buat draf versi baru.")));
		assertThat(this.catalogue.get(published.id())).isEqualTo(published);

		String location = this.mvc
			.perform(post("/admin/instruments/" + published.id() + "/draft").with(csrf())
				.with(this.users.as(DemoUsers.ADMINISTRATOR)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isNotEqualTo("/admin/instruments/" + published.id());
		assertThat(this.catalogue.draftOf(code)).map(CustomInstrument::sections).contains(published.sections());
	}

	@Test
	void otherRolesMayNotOpenTheEditor() throws Exception {
		CustomInstrument draft = this.catalogue.createDraft(simple(newCode(), likert("q1")),
				this.users.load(DemoUsers.ADMINISTRATOR));
		for (String user : List.of(DemoUsers.PROGRAMME_MANAGER, DemoUsers.HEALTH_WORKER, DemoUsers.UNIT_CHAIR)) {
			this.mvc.perform(get("/admin/instruments").with(this.users.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/instruments/" + draft.id()).with(this.users.as(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/instruments/" + draft.id() + "/publish").with(csrf()).with(this.users.as(user)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.catalogue.get(draft.id()).status()).isEqualTo(Status.DRAFT);
	}

}
