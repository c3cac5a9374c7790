package id.pulih.shared;

/** Sex as the programmes record and report it (workforce and clients). */
public enum Sex {

	FEMALE, MALE

}
