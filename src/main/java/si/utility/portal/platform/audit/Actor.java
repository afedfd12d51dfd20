package si.utility.portal.platform.audit;

/**
 * Who did something, and from which client address: {@code staff:<id>}, {@code customer:<id>},
 * {@code integration:<id>} (an API client, by the id the admin page lists it under) or {@code anonymous}. Ids only, never a name or an e-mail address.
 */
public record Actor(String id, String clientAddress) {

    public static Actor staff(long staffId, String clientAddress) {
        return new Actor("staff:" + staffId, clientAddress);
    }

    public static Actor customer(long accountId, String clientAddress) {
        return new Actor("customer:" + accountId, clientAddress);
    }

    public static Actor integration(long clientId, String clientAddress) {
        return new Actor("integration:" + clientId, clientAddress);
    }

    public static Actor anonymous(String clientAddress) {
        return new Actor("anonymous", clientAddress);
    }
}
