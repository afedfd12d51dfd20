package si.utility.portal.account.domain;

public enum ConsentDecision {
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
