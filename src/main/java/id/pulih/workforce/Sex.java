package id.pulih.workforce;

/** A person's sex, as the programmes report their workforce. */
public enum Sex {

	FEMALE, MALE

}
