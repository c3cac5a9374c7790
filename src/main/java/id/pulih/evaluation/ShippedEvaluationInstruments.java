package id.pulih.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pulih.instrument.CustomInstrument;
import id.pulih.instrument.CustomInstrument.Band;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.instrument.CustomInstrument.Section;
import id.pulih.instrument.CustomInstruments;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The DEFAULT instruments Pulih ships for programme evaluation, published at start-up
 * (once: publishing the same content again does nothing), each marked
 * {@code shippedDefault}. Administrators replace them with their own versions in the
 * instrument editor; responses keep the version they answered.
 * <ul>
 * <li>{@value #PHASE_CHECKLIST}: a sensible default checklist, not an official BNN form:
 * 20 yes/no criteria (0–1), four for each of the five sustainability concepts of seed
 * 003, summed; the total maps to the development phase (0–3 Pre-phase, 4–7 Phase 1 Pilot,
 * 8–11 Phase 2 Growth, 12–15 Phase 3 Development, 16–18 Phase 4 Resilience, 19–20 Phase 5
 * Prime; the category number is the phase's ordinal).</li>
 * <li>{@value #BENEFIT_SURVEY}: the six statements of seed 003, scored 1–4, mean.</li>
 * <li>{@value #INSANI}: a PLACEHOLDER version of the INSANI compliance index (the INTAN
 * IBM item texts are not public): four components with generic items rated 1–4, mean,
 * categories 1.00–1.75 → 1, 1.76–2.50 → 2, 2.51–3.25 → 3, 3.26–4.00 → 4. Administrators
 * must replace it with the real items.</li>
 * </ul>
 */
@Component
class ShippedEvaluationInstruments implements ApplicationRunner {

	static final String PHASE_CHECKLIST = "IBM_PHASE_CHECKLIST";

	static final String BENEFIT_SURVEY = "IBM_BENEFIT_SURVEY";

	static final String INSANI = "INSANI";

	private final CustomInstruments instruments;

	ShippedEvaluationInstruments(CustomInstruments instruments) {
		this.instruments = instruments;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (CustomInstrument definition : List.of(phaseChecklist(), benefitSurvey(), insani())) {
			this.instruments.publishShipped(definition, null);
		}
	}

	static CustomInstrument phaseChecklist() {
		List<Section> sections = List.of(yesNo("OPERATIONAL_INDEPENDENCE", "Kemandirian operasional",
				"OI1:Unit memiliki SK Kepala Desa/Lurah yang berlaku",
				"OI2:Struktur organisasi unit dan pembagian tugas agen pemulihan jelas",
				"OI3:Unit memiliki tempat/sekretariat layanan yang tetap",
				"OI4:Unit menjalankan layanan wajib (KIE, keterampilan hidup, kunjungan) tanpa pendampingan harian"),
				yesNo("GOVERNMENT_COMMUNITY_SUPPORT", "Dukungan pemerintah dan masyarakat",
						"GS1:Ada dukungan dana desa/kelurahan tahun ini",
						"GS2:Kepala Desa/Lurah terlibat aktif dalam kegiatan IBM",
						"GS3:Tokoh masyarakat atau tokoh agama ikut serta dalam kegiatan IBM",
						"GS4:Unit bekerja sama dengan mitra jejaring (Puskesmas, IPWL, swasta)"),
				yesNo("SUSTAINABLE_RESOURCES", "Sumber daya berkelanjutan",
						"SR1:Agen pemulihan terlatih yang aktif ≥ 5 orang",
						"SR2:Ada rekrutmen atau pengangkatan agen pemulihan baru untuk mengganti yang tidak aktif",
						"SR3:Agen pemulihan mengikuti pelatihan/bimbingan teknis tahun ini",
						"SR4:Unit memperoleh dana dari lebih dari satu sumber"),
				yesNo("MONITORING_EVALUATION", "Pemantauan dan evaluasi",
						"ME1:Laporan kegiatan rutin dikirim ke BNNK/BNNP",
						"ME2:Data klien dan layanan dicatat lengkap dan tepat waktu",
						"ME3:Ada pertemuan evaluasi program minimal sekali setahun",
						"ME4:Hasil evaluasi digunakan untuk memperbaiki kegiatan"),
				yesNo("LOCAL_POLICY_INTEGRATION", "Integrasi dengan kebijakan lokal",
						"LP1:IBM masuk dalam RPJMDes atau RKPDes",
						"LP2:Ada Peraturan Desa/Keputusan Kepala Desa yang mendukung IBM",
						"LP3:Kegiatan IBM dianggarkan dalam APBDes",
						"LP4:IBM dilibatkan dalam program desa lainnya (mis. Desa Bersinar)"));
		List<Band> bands = List.of(band(0, 3, 0, "Pra fase"), band(4, 7, 1, "Fase 1 (Rintisan)"),
				band(8, 11, 2, "Fase 2 (Tumbuh)"), band(12, 15, 3, "Fase 3 (Berkembang)"),
				band(16, 18, 4, "Fase 4 (Tangguh)"), band(19, 20, 5, "Fase 5 (Paripurna)"));
		return new CustomInstrument(draftId(PHASE_CHECKLIST), PHASE_CHECKLIST, "Penilaian fase perkembangan unit IBM",
				"Set bawaan Pulih (bukan formulir resmi): 20 kriteria ya/tidak menurut lima konsep keberlanjutan IBM; "
						+ "jumlah skor menentukan fase. Administrator dapat menggantinya.",
				0, CustomInstrument.Status.PUBLISHED, Scoring.SUM, sections, bands, true);
	}

	static CustomInstrument benefitSurvey() {
		List<Item> items = List.of(new Item("B1", "Penjelasan program IBM kepada masyarakat", 1, 4),
				new Item("B2", "Perubahan perilaku klien", 1, 4), new Item("B3", "Keterlibatan masyarakat", 1, 4),
				new Item("B4", "Pendampingan oleh agen pemulihan", 1, 4), new Item("B5", "Keterlibatan keluarga", 1, 4),
				new Item("B6", "Reintegrasi sosial klien", 1, 4));
		return new CustomInstrument(draftId(BENEFIT_SURVEY), BENEFIT_SURVEY,
				"Survei manfaat program IBM bagi lingkungan dan masyarakat",
				"Enam pernyataan, skor 1 (tidak bermanfaat) sampai 4 (sangat bermanfaat).", 0,
				CustomInstrument.Status.PUBLISHED, Scoring.MEAN,
				List.of(new Section("BENEFIT", "Manfaat program IBM", items, List.of())), List.of(), true);
	}

	static CustomInstrument insani() {
		List<Section> sections = List.of(
				likert("RECOVERY_AGENT", "Agen pemulihan", "AP1:Agen pemulihan melaksanakan layanan sesuai pedoman IBM",
						"AP2:Agen pemulihan berkoordinasi dengan BNNK/BNNP",
						"AP3:Agen pemulihan mencatat dan melaporkan layanan"),
				likert("OFFICER", "Petugas rehabilitasi BNNP/BNNK",
						"OF1:Petugas memberikan pelatihan dan bimbingan kepada agen pemulihan",
						"OF2:Petugas melakukan pemantauan unit secara berkala"),
				likert("CLIENT", "Klien", "CL1:Klien menerima layanan wajib sesuai jadwal",
						"CL2:Klien merasa terbantu oleh layanan IBM"),
				likert("CORRELATION", "Keterkaitan agen, petugas dan klien",
						"CR1:Agen, petugas dan klien berkomunikasi dengan baik",
						"CR2:Masalah layanan diselesaikan bersama"));
		List<Band> bands = List.of(band("1.00", "1.75", 1, "Kategori 1"), band("1.76", "2.50", 2, "Kategori 2"),
				band("2.51", "3.25", 3, "Kategori 3"), band("3.26", "4.00", 4, "Kategori 4"));
		return new CustomInstrument(draftId(INSANI), INSANI, "Indeks kepatuhan INSANI (versi pengganti)",
				"PENGGANTI SEMENTARA: butir asli INTAN IBM tidak publik. Administrator harus menggantinya dengan butir resmi.",
				0, CustomInstrument.Status.PUBLISHED, Scoring.MEAN, sections, bands, true);
	}

	/** A stable placeholder id (publishing ignores it and assigns the version's own). */
	private static UUID draftId(String code) {
		return UUID.nameUUIDFromBytes(("pulih-shipped-" + code).getBytes(StandardCharsets.UTF_8));
	}

	private static Section yesNo(String code, String title, String... items) {
		return new Section(code, title, items(0, 1, items), List.of());
	}

	private static Section likert(String code, String title, String... items) {
		return new Section(code, title, items(1, 4, items), List.of());
	}

	private static List<Item> items(int min, int max, String... items) {
		List<Item> list = new ArrayList<>();
		for (String item : items) {
			int colon = item.indexOf(':');
			list.add(new Item(item.substring(0, colon), item.substring(colon + 1), min, max));
		}
		return List.copyOf(list);
	}

	private static Band band(int from, int to, int category, String label) {
		return new Band(BigDecimal.valueOf(from), BigDecimal.valueOf(to), category, label);
	}

	private static Band band(String from, String to, int category, String label) {
		return new Band(new BigDecimal(from), new BigDecimal(to), category, label);
	}

}
