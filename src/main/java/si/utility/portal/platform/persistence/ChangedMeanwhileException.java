package si.utility.portal.platform.persistence;

/**
 * A record changed between showing a form and saving it (as kickoff's {@code EntityAlreadyModifiedException}).
 * Services throw it when the version a form was shown differs from the stored one; a conflict that only the
 * database sees (JPA's {@code OptimisticLockException} at commit) means the same. {@code ChangedMeanwhileHandler}
 * turns both into the message "changed meanwhile, please reload" on the form.
 */
public class ChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException() {
        super("The record changed since the form was shown");
    }

    /** Throws unless the stored version is the one the form was shown. */
    public static void checkVersion(long storedVersion, long shownVersion) {
        if (storedVersion != shownVersion) {
            throw new ChangedMeanwhileException();
        }
    }
}
