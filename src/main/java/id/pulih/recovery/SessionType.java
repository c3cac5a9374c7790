package id.pulih.recovery;

import java.util.Arrays;
import java.util.List;

/**
 * The services of the IBM pathway. KIE (communication, information, education), life
 * skills and self-visits are mandatory, each at least twice; peer support groups, family
 * support and referrals are optional. Some may be given to several clients at once.
 */
public enum SessionType {

	KIE(true, true), LIFE_SKILLS(true, true), SELF_VISIT(true, false), PEER_SUPPORT_GROUP(false, true),
	FAMILY_SUPPORT(false, true), REFERRAL(false, false);

	/** How often each mandatory service must have been given to complete the pathway. */
	public static final int MANDATORY_TIMES = 2;

	private final boolean mandatory;

	private final boolean group;

	SessionType(boolean mandatory, boolean group) {
		this.mandatory = mandatory;
		this.group = group;
	}

	public boolean isMandatory() {
		return this.mandatory;
	}

	/** Whether one session may be attended by several clients. */
	public boolean allowsGroup() {
		return this.group;
	}

	public static List<SessionType> mandatory() {
		return Arrays.stream(values()).filter(SessionType::isMandatory).toList();
	}

	public String messageKey() {
		return "recovery.sessionType." + name();
	}

}
