package id.pulih.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import id.pulih.shared.RecordNotFound;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks areas up and searches them. Areas are reference data that only a migration
 * changes, so the whole directory (91,603 rows, about 15 MB) is read once and searched in
 * memory: a search answers in a few milliseconds on either database.
 */
@Service
public class Areas {

	private final JdbcClient jdbc;

	private volatile Directory directory;

	Areas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Area> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		Integer index = directory().indexByCode.get(code.trim());
		return Optional.ofNullable(index).map(directory()::area);
	}

	public Area get(String code) {
		return find(code).orElseThrow(() -> new RecordNotFound("area"));
	}

	/** Whether the code names an existing area of the given level. */
	public boolean exists(String code, AreaLevel level) {
		return find(code).filter(area -> area.level() == level).isPresent();
	}

	public List<Area> children(String parentCode) {
		Directory dir = directory();
		List<Integer> indexes = dir.children.getOrDefault(parentCode == null ? "" : parentCode, List.of());
		return indexes.stream().map(dir::area).toList();
	}

	/** The area and its ancestors, province first. */
	public List<Area> lineage(String code) {
		List<Area> lineage = new ArrayList<>();
		for (Area area = get(code); area != null; area = find(area.parentCode()).orElse(null)) {
			lineage.addFirst(area);
		}
		return lineage;
	}

	public long count(AreaLevel level) {
		return directory().countByLevel[level.ordinal()];
	}

	/**
	 * Areas whose code starts with the term, or whose name with its ancestors contains
	 * every word of the term; names that start with the term first, then higher levels
	 * first.
	 * @param level only this level, or any when null
	 * @param within only below this area code, or anywhere when null
	 */
	public List<Area> search(String term, AreaLevel level, String within, int limit) {
		String query = (term == null) ? "" : term.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (query.isEmpty()) {
			return List.of();
		}
		Directory dir = directory();
		String[] words = query.split(" ");
		boolean byCode = query.matches("[0-9.]+");
		// Only the best `limit` hits are kept (a bounded heap, worst on top), so a broad
		// term
		// such as "papua", which matches thousands of areas, costs no full sort.
		Comparator<int[]> best = Comparator.<int[]>comparingInt(hit -> hit[0])
			.thenComparingInt(hit -> dir.levels[hit[1]])
			.thenComparing(hit -> dir.names[hit[1]]);
		PriorityQueue<int[]> kept = new PriorityQueue<>(limit + 1, best.reversed());
		for (int i = 0; i < dir.size; i++) {
			if (level != null && dir.levels[i] != level.number()) {
				continue;
			}
			if (within != null && !dir.codes[i].startsWith(within)) {
				continue;
			}
			int rank = byCode ? (dir.codes[i].startsWith(query) ? 0 : -1) : rank(dir, i, query, words);
			if (rank >= 0) {
				kept.add(new int[] { rank, i });
				if (kept.size() > limit) {
					kept.poll();
				}
			}
		}
		return kept.stream().sorted(best).map(hit -> dir.area(hit[1])).toList();
	}

	private static int rank(Directory dir, int i, String query, String[] words) {
		String name = dir.lowerNames[i];
		if (name.startsWith(query)) {
			return 0;
		}
		if (name.contains(query)) {
			return 1;
		}
		String label = dir.lowerLabels[i];
		for (String word : words) {
			if (!label.contains(word)) {
				return -1;
			}
		}
		return 2;
	}

	/** Reads the directory ahead of the first search, off the start-up path. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("areas-warm-up").start(this::directory);
	}

	private Directory directory() {
		Directory dir = this.directory;
		if (dir == null) {
			synchronized (this) {
				dir = this.directory;
				if (dir == null) {
					dir = load();
					this.directory = dir;
				}
			}
		}
		return dir;
	}

	private Directory load() {
		List<Object[]> rows = this.jdbc.sql("SELECT code, area_level, parent_code, name FROM area ORDER BY code")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4) })
			.list();
		return new Directory(rows);
	}

	private static final class Directory {

		final int size;

		final String[] codes;

		final String[] names;

		final String[] lowerNames;

		final String[] lowerLabels;

		final String[] labels;

		final String[] parents;

		final int[] levels;

		final long[] countByLevel = new long[4];

		final Map<String, Integer> indexByCode;

		final Map<String, List<Integer>> children = new HashMap<>();

		Directory(List<Object[]> rows) {
			this.size = rows.size();
			this.codes = new String[this.size];
			this.names = new String[this.size];
			this.lowerNames = new String[this.size];
			this.lowerLabels = new String[this.size];
			this.labels = new String[this.size];
			this.parents = new String[this.size];
			this.levels = new int[this.size];
			this.indexByCode = HashMap.newHashMap(this.size);
			for (int i = 0; i < this.size; i++) {
				Object[] row = rows.get(i);
				this.codes[i] = (String) row[0];
				this.levels[i] = (Integer) row[1];
				this.parents[i] = (String) row[2];
				this.names[i] = (String) row[3];
				this.lowerNames[i] = this.names[i].toLowerCase(Locale.ROOT);
				this.indexByCode.put(this.codes[i], i);
				this.countByLevel[this.levels[i] - 1]++;
				this.children.computeIfAbsent(this.parents[i] == null ? "" : this.parents[i], k -> new ArrayList<>())
					.add(i);
			}
			// Rows come ordered by code, so every parent precedes its children.
			for (int i = 0; i < this.size; i++) {
				Integer parent = (this.parents[i] != null) ? this.indexByCode.get(this.parents[i]) : null;
				this.labels[i] = (parent != null) ? this.names[i] + ", " + this.labels[parent] : this.names[i];
				this.lowerLabels[i] = this.labels[i].toLowerCase(Locale.ROOT);
			}
		}

		Area area(int i) {
			return new Area(this.codes[i], AreaLevel.ofNumber(this.levels[i]), this.names[i], this.parents[i],
					this.labels[i]);
		}

	}

}
